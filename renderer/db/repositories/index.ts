import type { Template } from '../../../shared/model';
import { keepOpen } from '../keepOpen';
import type { SlaDatabase } from '../SlaDatabase';
import { createApprovalsRepository, type ApprovalsRepository } from './approvalsRepository';
import { createAgreementsRepository, type AgreementsRepository } from './agreementsRepository';
import { createAuditRepository, type AuditRepository } from './auditLog';
import { createChangeReviewsRepository, type ChangeReviewsRepository } from './changeReviewsRepository';
import { createCommentThreadsRepository, type CommentThreadsRepository } from './commentThreadsRepository';
import { createCompanyProfilesRepository, type CompanyProfilesRepository } from './companyProfilesRepository';
import { createDealsRepository, type DealsRepository } from './dealsRepository';
import { createDraftsRepository, type DraftsRepository } from './draftsRepository';
import { createIncidentsRepository, type IncidentsRepository } from './incidentsRepository';
import type { InvalidRecord, RepositoryDeps } from './RepositoryDeps';
import { createPlaybooksRepository, type PlaybooksRepository } from './playbooksRepository';
import { createReviewsRepository, type ReviewsRepository } from './reviewsRepository';
import { createRoundsRepository, type RoundsRepository } from './roundsRepository';
import { createSampleDealRepository, type SampleDealRepository } from './sampleDealRepository';
import { createSettingsRepository, type SettingsRepository } from './settingsRepository';
import { createSigningKeysRepository, type SigningKeysRepository } from './signingKeysRepository';
import { createSuppliersRepository, type SuppliersRepository } from './suppliersRepository';
import {
  createTemplatesRepository,
  type BuiltInTemplateSource,
  type TemplatesRepository,
} from './templatesRepository';
import { createTemplatePacksRepository, type TemplatePacksRepository } from './templatePacksRepository';

export interface Repositories {
  deals: DealsRepository;
  drafts: DraftsRepository;
  templates: TemplatesRepository;
  rounds: RoundsRepository;
  settings: SettingsRepository;
  audit: AuditRepository;
  changeReviews: ChangeReviewsRepository;
  signingKeys: SigningKeysRepository;
  sampleDeal: SampleDealRepository;
  // Issue 10: guardrails while negotiating.
  playbooks: PlaybooksRepository;
  companyProfiles: CompanyProfilesRepository;
  suppliers: SuppliersRepository;
  approvals: ApprovalsRepository;
  agreements: AgreementsRepository;
  incidents: IncidentsRepository;
  reviews: ReviewsRepository;
  // Issue 12: template packs.
  templatePacks: TemplatePacksRepository;
  // Issue 12 §6: replies, resolve state and own comments.
  commentThreads: CommentThreadsRepository;
}

export interface RepositoryOptions {
  /** The shipped built-ins: their keys and a loader (the app), or the templates themselves (tests). */
  builtInTemplates: readonly Template[] | BuiltInTemplateSource;
  /** Where damaged records found while reading are reported; console.warn by default. */
  onInvalidRecord?: (problem: InvalidRecord) => void;
  now?: () => string;
  newId?: () => string;
}

function warnInvalid(problem: InvalidRecord): void {
  console.warn(
    `Skipped an invalid ${problem.table} record ${JSON.stringify(problem.key)}: ${problem.message}`,
  );
}

/** The repositories over one open database; `createRepositories` supplies the app's built-ins. */
export function buildRepositories(db: SlaDatabase, options: RepositoryOptions): Repositories {
  const deps: RepositoryDeps = {
    db,
    reportInvalid: options.onInvalidRecord ?? warnInvalid,
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? (() => crypto.randomUUID()),
  };
  const settings = createSettingsRepository(deps);
  const templates = createTemplatesRepository(deps, options.builtInTemplates);
  const signingKeys = createSigningKeysRepository(deps);
  const deals = createDealsRepository(deps, templates, settings);
  const rounds = createRoundsRepository(deps, signingKeys);
  // A connection the browser closed is opened again on the next call (issue 9: storage full, calmly).
  return keepOpen(db, {
    deals,
    drafts: createDraftsRepository(deps),
    templates,
    rounds,
    settings,
    audit: createAuditRepository(deps),
    changeReviews: createChangeReviewsRepository(deps),
    signingKeys,
    sampleDeal: createSampleDealRepository(deps, deals, settings),
    playbooks: createPlaybooksRepository(deps, templates),
    companyProfiles: createCompanyProfilesRepository(deps, settings),
    suppliers: createSuppliersRepository(deps),
    approvals: createApprovalsRepository(deps),
    agreements: createAgreementsRepository(deps, signingKeys),
    incidents: createIncidentsRepository(deps),
    reviews: createReviewsRepository(deps, templates),
    templatePacks: createTemplatePacksRepository(deps, templates, signingKeys),
    commentThreads: createCommentThreadsRepository(deps, rounds),
  });
}

export type {
  ApprovalsRepository,
  AuditRepository,
  ChangeReviewsRepository,
  SigningKeysRepository,
  CompanyProfilesRepository,
  PlaybooksRepository,
  SuppliersRepository,
  AgreementsRepository,
  IncidentsRepository,
  ReviewsRepository,
  DealsRepository,
  DraftsRepository,
  InvalidRecord,
  RoundsRepository,
  SampleDealRepository,
  SettingsRepository,
  TemplatesRepository,
  TemplatePacksRepository,
  CommentThreadsRepository,
};
export type { CreateDealInput, DealPatch } from './dealsRepository';
export type { SaveDraftOptions } from './draftsRepository';
export type { AppendRoundInput } from './roundsRepository';
export type { ReviewPair, ReviewPatch, ReviewSnapshot, ReviewState } from './changeReviewsRepository';
export type { SampleDealOutcome, SampleDealRequest } from './sampleDealRepository';
export type { DealPlaybook, EffectivePlaybook } from './playbooksRepository';
export type { NewApproval } from './approvalsRepository';
export type { AgreementPatch, SignInput } from './agreementsRepository';
export type { CompleteReviewInput } from './reviewsRepository';
export type { NewComment } from './commentThreadsRepository';
export { PackImportError } from './templatePacksRepository';
export type { PackImportPreview, PackSignerStatus } from './templatePacksRepository';
export type { BuiltInTemplateSource } from './templatesRepository';

import type { Template } from '../../../shared/model';
import type { SlaDatabase } from '../SlaDatabase';
import { createAgreementsRepository, type AgreementsRepository } from './agreementsRepository';
import { createAuditRepository, type AuditRepository } from './auditLog';
import { createDealsRepository, type DealsRepository } from './dealsRepository';
import { createDraftsRepository, type DraftsRepository } from './draftsRepository';
import { createIncidentsRepository, type IncidentsRepository } from './incidentsRepository';
import type { InvalidRecord, RepositoryDeps } from './RepositoryDeps';
import { createReviewsRepository, type ReviewsRepository } from './reviewsRepository';
import { createRoundsRepository, type RoundsRepository } from './roundsRepository';
import { createSettingsRepository, type SettingsRepository } from './settingsRepository';
import { createTemplatesRepository, type TemplatesRepository } from './templatesRepository';

export interface Repositories {
  deals: DealsRepository;
  drafts: DraftsRepository;
  templates: TemplatesRepository;
  rounds: RoundsRepository;
  settings: SettingsRepository;
  audit: AuditRepository;
  agreements: AgreementsRepository;
  incidents: IncidentsRepository;
  reviews: ReviewsRepository;
}

export interface RepositoryOptions {
  builtInTemplates: readonly Template[];
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
  return {
    deals: createDealsRepository(deps, templates, settings),
    drafts: createDraftsRepository(deps),
    templates,
    rounds: createRoundsRepository(deps),
    settings,
    audit: createAuditRepository(deps),
    agreements: createAgreementsRepository(deps),
    incidents: createIncidentsRepository(deps),
    reviews: createReviewsRepository(deps, templates),
  };
}

export type {
  AgreementsRepository,
  AuditRepository,
  IncidentsRepository,
  ReviewsRepository,
  DealsRepository,
  DraftsRepository,
  InvalidRecord,
  RoundsRepository,
  SettingsRepository,
  TemplatesRepository,
};
export type { CreateDealInput, DealPatch } from './dealsRepository';
export type { SaveDraftOptions } from './draftsRepository';
export type { AgreementPatch, SignInput } from './agreementsRepository';
export type { CompleteReviewInput } from './reviewsRepository';

import type { Template } from '../../../shared/model';
import { keepOpen } from '../keepOpen';
import type { SlaDatabase } from '../SlaDatabase';
import { createAuditRepository, type AuditRepository } from './auditLog';
import { createChangeReviewsRepository, type ChangeReviewsRepository } from './changeReviewsRepository';
import { createDealsRepository, type DealsRepository } from './dealsRepository';
import { createDraftsRepository, type DraftsRepository } from './draftsRepository';
import type { InvalidRecord, RepositoryDeps } from './RepositoryDeps';
import { createRoundsRepository, type RoundsRepository } from './roundsRepository';
import { createSettingsRepository, type SettingsRepository } from './settingsRepository';
import { createSigningKeysRepository, type SigningKeysRepository } from './signingKeysRepository';
import { createTemplatesRepository, type TemplatesRepository } from './templatesRepository';

export interface Repositories {
  deals: DealsRepository;
  drafts: DraftsRepository;
  templates: TemplatesRepository;
  rounds: RoundsRepository;
  settings: SettingsRepository;
  audit: AuditRepository;
  changeReviews: ChangeReviewsRepository;
  signingKeys: SigningKeysRepository;
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
  const signingKeys = createSigningKeysRepository(deps);
  // A connection the browser closed is opened again on the next call (issue 9: storage full, calmly).
  return keepOpen(db, {
    deals: createDealsRepository(deps, templates, settings),
    drafts: createDraftsRepository(deps),
    templates,
    rounds: createRoundsRepository(deps, signingKeys),
    settings,
    audit: createAuditRepository(deps),
    changeReviews: createChangeReviewsRepository(deps),
    signingKeys,
  });
}

export type {
  AuditRepository,
  ChangeReviewsRepository,
  SigningKeysRepository,
  DealsRepository,
  DraftsRepository,
  InvalidRecord,
  RoundsRepository,
  SettingsRepository,
  TemplatesRepository,
};
export type { CreateDealInput, DealPatch } from './dealsRepository';
export type { SaveDraftOptions } from './draftsRepository';
export type { AppendRoundInput } from './roundsRepository';
export type { ReviewPair, ReviewPatch, ReviewSnapshot, ReviewState } from './changeReviewsRepository';

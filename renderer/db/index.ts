/** The storage layer: the only door to IndexedDB (CONVENTIONS 5). */
export { DatabaseTooNewError } from './DatabaseTooNewError';
export { ValidationError } from './ValidationError';
export { DraftConflictError, RepositoryError, type RepositoryErrorCode } from './RepositoryError';
export { openSlaDatabase } from './openSlaDatabase';
export { DEFAULT_DATABASE_NAME, SlaDatabase, type AuditAction, type AuditRecord } from './SlaDatabase';
export { CURRENT_SCHEMA_VERSION } from './migrations';
export { createRepositories } from './createRepositories';
export { buildRepositories } from './repositories';
export type {
  AppendRoundInput,
  AuditRepository,
  ChangeReviewsRepository,
  ReviewPair,
  ReviewPatch,
  ReviewSnapshot,
  ReviewState,
  SigningKeysRepository,
  ApprovalsRepository,
  CompanyProfilesRepository,
  DealPlaybook,
  EffectivePlaybook,
  NewApproval,
  PlaybooksRepository,
  SuppliersRepository,
  CreateDealInput,
  DealPatch,
  DealsRepository,
  DraftsRepository,
  InvalidRecord,
  Repositories,
  RepositoryOptions,
  RoundsRepository,
  SampleDealOutcome,
  SampleDealRequest,
  SaveDraftOptions,
  SettingsRepository,
  TemplatesRepository,
} from './repositories';
export { BUILT_IN_REVIEW_DATES_KEY, Settings, SETTINGS_DEFAULTS } from './Settings';
export { watchChanges, type TableChange } from './changes/watchChanges';
export { requestPersistentStorage } from './requestPersistentStorage';
export { RepositoriesContext, useRepositories } from './useRepositories';
export { useAutosave, type AutosaveOptions, type AutosaveResult } from './useAutosave';
export {
  AutosaveScheduler,
  type AutosaveState,
  type AutosaveStatus,
  type SaveFailureKind,
} from './AutosaveScheduler';
export { storageFailureOf, type StorageFailure } from './storageFailure';
export { ensureOpen } from './keepOpen';

import Dexie, { type Table } from 'dexie';
import type { ChangeReview, Deal, Draft, Round, Template } from '../../shared/model';
import type { ApprovalRecord } from '../../shared/checks/approvals';
import type { DealCompanyProfile } from '../../shared/company/companyProfile';
import type { PlaybookRecord } from '../../shared/playbook/playbook';
import type { SupplierPlan } from '../../shared/suppliers/supplierPlan';
import type { Agreement, Incident, Review } from '../../shared/monitoring/model';
import type { CommentThreadRecord } from '../../shared/comments/commentThread';
import type { TemplateWorkingCopyRecord } from '../../shared/templates/templateWorkingCopy';
import type { AuditAction, AuditRecord } from './AuditRecord';
import type { SettingRecord } from './Settings';
import { SCHEMA_VERSIONS } from './migrations';
import type { SigningKeyRecord } from './signing/SigningKeyRecord';
import { validateWritesMiddleware } from './validateWritesMiddleware';

export const DEFAULT_DATABASE_NAME = 'sla-workbench';

export type { SettingRecord };

export type { AuditAction, AuditRecord };

/** A record of a backup being restored, checked and waiting for the swap (see migrations 0003). */
export interface StagedRecord {
  seq?: number;
  table: string;
  record: unknown;
}

/**
 * The app's IndexedDB database. Only `renderer/db` touches it; screens use the repositories.
 * Every transaction uses strict durability: Chrome's default (relaxed since 121) can lose the
 * last writes on a power cut, and a lost draft or round is exactly what this app must not do.
 */
export class SlaDatabase extends Dexie {
  templates!: Table<Template, [string, number]>;
  deals!: Table<Deal, string>;
  drafts!: Table<Draft, string>;
  rounds!: Table<Round, string>;
  settings!: Table<SettingRecord, string>;
  audit!: Table<AuditRecord, number>;
  changeReviews!: Table<ChangeReview, [string, string, string, string]>;
  signingKeys!: Table<SigningKeyRecord, string>;
  restoreStaging!: Table<StagedRecord, number>;
  // Issue 10 (schema version 4): guardrails while negotiating.
  playbooks!: Table<PlaybookRecord, string>;
  companyProfiles!: Table<DealCompanyProfile, string>;
  suppliers!: Table<SupplierPlan, string>;
  approvals!: Table<ApprovalRecord, string>;
  agreements!: Table<Agreement, string>;
  incidents!: Table<Incident, string>;
  reviews!: Table<Review, string>;
  // Issue 12 §6 (schema version 6): our replies, resolve state and own comments.
  commentThreads!: Table<CommentThreadRecord, string>;
  // Issue 12 (schema version 7): unsaved template edits.
  templateWorkingCopies!: Table<TemplateWorkingCopyRecord, string>;

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    // autoOpen off: after a newer app version in another window upgrades the database, Dexie closes
    // this connection; auto-reopening would then open (and schema-patch) the newer database.
    // Only openSlaDatabase opens, after its version check.
    super(name, { chromeTransactionDurability: 'strict', autoOpen: false });
    for (const step of SCHEMA_VERSIONS) {
      const version = this.version(step.version).stores({ ...step.stores });
      if (step.upgrade) version.upgrade(step.upgrade);
    }
    this.use(validateWritesMiddleware);
  }
}

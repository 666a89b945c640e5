import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { z } from 'zod';
import { ChangeReview, Deal, Draft, Round, Template } from '../../shared/model';
import { ApprovalRecord } from '../../shared/checks/approvals';
import { DealCompanyProfile } from '../../shared/company/companyProfile';
import { PlaybookRecord } from '../../shared/playbook/playbook';
import { SupplierPlan } from '../../shared/suppliers/supplierPlan';
import { Agreement, Incident, Review } from '../../shared/monitoring/model';
import { CommentThreadRecord } from '../../shared/comments/commentThread';
import { TemplateWorkingCopyRecord } from '../../shared/templates/templateWorkingCopy';
import { AuditRecord } from './AuditRecord';
import { SettingRecord } from './Settings';
import { SigningKeyRecord } from './signing/SigningKeyRecord';
import { validateOrThrow } from './ValidationError';

/** The schema every record of a table must pass. Tables not listed here are not checked. */
const RECORD_SCHEMAS: Readonly<Record<string, { schema: z.ZodType; what: string }>> = {
  templates: { schema: Template, what: 'template' },
  deals: { schema: Deal, what: 'deal' },
  drafts: { schema: Draft, what: 'draft' },
  rounds: { schema: Round, what: 'round' },
  settings: { schema: SettingRecord, what: 'setting' },
  audit: { schema: AuditRecord, what: 'audit entry' },
  changeReviews: { schema: ChangeReview, what: 'change review' },
  signingKeys: { schema: SigningKeyRecord, what: 'signing key' },
  playbooks: { schema: PlaybookRecord, what: 'playbook' },
  companyProfiles: { schema: DealCompanyProfile, what: 'company profile' },
  suppliers: { schema: SupplierPlan, what: 'supplier commitments' },
  approvals: { schema: ApprovalRecord, what: 'approval' },
  agreements: { schema: Agreement, what: 'agreement' },
  incidents: { schema: Incident, what: 'incident' },
  reviews: { schema: Review, what: 'review' },
  commentThreads: { schema: CommentThreadRecord, what: 'comment thread' },
  templateWorkingCopies: { schema: TemplateWorkingCopyRecord, what: 'template working copy' },
};

/**
 * Transactions whose records were validated already, record by record, before they started: the
 * swap of a staged restore (hundreds of MB), which would otherwise validate everything a second time.
 * Only renderer/db/backup marks a transaction, right after it opened it.
 */
const prevalidated = new WeakSet<object>();

export function markPrevalidated(transaction: object): void {
  prevalidated.add(transaction);
}

function checked(table: DBCoreTable, schema: z.ZodType, what: string): DBCoreTable {
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      // Upgrade transactions may hold records of an older shape until their step has run.
      const mode = (req.trans as unknown as IDBTransaction).mode;
      if (
        (req.type === 'add' || req.type === 'put') &&
        mode !== 'versionchange' &&
        !prevalidated.has(req.trans as unknown as object)
      ) {
        try {
          for (const value of req.values) validateOrThrow(schema, value, what);
        } catch (error) {
          return Promise.reject(error);
        }
      }
      return table.mutate(req);
    },
  };
}

/**
 * Last line of defence: whatever code path writes (repositories, restore of a backup, a future
 * feature), a record that fails its schema never reaches IndexedDB. The repositories validate
 * first anyway, for a message before a transaction starts; this catches whatever bypasses them.
 */
export const validateWritesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'validateWrites',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        const entry = RECORD_SCHEMAS[name];
        return entry ? checked(table, entry.schema, entry.what) : table;
      },
    };
  },
};

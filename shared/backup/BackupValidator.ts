import type { z } from 'zod';
import type { PublicSigningKey } from '../model';
import { describeChainProblem, roundLinkOf, type ChainProblem, type RoundLink } from '../rounds/hashRound';
import { verifyRoundLinks, type SignatureVerifier } from '../rounds/verifyRounds';
import {
  BACKUP_RECORD_SCHEMAS,
  type BackupTableName,
  type BackupTables,
  type BackupUpgrade,
  type RawBackupTables,
} from './backupFormat';
import { BackupImportError, type BackupErrorParams } from './BackupImportError';

export interface BackupValidatorOptions {
  /** The database schema version this build writes (CURRENT_SCHEMA_VERSION). */
  supportedSchemaVersion: number;
  /** `upgrades[n]` lifts the tables of schema version n to n + 1; one entry per version below the supported one. */
  upgrades?: Readonly<Record<number, BackupUpgrade>>;
  /**
   * Restore deals whose rounds do not verify. Off by default: the UI may offer it after telling the
   * user which round was altered.
   */
  acceptBrokenChains?: boolean;
  /**
   * Further schemas a table's records must also pass, e.g. the storage layer's stricter rules for
   * settings and audit entries, so the user hears which record is wrong before anything is written.
   */
  recordChecks?: Readonly<Partial<Record<BackupTableName, z.ZodType>>>;
  /** Public keys known here already (this installation's own); the backup's keys are added to them. */
  knownKeys?: readonly PublicSigningKey[];
  /** Checks round signatures; rounds of hash version 2 cannot verify without it. */
  verify: SignatureVerifier;
}

/** A deal whose rounds do not verify (only listed when `acceptBrokenChains` let it through). */
export interface BrokenDeal {
  dealId: string;
  title: string;
  problem: ChainProblem;
}

export interface BackupCheckSummary {
  counts: Record<BackupTableName, number>;
  /** Keys the backup lists that were not known here: installations whose rounds arrive with it. */
  newKeys: PublicSigningKey[];
  /** Templates of the user's own, not built into the app. */
  ownTemplates: number;
  brokenDeals: BrokenDeal[];
}

const refuse = (code: BackupImportError['code'], message: string, params: BackupErrorParams = {}) =>
  new BackupImportError(code, message, { params });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `(id "r-7")`: helps the user find the record, without echoing long or odd text from the file. */
function recordLabel(record: unknown): string {
  if (!isPlainObject(record)) return '';
  for (const key of ['id', 'dealId', 'key', 'seq', 'keyId'] as const) {
    const value = record[key];
    if ((typeof value === 'string' && /^[\w.-]{1,64}$/.test(value)) || typeof value === 'number')
      return String(value);
  }
  return '';
}

export function issuePath(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '';
  return issue.path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Refuses a backup of a schema version this build has no upgrade path from. */
export function checkUpgradePath(options: BackupValidatorOptions, schemaVersion: number): void {
  for (let version = schemaVersion; version < options.supportedSchemaVersion; version++)
    if (!options.upgrades?.[version])
      throw refuse(
        'unsupported-version',
        `This backup holds data version ${schemaVersion}, which this version of SLA Workbench cannot restore.`,
        { version: schemaVersion },
      );
}

/**
 * Lifts the raw tables of an older backup to the supported schema version, a whole step at a time
 * (a step may derive records of one table from others, like the Dexie upgrade does). Only files of an
 * older schema version need it, and those are read whole anyway.
 */
export function upgradeBackupTables(
  tables: RawBackupTables,
  schemaVersion: number,
  options: BackupValidatorOptions,
): RawBackupTables {
  checkUpgradePath(options, schemaVersion);
  let lifted = tables;
  for (let version = schemaVersion; version < options.supportedSchemaVersion; version++) {
    try {
      lifted = options.upgrades![version]!(lifted);
    } catch (error) {
      throw new BackupImportError(
        'unsupported-version',
        `This backup (data version ${schemaVersion}) could not be brought up to date.`,
        { cause: error, params: { version: schemaVersion } },
      );
    }
  }
  return lifted;
}

/**
 * Checks the records of one backup as they are read, one at a time (so a file of any size needs only
 * the ids and chain links in memory), then the links between them and every deal's rounds at the end.
 * Throws BackupImportError and nothing else; a record it returns is valid and upgraded.
 */
type OwnedKind = 'guardrail-without-deal' | 'monitoring-without-deal' | 'comments-without-deal';
const OWNED_WHAT: Record<OwnedKind, string> = {
  'guardrail-without-deal': 'guardrail',
  'monitoring-without-deal': 'monitoring',
  'comments-without-deal': 'comment',
};

export class BackupValidator {
  private readonly counts = {} as Record<BackupTableName, number>;
  private readonly dealTitles = new Map<string, string>();
  private readonly draftDeals = new Set<string>();
  private readonly roundIds = new Set<string>();
  private readonly roundsByDeal = new Map<string, Map<number, RoundLink>>();
  private readonly reviewDeals = new Set<string>();
  private readonly templateKeys = new Set<string>();
  private readonly settingKeys = new Set<string>();
  private readonly auditSeqs = new Set<number>();
  private readonly keys = new Map<string, PublicSigningKey>();
  /** Deals that records of the guardrail and monitoring tables belong to, checked at the end. */
  private readonly ownedBy = new Map<OwnedKind, Set<string>>([
    ['guardrail-without-deal', new Set()],
    ['monitoring-without-deal', new Set()],
    ['comments-without-deal', new Set()],
  ]);
  private readonly threadIds = new Set<string>();
  private readonly profileDeals = new Set<string>();
  private readonly supplierDeals = new Set<string>();
  private readonly playbookIds = new Set<string>();
  private readonly approvalIds = new Set<string>();
  private readonly monitoringIds = new Set<string>();
  private ownTemplates = 0;

  /** Records must already be of the supported schema version (see {@link upgradeBackupTables}). */
  constructor(private readonly options: BackupValidatorOptions) {
    for (const table of Object.keys(BACKUP_RECORD_SCHEMAS) as BackupTableName[]) this.counts[table] = 0;
  }

  /** Validates one record; returns the copy to store. */
  record(table: BackupTableName, raw: unknown): unknown {
    const index = this.counts[table];
    this.counts[table] = index + 1;
    const value = raw;
    const schema: z.ZodType = BACKUP_RECORD_SCHEMAS[table];
    const result = schema.safeParse(value);
    const extra = this.options.recordChecks?.[table];
    const problem = !result.success ? result.error : extra?.safeParse(result.data).error;
    if (problem) {
      const field = issuePath(problem.issues[0]);
      const label = recordLabel(value);
      throw refuse(
        'invalid-record',
        `The backup's record ${table}[${index}]${label ? ` (${label})` : ''} is invalid` +
          `${field ? ` (field ${field})` : ''}.`,
        { table, index, record: label, field },
      );
    }
    this.link(table, result.data);
    return result.data;
  }

  /** The links between records and every deal's rounds; call after the last record. */
  async finish(): Promise<BackupCheckSummary> {
    const inconsistent = (message: string, params: BackupErrorParams) =>
      refuse('inconsistent', message, params);
    for (const dealId of this.draftDeals)
      if (!this.dealTitles.has(dealId))
        throw inconsistent(`The backup holds a draft for the deal ${dealId}, which it does not contain.`, {
          kind: 'draft-without-deal',
          deal: dealId,
        });
    for (const dealId of this.roundsByDeal.keys())
      if (!this.dealTitles.has(dealId))
        throw inconsistent(`The backup holds a round of the deal ${dealId}, which it does not contain.`, {
          kind: 'round-without-deal',
          deal: dealId,
        });
    for (const dealId of this.reviewDeals)
      if (!this.dealTitles.has(dealId))
        throw inconsistent(
          `The backup holds review work for the deal ${dealId}, which it does not contain.`,
          {
            kind: 'review-without-deal',
            deal: dealId,
          },
        );

    for (const [kind, deals] of this.ownedBy)
      for (const dealId of deals)
        if (!this.dealTitles.has(dealId))
          throw inconsistent(
            `The backup holds ${OWNED_WHAT[kind]} records of the deal ${dealId}, which it does not contain.`,
            { kind, deal: dealId },
          );

    const known = new Map((this.options.knownKeys ?? []).map((key) => [key.keyId, key]));
    const newKeys = [...this.keys.values()].filter((key) => !known.has(key.keyId));
    const keys = [...known.values(), ...newKeys];
    const brokenDeals: BrokenDeal[] = [];
    for (const [dealId, rounds] of this.roundsByDeal) {
      const chain = await verifyRoundLinks([...rounds.values()], { keys, verify: this.options.verify });
      if (chain.ok) continue;
      const title = this.dealTitles.get(dealId) ?? dealId;
      if (!this.options.acceptBrokenChains)
        throw refuse(
          'broken-chain',
          `The rounds of the deal “${title}” do not verify: ${describeChainProblem(chain.problem)}. ` +
            'The backup was altered or damaged, so its negotiation history cannot be trusted.',
          { deal: title, round: chain.problem.round, problem: chain.problem.code },
        );
      brokenDeals.push({ dealId, title, problem: chain.problem });
    }
    return { counts: { ...this.counts }, newKeys, ownTemplates: this.ownTemplates, brokenDeals };
  }

  private link(table: BackupTableName, record: unknown): void {
    const twice = (what: string, key: string) =>
      refuse('inconsistent', `The backup holds ${what} ${key} twice.`, { kind: `duplicate-${table}`, key });
    const unique = <T>(set: Set<T>, key: T, what: string) => {
      if (set.has(key)) throw twice(what, String(key));
      set.add(key);
    };
    switch (table) {
      case 'templates': {
        const template = record as BackupTables['templates'][number];
        unique(this.templateKeys, `${template.id}@${template.version}`, 'template version');
        if (!template.builtIn) this.ownTemplates += 1;
        return;
      }
      case 'deals': {
        const deal = record as BackupTables['deals'][number];
        if (this.dealTitles.has(deal.id)) throw twice('the deal', deal.id);
        this.dealTitles.set(deal.id, deal.title);
        return;
      }
      case 'drafts': {
        const draft = record as BackupTables['drafts'][number];
        if (this.draftDeals.has(draft.dealId))
          throw refuse('inconsistent', `The backup holds two drafts for the deal ${draft.dealId}.`, {
            kind: 'duplicate-drafts',
            key: draft.dealId,
          });
        this.draftDeals.add(draft.dealId);
        return;
      }
      case 'rounds': {
        const round = record as BackupTables['rounds'][number];
        unique(this.roundIds, round.id, 'the round');
        const rounds = this.roundsByDeal.get(round.dealId) ?? new Map<number, RoundLink>();
        if (rounds.has(round.number))
          throw refuse(
            'inconsistent',
            `The backup holds round ${round.number} of the deal ${round.dealId} twice.`,
            { kind: 'duplicate-round-number', key: round.dealId, round: round.number },
          );
        rounds.set(round.number, roundLinkOf(round));
        this.roundsByDeal.set(round.dealId, rounds);
        return;
      }
      case 'changeReviews': {
        const review = record as BackupTables['changeReviews'][number];
        this.reviewDeals.add(review.dealId);
        return;
      }
      case 'settings':
        unique(this.settingKeys, (record as BackupTables['settings'][number]).key, 'the setting');
        return;
      case 'audit':
        unique(this.auditSeqs, (record as BackupTables['audit'][number]).seq, 'audit entry');
        return;
      case 'signingKeys': {
        const key = record as BackupTables['signingKeys'][number];
        if (this.keys.has(key.keyId)) throw twice('the signing key', key.keyId);
        this.keys.set(key.keyId, key);
        return;
      }
      case 'companyProfiles':
      case 'suppliers': {
        const { dealId } = record as BackupTables['companyProfiles' | 'suppliers'][number];
        unique(
          table === 'suppliers' ? this.supplierDeals : this.profileDeals,
          dealId,
          `the ${table} of the deal`,
        );
        this.ownedBy.get('guardrail-without-deal')!.add(dealId);
        return;
      }
      case 'playbooks': {
        const playbook = record as BackupTables['playbooks'][number];
        unique(this.playbookIds, playbook.id, 'the playbook');
        if (playbook.scope === 'deal') this.ownedBy.get('guardrail-without-deal')!.add(playbook.ownerId);
        return;
      }
      case 'approvals': {
        const approval = record as BackupTables['approvals'][number];
        unique(this.approvalIds, approval.id, 'the approval');
        this.ownedBy.get('guardrail-without-deal')!.add(approval.dealId);
        return;
      }
      case 'agreements':
      case 'incidents': {
        const owned = record as BackupTables['agreements' | 'incidents'][number];
        unique(this.monitoringIds, owned.id, 'the record');
        this.ownedBy.get('monitoring-without-deal')!.add(owned.dealId);
        return;
      }
      case 'reviews':
        unique(this.monitoringIds, (record as BackupTables['reviews'][number]).id, 'the record');
        return;
      case 'commentThreads': {
        const thread = record as BackupTables['commentThreads'][number];
        unique(this.threadIds, thread.id, 'the comment thread');
        this.ownedBy.get('comments-without-deal')!.add(thread.dealId);
        return;
      }
    }
  }
}

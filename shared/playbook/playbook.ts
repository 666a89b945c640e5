import { z } from 'zod';
import { EntityId, IsoDateTime } from '../model/deal';
import { Currency, DurationUnit, TermId } from '../model/term';
import { OwnerRole } from './ownerRoles';

/**
 * A limit as the playbook file writes it (issue 10): percent and count terms as a number, durations
 * as `{value, unit}`, money as `{amount, currency}`. Persisted (file and database) shape.
 */
export const PlaybookNumber = z.number().finite();
export const PlaybookDuration = z.strictObject({ value: z.number().finite(), unit: DurationUnit });
export const PlaybookMoney = z.strictObject({ amount: z.number().finite(), currency: Currency });
export const PlaybookValue = z.union([PlaybookNumber, PlaybookDuration, PlaybookMoney]);
export type PlaybookValue = z.infer<typeof PlaybookValue>;

export const PLAYBOOK_LIMITS = { noteMax: 2_000, entriesMax: 2_000 } as const;

/** One term's limits: target, fallback and walk-away, the role that owns them, and a note. */
export const PlaybookEntry = z.object({
  termId: TermId,
  target: PlaybookValue,
  fallback: PlaybookValue,
  walkAway: PlaybookValue,
  owner: OwnerRole,
  note: z.string().max(PLAYBOOK_LIMITS.noteMax),
});
export type PlaybookEntry = z.infer<typeof PlaybookEntry>;

/** The limits in force for a deal or template, by term id. */
export type Playbook = ReadonlyMap<string, PlaybookEntry>;

export const EMPTY_PLAYBOOK: Playbook = new Map();

export function playbookOf(entries: Iterable<PlaybookEntry>): Playbook {
  return new Map([...entries].map((entry) => [entry.termId, entry]));
}

/**
 * The playbook a deal negotiates under: the team lead's playbook of its template, each term replaced
 * where the deal overrides it.
 */
export function effectivePlaybook(
  template: Iterable<PlaybookEntry>,
  dealOverrides: Iterable<PlaybookEntry>,
): Playbook {
  return new Map([...playbookOf(template), ...playbookOf(dealOverrides)]);
}

export const PLAYBOOK_SCOPES = ['template', 'deal'] as const;
export const PlaybookScope = z.enum(PLAYBOOK_SCOPES);
export type PlaybookScope = z.infer<typeof PlaybookScope>;

export function playbookRecordId(scope: PlaybookScope, ownerId: string): string {
  return `${scope}:${ownerId}`;
}

/**
 * A stored playbook: a template's (kept by the team lead, for every version of the template) or a
 * deal's overrides. Persisted: changing the shape needs a migration.
 */
export const PlaybookRecord = z
  .object({
    id: z.string().regex(/^(template|deal):[A-Za-z0-9_-]{1,64}$/),
    scope: PlaybookScope,
    ownerId: EntityId,
    entries: z.array(PlaybookEntry).max(PLAYBOOK_LIMITS.entriesMax),
    updatedAt: IsoDateTime,
  })
  .superRefine((record, ctx) => {
    if (record.id !== playbookRecordId(record.scope, record.ownerId))
      ctx.addIssue({ code: 'custom', message: 'id must be scope:ownerId', path: ['id'] });
    const seen = new Set<string>();
    record.entries.forEach((entry, index) => {
      if (seen.has(entry.termId))
        ctx.addIssue({ code: 'custom', message: `duplicate term ${entry.termId}`, path: ['entries', index] });
      seen.add(entry.termId);
    });
  });
export type PlaybookRecord = z.infer<typeof PlaybookRecord>;

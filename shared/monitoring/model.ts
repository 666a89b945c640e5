import { z } from 'zod';
import { EntityId, IsoDate, IsoDateTime } from '../model/deal';
import { isValidTimeZone } from './timeZone';

/**
 * The records monitoring stores (Dexie schema version 5: `agreements`, `incidents`, `reviews`) and
 * writes into backups. Persisted shapes: changing one needs a migration.
 */

export const TimeZoneName = z.string().refine(isValidTimeZone, 'not a time zone of the IANA database');

/** Default warning thresholds: share of the month's error budget used, percent. */
export const DEFAULT_WARNING_THRESHOLDS = [50, 80, 100] as const;

export const Signatory = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(200),
  side: z.enum(['us', 'them']),
});
export type Signatory = z.infer<typeof Signatory>;

export const WarningThresholds = z
  .array(z.number().min(1).max(1_000))
  .min(1)
  .max(10)
  .refine((values) => new Set(values).size === values.length, 'thresholds must differ');

/** What was signed: one frozen round of a deal, with the dates and the clock it is measured by. */
export const Agreement = z
  .object({
    id: EntityId,
    dealId: EntityId,
    /** The frozen round that was signed; its text is the agreement. */
    roundId: EntityId,
    roundNumber: z.number().int().min(1),
    signedOn: IsoDate,
    signatories: z.array(Signatory).min(1).max(20),
    termStart: IsoDate,
    /** `null`: runs until terminated. */
    termEnd: IsoDate.nullable(),
    /** Months between reviews; `null` when the agreement sets none. */
    reviewIntervalMonths: z.number().int().min(1).max(120).nullable(),
    nextReviewOn: IsoDate.nullable(),
    timeZone: TimeZoneName,
    warningThresholds: WarningThresholds,
    /** Set when a later signing replaced this agreement. */
    supersededBy: EntityId.optional(),
    /** Warnings already sent as a system notification (`2026-10:budget:80`), so each is sent once. */
    notified: z.array(z.string().max(100)).max(500),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .refine((a) => a.termEnd === null || a.termEnd >= a.termStart, {
    message: 'the term cannot end before it starts',
    path: ['termEnd'],
  });
export type Agreement = z.infer<typeof Agreement>;

export const INCIDENT_KINDS = ['outage', 'maintenance', 'ticket'] as const;
/**
 * `outage`: the service was down (counts as downtime). `maintenance`: announced planned work
 * (excluded within the agreement's window and allowance). `ticket`: a fault or request without
 * downtime, measured for response and resolution only.
 */
export const IncidentKind = z.enum(INCIDENT_KINDS);
export type IncidentKind = z.infer<typeof IncidentKind>;

const incidentFields = {
  kind: IncidentKind,
  start: IsoDateTime,
  /** `null` while it lasts. */
  end: IsoDateTime.nullable(),
  /** Level in the agreement (1 = most urgent); `null` without a priority. */
  priority: z.number().int().min(1).max(99).nullable(),
  /** The priority as the source wrote it ("Sev-1", "Klasse A"). */
  priorityLabel: z.string().max(200),
  respondedAt: IsoDateTime.nullable(),
  /** When it was resolved; for an outage usually its end. */
  resolvedAt: IsoDateTime.nullable(),
  title: z.string().max(500),
  note: z.string().max(5_000),
  /** The id in the tool it came from (ticket number, alert id); '' when typed in. */
  reference: z.string().max(200),
};

function checkOrder(
  value: { start: string; end: string | null; respondedAt: string | null; resolvedAt: string | null },
  ctx: z.RefinementCtx,
) {
  const start = Date.parse(value.start);
  for (const field of ['end', 'respondedAt', 'resolvedAt'] as const) {
    const at = value[field];
    if (at !== null && Date.parse(at) < start)
      ctx.addIssue({ code: 'custom', message: `${field} is before the start`, path: [field] });
  }
}

/** An incident as entered or imported, before it belongs to a deal. */
export const IncidentInput = z.object(incidentFields).superRefine(checkOrder);
export type IncidentInput = z.infer<typeof IncidentInput>;

export const Incident = z
  .object({
    id: EntityId,
    dealId: EntityId,
    ...incidentFields,
    source: z.enum(['manual', 'import']),
    /** One id per CSV import, so an import can be told apart (and undone) as a whole. */
    importId: EntityId.optional(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .superRefine(checkOrder);
export type Incident = z.infer<typeof Incident>;

/** A completed review of a signed agreement or of a template: who, when, and the next date. */
export const Review = z.object({
  id: EntityId,
  subject: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('agreement'), agreementId: EntityId, dealId: EntityId }),
    z.object({ kind: z.literal('template'), templateId: EntityId }),
  ]),
  completedOn: IsoDate,
  completedBy: z.string().trim().min(1).max(200),
  note: z.string().max(5_000),
  nextReviewOn: IsoDate,
  createdAt: IsoDateTime,
});
export type Review = z.infer<typeof Review>;

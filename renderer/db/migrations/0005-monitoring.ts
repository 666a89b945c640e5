import type { RawBackupTables } from '../../../shared/backup';

/**
 * Version 5 (issue 11): what happens after signing. Shipped steps are never edited.
 *
 * `agreements`: the signed data of a deal (signed round, dates, signatories, term, review
 * interval, time zone), one per signing; a later signing supersedes the earlier one.
 * `incidents`: outages, maintenance and tickets per deal, ordered by start.
 * `reviews`: completed reviews of agreements and templates.
 * No existing record changes shape: a deal marked signed before version 5 has no agreement yet and
 * is offered "Record the signing" instead of an invented one.
 */
export const stores0005 = {
  agreements: 'id, dealId, nextReviewOn',
  incidents: 'id, dealId, [dealId+start], importId',
  reviews: 'id, subject.agreementId, subject.templateId, completedOn',
} as const;

/** The tables version 5 adds, empty, in a backup of version 4 (the pure step of the backup upgrade). */
export function upgradeBackupTables0005(tables: RawBackupTables): RawBackupTables {
  return {
    ...tables,
    agreements: tables.agreements ?? [],
    incidents: tables.incidents ?? [],
    reviews: tables.reviews ?? [],
  };
}

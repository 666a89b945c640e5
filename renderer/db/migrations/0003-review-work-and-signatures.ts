/**
 * Version 3 of the IndexedDB schema (issue 9: nothing a user did is lost). Shipped steps are never
 * edited; a later change adds its own file.
 *
 * - `changeReviews`: what the user decided on each change of a compared pair of rounds (accept or
 *   reject, the reviewed tick, a note), keyed by deal, pair and change id.
 * - `signingKeys`: this installation's Ed25519 key (the private half non-extractable) and the public
 *   keys of installations whose rounds arrived through a restored backup.
 * - `restoreStaging`: a large backup is checked and staged here record by record before one
 *   transaction swaps it in, so a restore never needs the whole file in memory. Always empty between
 *   restores; never part of a backup.
 *
 * Rounds keep their shape: a round without `hashVersion` is hash version 1 and keeps verifying.
 */
export const stores0003 = {
  changeReviews: '[dealId+a+b+changeId], dealId, [dealId+a+b]',
  signingKeys: 'keyId',
  restoreStaging: '++seq',
} as const;

/** The version-3 tables a backup carries (the staging table never leaves the database). */
export const BACKED_UP_TABLES_0003 = ['changeReviews', 'signingKeys'] as const;

/**
 * The version-3 upgrade of existing data, as a pure step on whole tables (the database upgrade and
 * the restore of an older backup both use it). Nothing is rewritten: rounds of versions 1 and 2 were
 * all hashed over their document only and carry no `hashVersion`, which reads as 1, so they keep
 * verifying exactly as they are. The new tables start empty.
 */
export function upgradeTables0003(
  tables: Readonly<Record<string, readonly unknown[]>>,
): Record<string, unknown[]> {
  const upgraded: Record<string, unknown[]> = {};
  for (const [name, records] of Object.entries(tables)) upgraded[name] = [...records];
  for (const name of BACKED_UP_TABLES_0003) upgraded[name] ??= [];
  return upgraded;
}

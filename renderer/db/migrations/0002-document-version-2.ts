import { migrateDocument, migrateLibraryClause } from '../../../shared/model/migrateDocument';

/**
 * Version 2 of the IndexedDB schema (issue 8): the stored documents move to document shape
 * version 2 (list items and table cells become objects; origins, labels, notes, objects, boxes,
 * front matter and page parts become possible). The tables and indexes stay as they were.
 * Shipped: never edit this file; a later change adds `0003-….ts`.
 *
 * A round's hash is NOT recomputed: rounds frozen before this step keep `hashVersion` 1 (absent)
 * and are verified over the version-1 form of their document, which the step can restore exactly.
 */
export const stores0002 = {} as const;

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function upgradeRound0002(round: unknown): unknown {
  if (!isRecord(round)) return round;
  const next: Json = { ...round, document: migrateDocument(round.document) };
  if (isRecord(round.received))
    next.received = { ...round.received, original: migrateDocument(round.received.original) };
  return next;
}

export function upgradeDraft0002(draft: unknown): unknown {
  if (!isRecord(draft)) return draft;
  return { ...draft, document: migrateDocument(draft.document) };
}

export function upgradeTemplate0002(template: unknown): unknown {
  if (!isRecord(template)) return template;
  return {
    ...template,
    document: migrateDocument(template.document),
    clauseLibrary: Array.isArray(template.clauseLibrary)
      ? template.clauseLibrary.map(migrateLibraryClause)
      : template.clauseLibrary,
  };
}

/** The same step for a backup file's raw tables (shared/backup upgrades, schema 1 → 2). */
export function upgradeBackupTables0002(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  return {
    ...tables,
    rounds: (tables.rounds ?? []).map(upgradeRound0002),
    drafts: (tables.drafts ?? []).map(upgradeDraft0002),
    templates: (tables.templates ?? []).map(upgradeTemplate0002),
  };
}

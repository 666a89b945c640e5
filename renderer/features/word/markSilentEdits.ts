import type { Change, Redline } from '../../../shared/redline';

/** Whitespace differs between the two comparisons (no-break spaces, split runs): compare without it. */
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

function contains(haystack: string, needle: string): boolean {
  return needle === '' || normalize(haystack).includes(normalize(needle));
}

/**
 * Which changes of a redline (our last sent round → their round) the counterparty made without
 * tracking them. `silentEdits` come from comparing our round with their file's text with all tracked
 * changes rejected (shared/docx detectSilentEdits); the redline compares with the text accepted, so the
 * same edit can be cut differently. A change matches a silent edit in the same clause with the same
 * before/after text, or, failing that, one whose before and after contain the silent edit's text
 * (a tracked and a silent edit side by side become one change). Each silent edit marks one change.
 */
export function markSilentEdits(
  redline: Pick<Redline, 'changes'>,
  silentEdits: readonly Change[],
): Set<string> {
  const marked = new Set<string>();
  const candidates = (edit: Change) =>
    redline.changes.filter((change) => change.clauseId === edit.clauseId && !marked.has(change.id));
  for (const edit of silentEdits) {
    const inClause = candidates(edit);
    const exact = inClause.find(
      (change) =>
        normalize(change.before) === normalize(edit.before) &&
        normalize(change.after) === normalize(edit.after),
    );
    const loose =
      exact ??
      (normalize(edit.before) || normalize(edit.after)
        ? inClause.find(
            (change) => contains(change.before, edit.before) && contains(change.after, edit.after),
          )
        : undefined);
    if (loose) marked.add(loose.id);
  }
  return marked;
}

/** Silent edits first (the warning that matters most), otherwise the order given (document order). */
export function silentFirst<T extends { id: string }>(
  changes: readonly T[],
  silent: ReadonlySet<string>,
): T[] {
  if (silent.size === 0) return [...changes];
  return [...changes].sort((x, y) => Number(silent.has(y.id)) - Number(silent.has(x.id)));
}

/** Shared empty set, so "no silent edits" is the same value on every render. */
export const NO_SILENT_EDITS: ReadonlySet<string> = new Set();

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

import type { Clause } from './document';

/**
 * Clause numbers of our documents are derived from order and level, never stored, so moving a
 * clause renumbers everything after it and the redline can ignore pure renumbering.
 * A level-2 clause before any level-1 clause is numbered as a level-1 clause. A clause with
 * `numbered: false` (a preamble) gets '' and is not counted.
 */
export function numberClauses(clauses: readonly Pick<Clause, 'level' | 'numbered'>[]): string[] {
  let major = 0;
  let minor = 0;
  return clauses.map((clause) => {
    if (clause.numbered === false) return '';
    if (clause.level === 1 || major === 0) {
      major += 1;
      minor = 0;
      return String(major);
    }
    minor += 1;
    return `${major}.${minor}`;
  });
}

/**
 * The number each clause shows: as written for a received document (`§ 3`, `3.`, Word's automatic
 * number), derived for ours. Every screen, export and change list uses this one rule.
 */
export function clauseNumbers(clauses: readonly Pick<Clause, 'level' | 'numbered' | 'label'>[]): string[] {
  const derived = numberClauses(clauses);
  return clauses.map((clause, index) => (clause.label ? clause.label.text : derived[index]!));
}

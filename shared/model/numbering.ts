import type { Clause } from './document';

/**
 * Clause numbers are derived from order and level, never stored, so moving a clause renumbers
 * everything after it and the redline can ignore pure renumbering.
 * A level-2 clause before any level-1 clause is numbered as a level-1 clause.
 */
export function numberClauses(clauses: readonly Pick<Clause, 'level'>[]): string[] {
  let major = 0;
  let minor = 0;
  return clauses.map((clause) => {
    if (clause.level === 1 || major === 0) {
      major += 1;
      minor = 0;
      return String(major);
    }
    minor += 1;
    return `${major}.${minor}`;
  });
}

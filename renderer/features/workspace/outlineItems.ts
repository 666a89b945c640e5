import type { Clause } from '../../../shared/model';

/** What the outline shows of a clause; unchanged while the user types in a clause's body. */
export type OutlineItem = Pick<Clause, 'id' | 'kind' | 'heading' | 'level'>;

export function outlineItems(clauses: readonly Clause[]): OutlineItem[] {
  return clauses.map(({ id, kind, heading, level }) => ({ id, kind, heading, level }));
}

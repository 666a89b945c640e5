import type { Favours, Term, TermKind } from '../model/term';
import { TERM_SPECS } from '../templates/termSpecs';

/** What a playbook needs to know about a term it may hold an entry for. */
export interface CatalogueTerm {
  favours: Favours;
  /** Kinds a value of this term may have; the first is the term's own. */
  kinds: readonly TermKind[];
  label?: string;
}

export type TermCatalogue = ReadonlyMap<string, CatalogueTerm>;

/**
 * Caps that customer paper often writes as an amount ("EUR 500,000") where our templates use a share
 * of the fee: a playbook may give limits in either shape, and a term is compared with the limits of
 * its own shape (shared/playbook/measure.ts).
 */
const ALTERNATIVE_KINDS: Readonly<Record<string, readonly TermKind[]>> = {
  liability_cap: ['money'],
  credit_cap: ['money'],
};

function withAlternatives(id: string, kind: TermKind): readonly TermKind[] {
  return [kind, ...(ALTERNATIVE_KINDS[id] ?? []).filter((other) => other !== kind)];
}

/** The terms of a template or deal, as a playbook sees them. */
export function catalogueOf(terms: Iterable<Pick<Term, 'id' | 'kind' | 'favours' | 'label'>>): TermCatalogue {
  const catalogue = new Map<string, CatalogueTerm>();
  for (const term of terms)
    catalogue.set(term.id, {
      favours: term.favours,
      kinds: withAlternatives(term.id, term.kind),
      label: term.label,
    });
  return catalogue;
}

/** Every term id the built-in templates (and the term recogniser) know, for playbooks read on their own (CLI). */
export const STANDARD_CATALOGUE: TermCatalogue = new Map(
  Object.entries(TERM_SPECS).map(([id, spec]) => [
    id,
    { favours: spec.favours, kinds: withAlternatives(id, spec.kind) },
  ]),
);

/** Both catalogues together; entries of `first` win. */
export function mergeCatalogues(first: TermCatalogue, second: TermCatalogue): TermCatalogue {
  return new Map([...second, ...first]);
}

import { DOCUMENT_VERSION, referencedTermIds, type Clause, type Language } from '../model/document';
import type { Template } from '../model/template';
import type { Term } from '../model/term';
import {
  CHOICE_KEYS,
  CREDIT_BANDS,
  PRIORITY_LEVELS,
  TERM_SPECS,
  TEXT_KEYS,
  type ChoiceTermKey,
  type TermKey,
  type TextTermKey,
} from './termSpecs';
import { TIER_FIGURES, type BuiltInTier, type Figure } from './tierFigures';
import { DOCUMENT_CLAUSES, LIBRARY_CLAUSES, type ClauseContext, type LanguagePack } from './templateOutline';

/** Built-in templates are fixed data: the same input gives byte-identical templates (no clock). */
export const BUILT_IN_VERSION = 1;
export const BUILT_IN_UPDATED_AT = '2026-11-01T00:00:00.000Z';
export const BUILT_IN_REVIEW_DATE = '2027-11-01';

export function builtInTemplateId(tier: BuiltInTier, language: Language): string {
  return `managed-it-${tier}-${language}`;
}

function isChoiceTerm(id: TermKey): id is ChoiceTermKey {
  return id in CHOICE_KEYS;
}
function isTextTerm(id: TermKey): id is TextTermKey {
  return id in TEXT_KEYS;
}

function mismatch(id: TermKey, figure: Figure): Error {
  return new Error(`term ${id} is a ${TERM_SPECS[id].kind} but its figure is a ${figure.kind}`);
}

/** One typed term from the language-neutral figure and the language's label and option names. */
function buildTerm(id: TermKey, figure: Figure, pack: LanguagePack): Term {
  const { kind, favours } = TERM_SPECS[id];
  const base = { id, label: pack.termLabels[id], favours };
  if (figure.kind !== kind) throw mismatch(id, figure);
  switch (figure.kind) {
    case 'percent':
    case 'count':
      return { ...base, kind: figure.kind, value: figure.value };
    case 'duration':
      return { ...base, kind: 'duration', value: figure.value, unit: figure.unit };
    case 'money':
      return { ...base, kind: 'money', value: figure.value, currency: figure.currency };
    case 'choice': {
      if (!isChoiceTerm(id)) throw mismatch(id, figure);
      const labels: Record<string, string> = pack.choiceLabels[id];
      const value = labels[figure.key];
      if (value === undefined) throw new Error(`term ${id} has no option ${figure.key}`);
      return { ...base, kind: 'choice', value, options: CHOICE_KEYS[id].map((key) => labels[key] ?? key) };
    }
    case 'text': {
      if (!isTextTerm(id)) throw mismatch(id, figure);
      const values: Record<string, string> = pack.textValues[id];
      const value = values[figure.key];
      if (value === undefined) throw new Error(`term ${id} has no text ${figure.key}`);
      return { ...base, kind: 'text', value };
    }
  }
}

function contextOf(tier: BuiltInTier): ClauseContext {
  const figures = TIER_FIGURES[tier].document;
  return {
    tier,
    priorities: PRIORITY_LEVELS.filter((level) => `p${level}_response` in figures),
    creditBands: CREDIT_BANDS.filter((band) => `credit_band${band}_below` in figures),
  };
}

/**
 * Builds one built-in template from the shared outline, the tier's figures and one language's wording.
 * Terms are listed in the order the clauses first mention them, which is the order the term panel shows.
 */
export function buildTemplate(tier: BuiltInTier, pack: LanguagePack): Template {
  const figures = TIER_FIGURES[tier];
  const context = contextOf(tier);
  const termsFrom = (ids: Iterable<TermKey>, source: Partial<Record<TermKey, Figure>>): Term[] =>
    [...ids].map((id) => {
      const figure = source[id];
      if (!figure) throw new Error(`tier ${tier} has no figure for term ${id}`);
      return buildTerm(id, figure, pack);
    });

  const clauses: Clause[] = DOCUMENT_CLAUSES.map(({ id, kind }) => ({
    id,
    kind,
    level: 1,
    ...pack.clauses[id](context),
  }));
  // Cast is safe: every interpolation in the language packs is typed as a TermKey.
  const referenced = new Set(referencedTermIds(clauses) as TermKey[]);
  const unused = Object.keys(figures.document).filter((id) => !referenced.has(id as TermKey));
  if (unused.length > 0) throw new Error(`tier ${tier} has figures no clause uses: ${unused.join(', ')}`);

  return {
    id: builtInTemplateId(tier, pack.language),
    version: BUILT_IN_VERSION,
    name: pack.templateName(tier),
    description: pack.descriptions[tier],
    tier,
    language: pack.language,
    builtIn: true,
    reviewDate: BUILT_IN_REVIEW_DATE,
    document: {
      version: DOCUMENT_VERSION,
      title: pack.title(tier),
      language: pack.language,
      parties: { provider: '', customer: '' },
      clauses,
      terms: termsFrom(referenced, figures.document),
    },
    clauseLibrary: LIBRARY_CLAUSES.map(({ id, kind, terms }) => ({
      clause: { id, kind, level: 1, ...pack.library[id](context) },
      terms: termsFrom(terms, figures.library),
    })),
    updatedAt: BUILT_IN_UPDATED_AT,
  };
}

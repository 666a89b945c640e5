import { DOCUMENT_VERSION, referencedTermIds, type Clause, type Language } from '../model/document';
import type { Template } from '../model/template';
import type { Term } from '../model/term';
import { builtInTemplateId } from './builtInManifest';
import type { FamilyDefinition, LanguagePack } from './templateFamily';
import {
  CHOICE_KEYS,
  CREDIT_BANDS,
  isTermKey,
  PRIORITY_LEVELS,
  TERM_SPECS,
  TEXT_KEYS,
  type ChoiceTermKey,
  type TermKey,
  type TextTermKey,
} from './termSpecs';
import type { BuiltInTier, Figure } from './tierFigures';
import type { Vocabulary } from './vocabulary';
import { VOCABULARY_DE } from './vocabulary.de';
import { VOCABULARY_EN } from './vocabulary.en';

/** Built-in templates are fixed data: the same input gives byte-identical templates (no clock). */
export const BUILT_IN_REVIEW_DATE = '2027-11-01';

const VOCABULARIES: Record<Language, Vocabulary> = { de: VOCABULARY_DE, en: VOCABULARY_EN };

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
function buildTerm(id: TermKey, figure: Figure, vocabulary: Vocabulary, pack: LanguagePack): Term {
  const { kind, favours } = TERM_SPECS[id];
  const base = { id, label: pack.termLabels?.[id] ?? vocabulary.termLabels[id], favours };
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
      const labels: Record<string, string> = vocabulary.choiceLabels[id];
      const value = labels[figure.key];
      if (value === undefined) throw new Error(`term ${id} has no option ${figure.key}`);
      return { ...base, kind: 'choice', value, options: CHOICE_KEYS[id].map((key) => labels[key] ?? key) };
    }
    case 'text': {
      if (!isTextTerm(id)) throw mismatch(id, figure);
      const values: Record<string, string> = vocabulary.textValues[id];
      const value = values[figure.key];
      if (value === undefined) throw new Error(`term ${id} has no text ${figure.key}`);
      return { ...base, kind: 'text', value };
    }
  }
}

/**
 * Builds one built-in template from a family's outline, the tier's figures and one language's wording.
 * Terms are listed in the order the clauses first mention them, which is the order the term panel shows.
 * Throws when a clause uses a term without a figure or a figure is used by no clause, so a slip in a
 * family fails every test at import time instead of shipping.
 */
export function buildTemplate(family: FamilyDefinition, tier: BuiltInTier, pack: LanguagePack): Template {
  const { outline } = family;
  const figures = outline.figures[tier];
  const vocabulary = VOCABULARIES[pack.language];
  const where = `${outline.id}/${tier}/${pack.language}`;
  const context = {
    tier,
    priorities: PRIORITY_LEVELS.filter((level) => `p${level}_response` in figures.document),
    creditBands: CREDIT_BANDS.filter((band) => `credit_band${band}_below` in figures.document),
  };
  const termsFrom = (ids: Iterable<string>, source: Partial<Record<TermKey, Figure>>): Term[] =>
    [...ids].map((id) => {
      if (!isTermKey(id)) throw new Error(`${where}: unknown term ${id}`);
      const figure = source[id];
      if (!figure) throw new Error(`${where}: no figure for term ${id}`);
      return buildTerm(id, figure, vocabulary, pack);
    });

  const clauses: Clause[] = outline.clauses.map(({ id, kind }) => ({
    id,
    kind,
    level: 1,
    ...pack.clauses[id]!(context),
  }));
  const referenced = referencedTermIds(clauses);
  const unused = Object.keys(figures.document).filter((id) => !referenced.includes(id));
  if (unused.length > 0) throw new Error(`${where}: figures no clause uses: ${unused.join(', ')}`);
  const libraryTerms = new Set<string>(outline.library.flatMap((entry) => entry.terms));
  const unusedLibrary = Object.keys(figures.library).filter((id) => !libraryTerms.has(id));
  if (unusedLibrary.length > 0)
    throw new Error(`${where}: library figures no optional clause uses: ${unusedLibrary.join(', ')}`);

  return {
    id: builtInTemplateId(outline.id, tier, pack.language),
    version: outline.version,
    name: pack.templateName(tier),
    description: pack.descriptions[tier],
    family: outline.id,
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
    clauseLibrary: outline.library.map(({ id, kind, terms }) => {
      const clause: Clause = { id, kind, level: 1, ...pack.library[id]!(context) };
      const used = referencedTermIds([clause]);
      const declared = new Set<string>(terms);
      if (used.length !== declared.size || used.some((termId) => !declared.has(termId)))
        throw new Error(
          `${where}: library clause ${id} uses ${used.join(', ')}, declares ${terms.join(', ')}`,
        );
      return { clause, terms: termsFrom(used, figures.library) };
    }),
    updatedAt: outline.updatedAt,
  };
}

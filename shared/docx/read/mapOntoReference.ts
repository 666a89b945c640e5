import type { Clause, SlaDocument } from '../../model/document';
import { referencedTermIds } from '../../model/document';
import { hasOrigins, isRemovedIn, viewDocument } from '../../model/views';
import type { Term } from '../../model/term';
import { termInlineText } from '../../format/formatTermValue';
import { alignClauses } from '../../redline/alignClauses';
import {
  annotateClause,
  annotatedValue,
  clauseUnits,
  emptyAnnotation,
  UNIT_SEPARATOR,
  type ReferenceSpan,
} from './annotateTerms';
import type { WarningList } from './importWarnings';
import { viewText } from './viewText';

export interface MappedDocument {
  doc: SlaDocument;
  /** Clause ids of `doc` that match no clause of the reference (new clauses). */
  unmapped: string[];
  /** Imported clause id → id used in `doc`. */
  idMap: Map<string, string>;
  /** How many clauses of theirs were matched to one of ours. */
  matched: number;
}

interface RenderedClause {
  text: string;
  spans: ReferenceSpan[];
  /** The text with units joined by spaces (the aligner's), made when first asked for. */
  plain?: string;
}

/**
 * Rendered reference clauses, by clause and the terms they were rendered with: a reference is
 * rendered once for its plain text and again for each clause it is matched with, and a reference
 * kept between reads (Compare files' older file) is not rendered again for the next file. The
 * documents are never changed after they are built, so a clause object renders the same each time.
 */
const rendered = new WeakMap<
  Clause,
  { terms: ReadonlyMap<string, Term>; language: string; out: RenderedClause }
>();

function renderClause(
  clause: Clause,
  terms: ReadonlyMap<string, Term>,
  language: SlaDocument['language'],
): RenderedClause {
  const cached = rendered.get(clause);
  if (cached && cached.terms === terms && cached.language === language) return cached.out;
  const out = renderClauseText(clause, terms, language);
  rendered.set(clause, { terms, language, out });
  return out;
}

/** The reference's terms by id, one map per terms list (so rendered clauses are found again). */
const termMaps = new WeakMap<readonly Term[], ReadonlyMap<string, Term>>();
function termsById(terms: readonly Term[]): ReadonlyMap<string, Term> {
  let map = termMaps.get(terms);
  if (!map) termMaps.set(terms, (map = new Map(terms.map((term) => [term.id, term]))));
  return map;
}

/** Our clause as its text reads, with where each term's characters are. */
function renderClauseText(
  clause: Clause,
  terms: ReadonlyMap<string, Term>,
  language: SlaDocument['language'],
): RenderedClause {
  let text = '';
  const spans: ReferenceSpan[] = [];
  clauseUnits(clause).forEach((unit, index) => {
    if (index > 0) text += UNIT_SEPARATOR;
    for (const inline of unit.inlines) {
      if (isRemovedIn('accepted', inline.origin)) continue;
      if (inline.type === 'text') text += inline.text;
      else if (inline.type === 'term') {
        const term = terms.get(inline.termId);
        const shown = termInlineText(inline, term, language) ?? '';
        const last = spans[spans.length - 1];
        // One annotation split by origin or marks is one place of the term.
        if (term && last && last.term.id === term.id && last.end === text.length) last.end += shown.length;
        else if (term && shown) spans.push({ start: text.length, end: text.length + shown.length, term });
        text += shown;
      }
    }
  });
  return { text, spans };
}

const UNIT_SEPARATORS = new RegExp(UNIT_SEPARATOR, 'g');

/** Plain text of a clause for the aligner's similarity: heading and body as the clause reads. */
function ourPlainText(clause: Clause, terms: ReadonlyMap<string, Term>, language: SlaDocument['language']) {
  const out = renderClause(clause, terms, language);
  return (out.plain ??= out.text.replace(UNIT_SEPARATORS, ' '));
}

/** The reference as mapOntoReference reads it: a received round with their changes accepted. */
function referenceView(referenceDoc: SlaDocument): SlaDocument {
  return hasOrigins(referenceDoc) ? viewDocument(referenceDoc, 'accepted') : referenceDoc;
}

/**
 * Renders a reference that later files will be read against (Compare files' older file, kept in
 * its worker) while the user is still picking the next file, so that read does not.
 */
export function prepareReference(referenceDoc: SlaDocument): void {
  const reference = referenceView(referenceDoc);
  if (reference !== referenceDoc) return; // a fresh view each time: nothing to keep
  const terms = termsById(reference.terms);
  for (const clause of reference.clauses) ourPlainText(clause, terms, reference.language);
}

function theirPlainText(clause: Clause): string {
  return clauseUnits(clause)
    .map((unit) => viewText(unit.inlines, 'accepted'))
    .join(' ');
}

/**
 * Places a counterparty's document onto our round (DESIGN §3): clause ids are taken over where the
 * engine's clause aligner (`alignClauses`, the one aligner of the product) pairs their clause with
 * ours — by number, heading in any numbering style and text — and every term our round shows is
 * looked for at the matching place of their text and annotated there, its value read as written.
 * `doc` is changed in place (it was just built for this) and returned.
 */
export function mapOntoReference(
  doc: SlaDocument,
  referenceDoc: SlaDocument,
  warnings: WarningList,
): MappedDocument {
  // A reference that is itself a received round is read as its text with their changes accepted.
  const reference = referenceView(referenceDoc);
  const refTerms = termsById(reference.terms);
  const plain = new Map<Clause, string>();
  for (const clause of reference.clauses)
    plain.set(clause, ourPlainText(clause, refTerms, reference.language));
  for (const clause of doc.clauses) plain.set(clause, theirPlainText(clause));
  const alignment = alignClauses(reference.clauses, doc.clauses, (clause) => plain.get(clause) ?? '');

  const matchOf = new Map<number, number>();
  for (const pair of alignment.pairs) matchOf.set(pair.b, pair.a);

  const refIds = new Set(reference.clauses.map((clause) => clause.id));
  const usedIds = new Set<string>();
  const idMap = new Map<string, string>();
  const unmapped: string[] = [];
  const annotation = emptyAnnotation();
  const placeOf = (clause: Clause) => ({
    where: 'clause' as const,
    clause: `${clause.label?.text ?? ''} ${clause.heading}`.trim(),
  });

  doc.clauses = doc.clauses.map((clause, index) => {
    const j = matchOf.get(index);
    if (j === undefined) {
      let id = clause.id;
      for (let n = 2; refIds.has(id) || usedIds.has(id); n++)
        id = `${clause.id.slice(0, 56)}-new${n > 2 ? n : ''}`;
      usedIds.add(id);
      idMap.set(clause.id, id);
      unmapped.push(id);
      return { ...clause, id };
    }
    const ours = reference.clauses[j]!;
    usedIds.add(ours.id);
    idMap.set(clause.id, ours.id);
    const mapped: Clause = { ...clause, id: ours.id, kind: ours.kind };
    const { text, spans } = renderClause(ours, refTerms, reference.language);
    const missingBefore = annotation.missing.length;
    annotateClause(clauseUnits(mapped), text, spans, doc.language, annotation);
    for (const term of annotation.missing.slice(missingBefore))
      warnings.at('term-unreadable', placeOf(mapped), { term: term.label });
    return mapped;
  });
  for (const term of annotation.conflicts) warnings.add('term-conflict', { term: term.label });

  // Terms our round does not show in any clause cannot be read from their file: they carry over.
  const shown = new Set(referencedTermIds(reference.clauses));
  doc.terms = reference.terms.flatMap((term) => {
    const read = annotatedValue(annotation, term.id);
    return read ? [read] : shown.has(term.id) ? [] : [term];
  });
  return { doc, unmapped, idMap, matched: matchOf.size };
}

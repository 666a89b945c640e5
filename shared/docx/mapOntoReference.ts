import { diffWordsWithSpace } from 'diff';
import type { SlaDocument as DocSlaDocument } from '../model/document';
import { toLegacy, type Block, type Clause, type Inline, type SlaDocument } from '../redline/legacyModel';
import { numberClauses } from '../model/numbering';
import type { Term } from '../model/term';

function referencedTermIds(clauses: readonly Clause[]): string[] {
  const seen = new Set<string>();
  for (const clause of clauses)
    for (const block of clause.body) {
      const units =
        block.type === 'paragraph'
          ? [block.content]
          : block.type === 'list'
            ? block.items
            : block.rows.flat();
      for (const unit of units)
        for (const inline of unit) if (inline.type === 'term') seen.add(inline.termId);
    }
  return [...seen];
}
import { formatTermValue } from '../format/formatTermValue';
import { inlinesText, spliceTerms, type BuiltDocument } from './buildSlaDocument';
import { readValueLike } from './readTermValue';

export interface MappedDocument {
  doc: SlaDocument;
  /** Clause ids of `doc` that match no clause of the reference (new clauses). */
  unmapped: string[];
  /** Imported clause id → id used in `doc`. */
  idMap: Map<string, string>;
}

function tokens(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Dice coefficient of the two word sets: 1 for the same words, 0 for none in common. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function normalizeHeading(heading: string): string {
  return heading.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Formatting a term builds Intl formatters; a 100-page round shows the same terms hundreds of times. */
const renderedTerms = new WeakMap<Term, string>();
function termText(term: Term, doc: SlaDocument): string {
  let text = renderedTerms.get(term);
  if (text === undefined) {
    text = formatTermValue(term, doc.language);
    renderedTerms.set(term, text);
  }
  return text;
}

function renderInlines(inlines: readonly Inline[], terms: Map<string, Term>, doc: SlaDocument): string {
  let out = '';
  for (const inline of inlines) {
    if (inline.type === 'text') out += inline.text;
    else {
      const term = terms.get(inline.termId);
      if (term) out += termText(term, doc);
    }
  }
  return out;
}

function blockText(block: Block, terms: Map<string, Term>, doc: SlaDocument): string {
  if (block.type === 'paragraph') return renderInlines(block.content, terms, doc);
  if (block.type === 'list') return block.items.map((item) => renderInlines(item, terms, doc)).join(' ');
  return block.rows.map((row) => row.map((cell) => renderInlines(cell, terms, doc)).join(' ')).join(' ');
}

/**
 * Places a counterparty's document onto our last sent round: clause ids are taken over where the
 * heading, number or text says it is the same clause (so the redline aligns), and every term value
 * is read back from the text at the place where our round showed that term.
 */
export function mapOntoReference(
  built: BuiltDocument,
  referenceDoc: DocSlaDocument,
  warnings: Set<string>,
): MappedDocument {
  const reference = toLegacy(referenceDoc);
  const imported = built.doc;
  const refTerms = new Map(reference.terms.map((term) => [term.id, term]));
  const refNumbers = numberClauses(reference.clauses);
  const refText = reference.clauses.map((clause) =>
    tokens(
      `${clause.heading} ${clause.body.map((block) => blockText(block, refTerms, reference)).join(' ')}`,
    ),
  );
  const importedText = imported.clauses.map((clause) =>
    tokens(
      `${clause.heading} ${clause.body.map((block) => blockText(block, new Map(), imported)).join(' ')}`,
    ),
  );

  const matchOf = new Map<number, number>();
  const taken = new Set<number>();
  const byHeading = new Map<string, number[]>();
  reference.clauses.forEach((clause, index) => {
    const key = normalizeHeading(clause.heading);
    if (key) byHeading.set(key, [...(byHeading.get(key) ?? []), index]);
  });
  imported.clauses.forEach((clause, index) => {
    const candidates = (byHeading.get(normalizeHeading(clause.heading)) ?? []).filter((j) => !taken.has(j));
    if (candidates.length === 0) return;
    const best = candidates.reduce((x, y) =>
      similarity(importedText[index]!, refText[y]!) > similarity(importedText[index]!, refText[x]!) ? y : x,
    );
    matchOf.set(index, best);
    taken.add(best);
  });
  imported.clauses.forEach((clause, index) => {
    if (matchOf.has(index)) return;
    const number = built.numbers.get(clause.id) ?? '';
    const headingTokens = tokens(clause.heading);
    let best = -1;
    let bestScore = 0;
    // Huge documents compare each clause only with the reference clauses around the same position,
    // so a hostile file with thousands of unmatched clauses cannot make this quadratic.
    const expected = Math.round((index * reference.clauses.length) / Math.max(1, imported.clauses.length));
    const window = imported.clauses.length * reference.clauses.length > 250_000 ? 60 : Infinity;
    reference.clauses.forEach((refClause, j) => {
      if (taken.has(j) || Math.abs(j - expected) > window) return;
      let score =
        0.7 * similarity(importedText[index]!, refText[j]!) +
        0.3 * similarity(headingTokens, tokens(refClause.heading));
      if (number && number === refNumbers[j]) score += 0.15;
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    });
    if (best >= 0 && bestScore >= 0.5) {
      matchOf.set(index, best);
      taken.add(best);
    }
  });

  const refIds = new Set(reference.clauses.map((clause) => clause.id));
  const usedIds = new Set<string>();
  const idMap = new Map<string, string>();
  const unmapped: string[] = [];
  const found = new Map<string, Term>();
  const clauses: Clause[] = imported.clauses.map((clause, index) => {
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
    const refClause = reference.clauses[j]!;
    usedIds.add(refClause.id);
    idMap.set(clause.id, refClause.id);
    const body = rereadClause(clause, refClause, refTerms, reference, imported, found, warnings);
    return { ...clause, id: refClause.id, kind: refClause.kind, body };
  });

  // Terms our round does not show in any clause cannot be read from their file: they carry over.
  const shown = new Set(referencedTermIds(reference.clauses));
  const terms = reference.terms.flatMap((term) => {
    const read = found.get(term.id);
    return read ? [read] : shown.has(term.id) ? [] : [term];
  });
  return { doc: { ...imported, clauses, terms }, unmapped, idMap };
}

function rereadClause(
  clause: Clause,
  refClause: Clause,
  refTerms: Map<string, Term>,
  reference: SlaDocument,
  imported: SlaDocument,
  found: Map<string, Term>,
  warnings: Set<string>,
): Block[] {
  const refBlocks = refClause.body;
  const refTokens: (Set<string> | undefined)[] = [];
  const refTokensAt = (j: number) => (refTokens[j] ??= tokens(blockText(refBlocks[j]!, refTerms, reference)));
  let pointer = 0;
  return clause.body.map((block) => {
    const own = tokens(blockText(block, new Map(), imported));
    let best = -1;
    let bestScore = 0.25;
    for (let j = pointer; j < Math.min(refBlocks.length, pointer + 8); j++) {
      const candidate = refBlocks[j]!;
      if (candidate.type !== block.type) continue;
      const score = similarity(own, refTokensAt(j));
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    if (best < 0) return block;
    pointer = best + 1;
    const refBlock = refBlocks[best]!;
    const reread = (refInlines: readonly Inline[], inlines: Inline[]) =>
      rereadInlines(refInlines, inlines, refTerms, reference, imported, found, warnings, clause.heading);
    if (block.type === 'paragraph' && refBlock.type === 'paragraph')
      return { ...block, content: reread(refBlock.content, block.content) };
    if (block.type === 'list' && refBlock.type === 'list')
      return {
        ...block,
        items: block.items.map((item, i) => (refBlock.items[i] ? reread(refBlock.items[i]!, item) : item)),
      };
    if (block.type === 'table' && refBlock.type === 'table') {
      const refFirstCells = refBlock.rows.map((row) =>
        renderInlines(row[0] ?? [], refTerms, reference).trim(),
      );
      return {
        ...block,
        role: refBlock.role,
        rows: block.rows.map((row, r) => {
          // Rows are matched by their first cell ("P1 …"), so an inserted row does not shift the rest.
          const key = inlinesText(row[0] ?? []).trim();
          const byKey = key ? refFirstCells.indexOf(key) : -1;
          const refRow = refBlock.rows[byKey >= 0 ? byKey : r];
          if (!refRow) return row;
          return row.map((cell, c) => (refRow[c] ? reread(refRow[c]!, cell) : cell));
        }),
      };
    }
    return block;
  });
}

function rereadInlines(
  refInlines: readonly Inline[],
  inlines: Inline[],
  refTerms: Map<string, Term>,
  reference: SlaDocument,
  imported: SlaDocument,
  found: Map<string, Term>,
  warnings: Set<string>,
  heading: string,
): Inline[] {
  if (!refInlines.some((inline) => inline.type === 'term')) return inlines;
  let rendered = '';
  const spans: { start: number; end: number; term: Term }[] = [];
  for (const inline of refInlines) {
    if (inline.type === 'text') rendered += inline.text;
    else {
      const term = refTerms.get(inline.termId);
      if (!term) continue;
      const text = termText(term, reference);
      spans.push({ start: rendered.length, end: rendered.length + text.length, term });
      rendered += text;
    }
  }
  const text = inlinesText(inlines);
  // NBSP and thin spaces become plain spaces (same length), so spacing style does not read as a change.
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  // Bounded: a hostile paragraph must not make the import hang (Myers diff is O(N·D)).
  const parts = (rendered.length + text.length <= 100_000
    ? diffWordsWithSpace(plain(rendered), plain(text), { maxEditLength: 4000 })
    : undefined) ?? [
    { value: plain(rendered), removed: true, added: false, count: 1 },
    { value: plain(text), added: true, removed: false, count: 1 },
  ];

  const mapStart = (position: number): number => {
    let a = 0;
    let b = 0;
    for (const part of parts) {
      const length = part.value.length;
      if (part.added) {
        b += length;
        continue;
      }
      if (part.removed) {
        if (position >= a && position < a + length) return b;
        a += length;
        continue;
      }
      if (position >= a && position <= a + length) return b + (position - a);
      a += length;
      b += length;
    }
    return b;
  };

  const out: { start: number; end: number; termId: string }[] = [];
  for (const span of spans) {
    const start = mapStart(span.start);
    const end = Math.max(start, mapStart(span.end));
    const match =
      readValueLike(span.term, text, imported.language, start, false) ??
      (() => {
        const searched = readValueLike(span.term, text, imported.language, Math.max(0, start - 3), true);
        return searched && searched.index <= end + 3 ? searched : null;
      })() ??
      readTextLike(span.term, text, start, end);
    const last = out[out.length - 1];
    if (!match || (last && match.index < last.end)) {
      warnings.add(
        `The value of "${span.term.label}" in "${heading}" could not be read from the Word file; it is kept as text.`,
      );
      continue;
    }
    const previous = found.get(span.term.id);
    if (previous && JSON.stringify(previous) !== JSON.stringify(match.term))
      warnings.add(
        `"${span.term.label}" has different values in different places of the Word file; the first is used.`,
      );
    if (!previous) found.set(span.term.id, match.term);
    out.push({ start: match.index, end: match.index + match.length, termId: span.term.id });
  }
  return spliceTerms(inlines, out);
}

function readTextLike(like: Term, text: string, start: number, end: number) {
  if (like.kind !== 'text' && like.kind !== 'choice') return null;
  const value = text.slice(start, end).trim();
  if (!value) return null;
  if (like.kind === 'choice' && !like.options.includes(value)) return null;
  const index = text.indexOf(value, start);
  return { index, length: value.length, term: { ...like, value } as Term };
}

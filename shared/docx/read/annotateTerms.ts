import { diffWordsWithSpace } from 'diff';
import type { Block, Clause, Inline, Language, TermInline, TextInline } from '../../model/document';
import { isRemovedIn, type View } from '../../model/views';
import type { Term } from '../../model/term';
import { TERM_LIMITS } from '../../model/term';
import { readValueLike } from '../readTermValue';

/**
 * Term annotations on text as written (issue 8, "exactly as written"): a term found in their text
 * becomes term inlines over the very characters it covers (`text`), its value read from those
 * characters in their language. Both views are annotated — the text as accepted and the text before
 * their tracked edits — so a tracked "99.9 → 99.95" is one annotation whose deleted and inserted
 * pieces each keep their origin.
 */

/** One run of inlines of a clause (heading, paragraph, list item, cell paragraph, note, box …). */
export interface TextUnit {
  inlines: readonly Inline[];
  set(next: Inline[]): void;
}

function blockUnits(blocks: Block[], out: TextUnit[]) {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      out.push({ inlines: block.content, set: (next) => (block.content = next) });
      noteUnits(block.content, out);
    } else if (block.type === 'list')
      for (const item of block.items) {
        out.push({ inlines: item.content, set: (next) => (item.content = next) });
        noteUnits(item.content, out);
      }
    else if (block.type === 'table')
      for (const row of block.rows) for (const cell of row.cells) blockUnits(cell.content, out);
    else blockUnits(block.blocks, out);
  }
}

function noteUnits(inlines: readonly Inline[], out: TextUnit[]) {
  for (const inline of inlines) if (inline.type === 'note') blockUnits(inline.body, out);
}

/** The units of a clause in reading order: heading as written first, then the body. */
export function clauseUnits(clause: Clause): TextUnit[] {
  const out: TextUnit[] = [];
  if (clause.headingContent) {
    out.push({ inlines: clause.headingContent, set: (next) => (clause.headingContent = next) });
    noteUnits(clause.headingContent, out);
  } else if (clause.heading) out.push({ inlines: [{ type: 'text', text: clause.heading }], set: () => {} });
  blockUnits(clause.body, out);
  return out;
}

/** Separates units in the joined text; never inside a value, so no term spans two units. */
const SEPARATOR = '\u2029';

export interface JoinedText {
  text: string;
  /** Start offset of each unit in `text`. */
  starts: number[];
}

function joinUnits(units: readonly TextUnit[], textOf: (inlines: readonly Inline[]) => string): JoinedText {
  const starts: number[] = [];
  let text = '';
  for (const unit of units) {
    if (starts.length > 0) text += SEPARATOR;
    starts.push(text.length);
    text += textOf(unit.inlines);
  }
  return { text, starts };
}

/** Text of a unit in a view, as written (term annotations by their text). */
function writtenText(view: View) {
  return (inlines: readonly Inline[]) => {
    let out = '';
    for (const inline of inlines) {
      if (isRemovedIn(view, inline.origin)) continue;
      if (inline.type === 'text') out += inline.text;
      else if (inline.type === 'term' && inline.text) out += inline.text;
    }
    return out;
  };
}

/** A term placed in a reference text: where its characters are, and the term. */
export interface ReferenceSpan {
  start: number;
  end: number;
  term: Term;
}

export interface FoundTerm {
  start: number;
  end: number;
  term: Term;
}

/** NBSP and thin spaces become plain spaces (same length), so spacing style does not read as a change. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Above this many characters a clause is not diffed (Myers is O(N·D)); its values are looked up in place. */
const MAX_DIFF_CHARS = 200_000;

/** Maps positions of `from` to positions of `to` along a word diff of the two. */
function positionMap(from: string, to: string): (position: number) => number {
  if (from === to) return (position) => position;
  const parts = (from.length + to.length <= MAX_DIFF_CHARS
    ? diffWordsWithSpace(plain(from), plain(to), { maxEditLength: 2_000 })
    : undefined) ?? [
    { value: plain(from), removed: true, added: false, count: 1 },
    { value: plain(to), added: true, removed: false, count: 1 },
  ];
  return (position) => {
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
}

function readTextLike(like: Term, text: string, start: number, end: number): FoundTerm | null {
  if (like.kind !== 'text' && like.kind !== 'choice') return null;
  const slice = text.slice(start, end);
  const value = slice.trim();
  if (!value || value.includes(SEPARATOR) || value.length > TERM_LIMITS.textMax) return null;
  if (like.kind === 'choice' && !like.options.includes(value)) return null;
  const at = start + slice.indexOf(value);
  return { start: at, end: at + value.length, term: { ...like, value } as Term };
}

/**
 * Finds each reference span's term in `target` (their text in one view): the reference text is
 * word-diffed against it, the span's start mapped across, and a value of the term's kind read there
 * (or just after: their spacing may differ). Spans that find nothing are returned as missing.
 */
export function locateTerms(
  reference: string,
  spans: readonly ReferenceSpan[],
  target: string,
  language: Language,
): { found: FoundTerm[]; missing: Term[] } {
  const map = positionMap(reference, target);
  const found: FoundTerm[] = [];
  const missing: Term[] = [];
  for (const span of spans) {
    const start = map(span.start);
    const end = Math.max(start, map(span.end));
    const sticky = readValueLike(span.term, target, language, start, false);
    const searched = sticky ? null : readValueLike(span.term, target, language, Math.max(0, start - 3), true);
    const match = sticky
      ? { start: sticky.index, end: sticky.index + sticky.length, term: sticky.term }
      : searched && searched.index <= end + 3 && !target.slice(start, searched.index).includes(SEPARATOR)
        ? { start: searched.index, end: searched.index + searched.length, term: searched.term }
        : readTextLike(span.term, target, start, end);
    const last = found[found.length - 1];
    if (
      !match ||
      (last && match.start < last.end) ||
      target.slice(match.start, match.end).includes(SEPARATOR)
    ) {
      missing.push(span.term);
      continue;
    }
    found.push(match);
  }
  return { found, missing };
}

/** Found terms of the joined text, per unit, in unit-local offsets. */
function perUnit(
  found: readonly FoundTerm[],
  joined: JoinedText,
): { start: number; end: number; termId: string }[][] {
  const out = joined.starts.map(() => [] as { start: number; end: number; termId: string }[]);
  let unit = 0;
  for (const span of found) {
    while (unit + 1 < joined.starts.length && joined.starts[unit + 1]! <= span.start) unit += 1;
    const base = joined.starts[unit]!;
    out[unit]!.push({ start: span.start - base, end: span.end - base, termId: span.term.id });
  }
  return out;
}

type Piece = TextInline | TermInline;

/**
 * Rewrites a unit's inlines so that the characters of each span become term inlines with their
 * text; `accepted` spans count positions in the text as accepted, `original` ones in the text before
 * their edits. A character in both keeps the accepted span's term. Marks and origins stay.
 */
export function annotateInlines(
  inlines: readonly Inline[],
  accepted: readonly { start: number; end: number; termId: string }[],
  original: readonly { start: number; end: number; termId: string }[],
): Inline[] {
  if (accepted.length === 0 && original.length === 0) return [...inlines];
  const out: Inline[] = [];
  let posA = 0;
  let posO = 0;
  let spanA = 0;
  let spanO = 0;
  const termAt = (
    spans: readonly { start: number; end: number; termId: string }[],
    index: number,
    pos: number,
  ) => {
    let i = index;
    while (i < spans.length && spans[i]!.end <= pos) i += 1;
    const span = spans[i];
    return { next: i, termId: span && span.start <= pos && pos < span.end ? span.termId : undefined };
  };
  for (const inline of inlines) {
    if (inline.type !== 'text') {
      out.push(inline);
      continue;
    }
    const inA = !isRemovedIn('accepted', inline.origin);
    const inO = !isRemovedIn('original', inline.origin);
    let pieceStart = 0;
    let pieceTerm: string | undefined;
    const emit = (end: number) => {
      if (end <= pieceStart) return;
      const text = inline.text.slice(pieceStart, end);
      const { type: _type, text: _text, ...rest } = inline;
      const piece: Piece = pieceTerm
        ? { type: 'term', termId: pieceTerm, text, ...rest }
        : { ...inline, text };
      out.push(piece);
    };
    for (let i = 0; i < inline.text.length; i++) {
      let termId: string | undefined;
      if (inA) {
        const at = termAt(accepted, spanA, posA);
        spanA = at.next;
        termId = at.termId;
      }
      if (inO) {
        const at = termAt(original, spanO, posO);
        spanO = at.next;
        termId ??= at.termId;
      }
      if (i === 0) pieceTerm = termId;
      else if (termId !== pieceTerm) {
        emit(i);
        pieceStart = i;
        pieceTerm = termId;
      }
      if (inA) posA += 1;
      if (inO) posO += 1;
    }
    emit(inline.text.length);
  }
  return out;
}

export interface ClauseAnnotation {
  /** Each term found in their text as accepted, by id, with the value read there (the first place). */
  values: Map<string, Term>;
  /** Terms found only in their text before their tracked edits (text they deleted). */
  originalValues: Map<string, Term>;
  /** Terms of the reference not found in either view. */
  missing: Term[];
  /** Terms found with different values in different places. */
  conflicts: Term[];
}

/**
 * Annotates the terms of one clause of theirs: `reference` is the text the spans are placed in
 * (our clause as rendered, or their own accepted text when terms were recognised in it).
 */
export function annotateClause(
  units: readonly TextUnit[],
  reference: string,
  spans: readonly ReferenceSpan[],
  language: Language,
  into: ClauseAnnotation,
): void {
  if (spans.length === 0) return;
  const acceptedText = joinUnits(units, writtenText('accepted'));
  const originalText = joinUnits(units, writtenText('original'));
  const inAccepted = locateTerms(reference, spans, acceptedText.text, language);
  const inOriginal =
    originalText.text === acceptedText.text
      ? { found: [], missing: [] }
      : locateTerms(reference, spans, originalText.text, language);
  const acceptedUnits = perUnit(inAccepted.found, acceptedText);
  const originalUnits = perUnit(inOriginal.found, originalText);
  units.forEach((unit, index) => {
    const a = acceptedUnits[index]!;
    const o = originalText.text === acceptedText.text ? [] : originalUnits[index]!;
    if (a.length > 0 || o.length > 0) unit.set(annotateInlines(unit.inlines, a, o));
  });
  const record = (found: readonly FoundTerm[]) => {
    for (const { term } of found) {
      const previous = into.values.get(term.id);
      if (!previous) into.values.set(term.id, term);
      else if (
        JSON.stringify(previous) !== JSON.stringify(term) &&
        !into.conflicts.some((t) => t.id === term.id)
      )
        into.conflicts.push(term);
    }
  };
  record(inAccepted.found);
  for (const { term } of inOriginal.found)
    if (!into.originalValues.has(term.id)) into.originalValues.set(term.id, term);
  const foundIds = new Set([...inAccepted.found, ...inOriginal.found].map((found) => found.term.id));
  for (const term of inAccepted.missing) if (!foundIds.has(term.id)) into.missing.push(term);
}

export function emptyAnnotation(): ClauseAnnotation {
  return { values: new Map(), originalValues: new Map(), missing: [], conflicts: [] };
}

/** The value each annotated term takes: as accepted, else as before their edits. */
export function annotatedValue(annotation: ClauseAnnotation, id: string): Term | undefined {
  return annotation.values.get(id) ?? annotation.originalValues.get(id);
}

/** Their accepted text of a clause joined (for recognising terms in it). */
export function acceptedClauseText(units: readonly TextUnit[]): JoinedText {
  return joinUnits(units, writtenText('accepted'));
}

export { SEPARATOR as UNIT_SEPARATOR };

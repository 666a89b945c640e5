import {
  DOCUMENT_VERSION,
  mapInlineRuns,
  type Block,
  type Inline,
  type Language,
  type SlaDocument,
  type TermInline,
  type TextInline,
} from '../model/document';
import type { Recognition, RecognitionBlock, RecognitionInput } from './recognition';
import { recogniseTerms } from './recogniseTerms';

/**
 * Customer paper (issue 10 §3): the recogniser sees the document as written; what it finds becomes
 * term annotations on those very characters. The counterparty's text is never rewritten: every run
 * keeps its characters, marks and origin, only split where a value begins or ends.
 *
 * This is the one place that walks a v2 document for the recogniser, so a change of the model is
 * adapted here only.
 */

/** One run of inlines (a paragraph, list item, or a paragraph inside a cell) and where its text starts. */
interface Segment {
  run: readonly Inline[];
  offset: number;
}

/** A text the recogniser reads, made of one or more runs joined by line breaks. */
interface Place {
  segments: Segment[];
}

interface Layout {
  input: RecognitionInput;
  /** `places[clause][block]` for a text block; `[row][col]` inside for a table block. */
  places: (Place | (Place | null)[][])[][];
}

/** Text as shown: deleted pieces (tracked deletions, moved-away text) are not read. */
function visibleText(inline: Inline): string {
  if (inline.origin?.type === 'del' || inline.origin?.type === 'moveFrom') return '';
  if (inline.type === 'text') return inline.text;
  if (inline.type === 'term') return inline.text ?? '';
  return '';
}

function runText(run: readonly Inline[]): string {
  let out = '';
  for (const inline of run) out += visibleText(inline);
  return out;
}

/** Every run of inlines inside blocks (a cell's paragraphs, nested tables and boxes), in order. */
function runsOf(blocks: readonly Block[], out: (readonly Inline[])[] = []): (readonly Inline[])[] {
  for (const block of blocks) {
    if (block.type === 'paragraph') out.push(block.content);
    else if (block.type === 'list') for (const item of block.items) out.push(item.content);
    else if (block.type === 'table')
      for (const row of block.rows) for (const cell of row.cells) runsOf(cell.content, out);
    else runsOf(block.blocks, out);
  }
  return out;
}

function placeOf(runs: readonly (readonly Inline[])[]): { text: string; place: Place } {
  let text = '';
  const segments: Segment[] = [];
  for (const run of runs) {
    if (segments.length > 0) text += '\n';
    segments.push({ run, offset: text.length });
    text += runText(run);
  }
  return { text, place: { segments } };
}

function layoutBlocks(
  blocks: readonly Block[],
  input: RecognitionBlock[],
  places: (Place | (Place | null)[][])[],
): void {
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'list') {
      for (const run of block.type === 'paragraph'
        ? [block.content]
        : block.items.map((item) => item.content)) {
        const { text, place } = placeOf([run]);
        input.push({ type: 'text', text });
        places.push(place);
      }
    } else if (block.type === 'table') {
      const rows: string[][] = [];
      const grid: (Place | null)[][] = [];
      for (const row of block.rows) {
        const texts: string[] = [];
        const cells: (Place | null)[] = [];
        for (const cell of row.cells) {
          const { text, place } = placeOf(runsOf(cell.content));
          texts.push(text);
          cells.push(place);
          // A cell spanning columns stands over each of them: header and column indices stay aligned.
          for (let n = 1; n < (cell.colSpan ?? 1); n++) {
            texts.push('');
            cells.push(null);
          }
        }
        rows.push(texts);
        grid.push(cells);
      }
      input.push({ type: 'table', rows });
      places.push(grid);
    } else layoutBlocks(block.blocks, input, places);
  }
}

function layout(doc: SlaDocument): Layout {
  const places: Layout['places'] = [];
  const clauses = doc.clauses.map((clause) => {
    const blocks: RecognitionBlock[] = [];
    const clausePlaces: Layout['places'][number] = [];
    layoutBlocks(clause.body, blocks, clausePlaces);
    places.push(clausePlaces);
    return { heading: clause.heading, blocks };
  });
  return { input: { language: doc.language, clauses }, places };
}

/** What the recogniser reads of a document: clauses, paragraphs, list items and cells as written. */
export function recognitionInputOf(doc: SlaDocument): RecognitionInput {
  return layout(doc).input;
}

interface Span {
  start: number;
  end: number;
  termId: string;
}

/** Copies the optional run properties, so a split piece keeps the marks and origin it was written with. */
function pieceOf(inline: TextInline, text: string, termId: string | null): TextInline | TermInline {
  const piece: TextInline | TermInline = termId ? { type: 'term', termId, text } : { type: 'text', text };
  if (inline.marks) piece.marks = inline.marks;
  if (inline.origin) piece.origin = inline.origin;
  if (inline.formatChange) piece.formatChange = inline.formatChange;
  return piece;
}

/**
 * Turns the visible characters `[start, end)` of each span into term inlines. A span may cover only
 * plain text; one reaching into an existing term, a note or an object is left out (returns false).
 */
function spanFits(run: readonly Inline[], span: Span): boolean {
  let position = 0;
  for (const inline of run) {
    const length = visibleText(inline).length;
    const overlaps = position < span.end && span.start < position + length;
    if (overlaps && inline.type !== 'text') return false;
    position += length;
  }
  return span.end <= position;
}

function annotateRun(run: readonly Inline[], spans: readonly Span[]): Inline[] {
  const out: Inline[] = [];
  let position = 0;
  let s = 0;
  for (const inline of run) {
    const text = visibleText(inline);
    if (inline.type !== 'text' || text.length === 0) {
      out.push(inline);
      position += text.length;
      continue;
    }
    const end = position + text.length;
    let cursor = position;
    while (cursor < end) {
      while (s < spans.length && spans[s]!.end <= cursor) s++;
      const span = spans[s];
      if (!span || span.start >= end) {
        out.push(pieceOf(inline, text.slice(cursor - position), null));
        cursor = end;
      } else if (span.start > cursor) {
        out.push(pieceOf(inline, text.slice(cursor - position, span.start - position), null));
        cursor = span.start;
      } else {
        const stop = Math.min(span.end, end);
        out.push(pieceOf(inline, text.slice(cursor - position, stop - position), span.termId));
        cursor = stop;
      }
    }
    position = end;
  }
  return out;
}

export interface AnnotatedDocument {
  document: SlaDocument;
  /** Recognised terms that could not be placed on the text (a value across a line break or a field). */
  unplaced: string[];
}

/**
 * The document with each recognised value as a term annotation (`TermInline` with `text` exactly as
 * written) and the typed terms appended. `recognition` must come from `recognitionInputOf(doc)`.
 * Terms the document already has keep their value; a recognised term of the same id is left out.
 */
export function annotateDocument(doc: SlaDocument, recognition: Recognition): AnnotatedDocument {
  const { places } = layout(doc);
  const known = new Set(doc.terms.map((term) => term.id));
  const spansByRun = new Map<readonly Inline[], Span[]>();
  const added: SlaDocument['terms'] = [];
  const unplaced: string[] = [];
  for (const found of recognition.terms) {
    if (known.has(found.term.id)) continue;
    const entry = places[found.clause]?.[found.block];
    const place = Array.isArray(entry)
      ? (entry[found.row ?? -1]?.[found.col ?? -1] ?? null)
      : (entry ?? null);
    let segment: Segment | undefined;
    for (const candidate of place?.segments ?? []) if (candidate.offset <= found.start) segment = candidate;
    const span = segment && {
      start: found.start - segment.offset,
      end: found.end - segment.offset,
      termId: found.term.id,
    };
    if (!segment || !span || !spanFits(segment.run, span)) {
      unplaced.push(found.term.id);
      continue;
    }
    const spans = spansByRun.get(segment.run) ?? [];
    spans.push(span);
    spansByRun.set(segment.run, spans);
    added.push(found.term);
    known.add(found.term.id);
  }
  for (const spans of spansByRun.values()) spans.sort((a, b) => a.start - b.start);
  const annotate = (run: Inline[]) => {
    const spans = spansByRun.get(run);
    return spans ? annotateRun(run, spans) : run;
  };
  const document: SlaDocument = {
    ...doc,
    clauses: doc.clauses.map((clause) => ({ ...clause, body: mapInlineRuns(clause.body, annotate) })),
    terms: [...doc.terms, ...added],
  };
  return { document, unplaced };
}

/** Recognises the terms of a customer's document and annotates them: the one call for every caller. */
export function recogniseDocument(doc: SlaDocument): AnnotatedDocument & { recognition: Recognition } {
  const recognition = recogniseTerms(recognitionInputOf(doc));
  return { ...annotateDocument(doc, recognition), recognition };
}

/**
 * The reference to import a customer's Word file against so that it is read exactly as written: no
 * clause to map onto and no term to re-read, so no value is replaced by a generic term.
 */
export function asWrittenReference(language: Language = 'en'): SlaDocument {
  return {
    version: DOCUMENT_VERSION,
    title: '',
    language,
    parties: { provider: '', customer: '' },
    clauses: [],
    terms: [],
  };
}

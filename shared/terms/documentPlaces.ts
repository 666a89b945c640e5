import type { Cue, CueHit, ComparatorRead } from './lexicon';
import { comparatorAfter, comparatorBefore, everyBefore } from './lexicon';
import type { PriorityMention } from './priorities';
import type { RecognitionInput } from './recognition';
import type { ValueMention } from './scanValues';
import type { RecognitionLanguage } from './termCatalog';
import {
  buildTextUnit,
  hitsIn,
  mentionsIn,
  segmentOf,
  sentenceOf,
  unitHas,
  type TextUnit,
} from './textUnits';

/**
 * The document as the recogniser sees it: every paragraph, list item and table cell as a text unit,
 * with what surrounds it — the clause heading, the paragraph that introduces a list, a cell's row label
 * and column header — and the questions asked about one value in that setting.
 */

// ---------------------------------------------------------------------------------------------------
// The document as units with their surroundings

export interface ClauseInfo {
  index: number;
  heading: TextUnit;
}

export interface TableInfo {
  cells: TextUnit[][];
  headerRows: number;
  /** Header cells of each column (the first rows without values). */
  colHeader: TextUnit[][];
  /** Cue words of the whole table's headers and first column. */
  wide: ReadonlySet<Cue>;
}

export interface Place {
  unit: TextUnit;
  clause: ClauseInfo;
  /** The paragraph ending in ":" that introduces this list item or table. */
  intro?: TextUnit;
  table?: TableInfo;
  isHeader?: boolean;
  /** Document order of the unit. */
  order: number;
}

export interface ReadDocument {
  places: Place[];
}

const MAX_INTRO_GAP = 20;
const BARE_LEVEL = /^\s*(\d|[A-E]|I{1,3}|IV|V)\s*$/;
const BARE_ORDINAL: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
};
for (let digit = 0; digit <= 9; digit++) BARE_ORDINAL[String(digit)] = digit;

export function readDocument(input: RecognitionInput, language: RecognitionLanguage): ReadDocument {
  const places: Place[] = [];
  input.clauses.forEach((clause, c) => {
    const info: ClauseInfo = {
      index: c,
      heading: buildTextUnit(clause.heading, language, { clause: c, block: -1 }),
    };
    let intro: TextUnit | undefined;
    let sinceIntro = 0;
    clause.blocks.forEach((block, b) => {
      sinceIntro++;
      if (sinceIntro > MAX_INTRO_GAP) intro = undefined;
      if (block.type === 'text') {
        const unit = buildTextUnit(block.text, language, { clause: c, block: b });
        places.push({ unit, clause: info, intro, order: places.length });
        const trimmed = block.text.trim();
        if (trimmed.endsWith(':')) {
          intro = unit;
          sinceIntro = 0;
        } else if (trimmed.length > 400) intro = undefined;
        return;
      }
      const cells = block.rows.map((row, r) =>
        row.map((text, col) => buildTextUnit(text, language, { clause: c, block: b, row: r, col })),
      );
      const hasValue = (unit: TextUnit) => unit.mentions.some((m) => m.kind !== 'number');
      // Header rows come first, carry words and no values ("Priority | Response | Resolution").
      const isHeaderRow = (row: TextUnit[]) =>
        !row.some(hasValue) && row.some((cell) => /\p{L}/u.test(cell.text));
      let headerRows = 0;
      while (headerRows < Math.min(2, cells.length - 1) && isHeaderRow(cells[headerRows]!)) headerRows++;
      const width = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
      const colHeader = Array.from({ length: width }, (_, col) =>
        cells.slice(0, headerRows).flatMap((row) => (row[col] ? [row[col]!] : [])),
      );
      const wide = new Set<Cue>();
      for (const row of cells.slice(0, headerRows))
        for (const cell of row) for (const cue of cell.cueSet) wide.add(cue);
      for (const row of cells.slice(headerRows))
        if (row[0] && !hasValue(row[0])) for (const cue of row[0].cueSet) wide.add(cue);
      const table: TableInfo = { cells, headerRows, colHeader, wide };
      // A priority column of bare numbers or letters ("Priorität | … " then "1", "2", "A"): each is a label.
      for (const row of cells.slice(headerRows))
        row.forEach((cell, col) => {
          const bare = BARE_LEVEL.exec(cell.text);
          if (!bare || !colHeader[col]?.some((header) => header.cueSet.has('priority'))) return;
          const start = cell.text.indexOf(bare[1]!);
          cell.labels.push({ start, end: start + bare[1]!.length, ordinal: BARE_ORDINAL[bare[1]!]! });
        });
      cells.forEach((row, r) =>
        row.forEach((unit) =>
          places.push({ unit, clause: info, intro, table, isHeader: r < headerRows, order: places.length }),
        ),
      );
    });
  });
  return { places };
}

/** Cells of the same row without values of their own: what the row is about ("P1 – Critical", "Availability"). */
export function rowLabels(place: Place): TextUnit[] {
  const table = place.table;
  if (!table || place.unit.row === undefined || place.isHeader) return [];
  const row = table.cells[place.unit.row]!;
  return row.filter(
    (cell) =>
      cell !== place.unit && !cell.mentions.some((m) => m.kind !== 'number') && cell.text.trim().length > 0,
  );
}

export function columnHeader(place: Place): TextUnit[] {
  if (!place.table || place.unit.col === undefined || place.isHeader) return [];
  return place.table.colHeader[place.unit.col] ?? [];
}

/** Priority labels that count: strong ones anywhere, names alone only where priorities are the topic. */
const relevantCache = new WeakMap<Place, PriorityMention[]>();

export function relevantLabels(place: Place): PriorityMention[] {
  const known = relevantCache.get(place);
  if (known) return known;
  const labels = relevantLabelsOf(place);
  relevantCache.set(place, labels);
  return labels;
}

function relevantLabelsOf(place: Place): PriorityMention[] {
  const topical =
    place.unit.cueSet.has('priority') ||
    place.clause.heading.cueSet.has('priority') ||
    place.clause.heading.cueSet.has('incident') ||
    Boolean(place.intro?.cueSet.has('priority')) ||
    Boolean(
      place.table &&
      (place.table.wide.has('priority') ||
        place.table.wide.has('response') ||
        place.table.wide.has('restore') ||
        place.table.wide.has('resolve')),
    );
  return place.unit.labels.filter((label) => !label.weak || topical);
}

// ---------------------------------------------------------------------------------------------------
// Context of one value

/** How close a cue is to a value: the higher, the closer. */
export const SEGMENT = 5;
export const SENTENCE = 4;
export const CELL_HEADER = 4;
export const BLOCK = 3;
export const INTRO = 2;
export const HEADING = 1;

export class ValueContext {
  readonly sentence: [number, number];
  readonly segment: [number, number];
  readonly rowLabel: TextUnit[];
  readonly colHeader: TextUnit[];
  private comparatorRead?: ComparatorRead | null;

  constructor(
    readonly place: Place,
    readonly m: ValueMention,
  ) {
    this.sentence = sentenceOf(place.unit, m.start);
    this.segment = segmentOf(place.unit, m.start, this.sentence);
    this.rowLabel = rowLabels(place);
    this.colHeader = columnHeader(place);
  }

  get unit(): TextUnit {
    return this.place.unit;
  }

  /** The closest place a cue occurs: segment, sentence, table header, block, intro, heading (0: nowhere). */
  private readonly places = new Map<Cue, number>();

  where(cue: Cue): number {
    let known = this.places.get(cue);
    if (known === undefined) {
      known = this.whereOf(cue);
      this.places.set(cue, known);
    }
    return known;
  }

  private whereOf(cue: Cue): number {
    if (hitsIn(this.unit, this.segment, cue).length) return SEGMENT;
    if (hitsIn(this.unit, this.sentence, cue).length) return SENTENCE;
    if (unitHas(this.colHeader, cue) || unitHas(this.rowLabel, cue)) return CELL_HEADER;
    if (this.unit.cueSet.has(cue) || this.place.table?.wide.has(cue)) return BLOCK;
    if (this.place.intro?.cueSet.has(cue)) return INTRO;
    if (this.place.clause.heading.cueSet.has(cue)) return HEADING;
    return 0;
  }

  /**
   * The segment, widened to the label before a colon when nothing else stands between them
   * ("Einmaliges Bereitstellungsentgelt: 1.500,00 EUR", "Monthly Charge: £2,150.00").
   */
  get labelled(): [number, number] {
    const head = this.unit.text.slice(this.sentence[0], this.m.start);
    const colon = this.sentence[0] + head.lastIndexOf(':');
    if (colon < this.sentence[0] || this.valueBetween(colon, this.m.start)) return this.segment;
    let start = this.sentence[0];
    const label = head.slice(0, colon - this.sentence[0]);
    for (const mark of [';', '|', ':']) {
      const at = label.lastIndexOf(mark);
      if (at >= 0 && this.sentence[0] + at + 1 > start) start = this.sentence[0] + at + 1;
    }
    if (this.valueBetween(start, colon)) return this.segment;
    return [start, this.segment[1]];
  }

  inLabelled(cue: Cue): boolean {
    return hitsIn(this.unit, this.labelled, cue).length > 0;
  }

  inSegment(cue: Cue): boolean {
    return hitsIn(this.unit, this.segment, cue).length > 0;
  }

  inSentence(cue: Cue): boolean {
    return hitsIn(this.unit, this.sentence, cue).length > 0;
  }

  /** In the sentence, or — for a cell — in its row label or column header. */
  local(cue: Cue): boolean {
    return this.where(cue) >= SENTENCE;
  }

  hits(range: 'segment' | 'sentence', cue?: Cue): CueHit[] {
    return hitsIn(this.unit, range === 'segment' ? this.segment : this.sentence, cue);
  }

  get comparator(): ComparatorRead | null {
    if (this.comparatorRead === undefined)
      this.comparatorRead = comparatorBefore(this.unit.text, this.m.start, this.sentence[0]);
    return this.comparatorRead;
  }

  /** A column or row header that ends in a comparator ("Monthly availability below", "Verfügbarkeit unter"). */
  get headerComparator(): ComparatorRead | null {
    for (const unit of [...this.colHeader.slice(-1), ...this.rowLabel.slice(0, 1)]) {
      const text = unit.text.trimEnd();
      const read = comparatorBefore(text + ' ', text.length + 1, 0);
      if (read) return read;
    }
    return null;
  }

  get comparatorAfter() {
    return comparatorAfter(this.unit.text, this.m.end, this.sentence[1]);
  }

  private everyRead?: boolean;
  get every(): boolean {
    this.everyRead ??= everyBefore(this.unit.text, this.m.start, this.sentence[0]);
    return this.everyRead;
  }

  /** Text of the segment after the value (up to `max` characters). */
  after(max = 60): string {
    return this.unit.text.slice(this.m.end, Math.min(this.segment[1], this.m.end + max));
  }

  afterInSentence(max = 80): string {
    return this.unit.text.slice(this.m.end, Math.min(this.sentence[1], this.m.end + max));
  }

  before(max = 60): string {
    return this.unit.text.slice(Math.max(this.segment[0], this.m.start - max), this.m.start);
  }

  /** A cue right after the value, with no other value in between ("5 % of the monthly fee", "24 hours a day"). */
  followedBy(cue: Cue, within = 40): boolean {
    return this.hits('sentence', cue).some(
      (hit) =>
        hit.start >= this.m.end &&
        hit.start - this.m.end <= within &&
        !this.valueBetween(this.m.end, hit.start),
    );
  }

  /** A cue right before the value, with no other value in between ("Monthly fee: EUR 4,200"). */
  precededBy(cue: Cue, within = 40): boolean {
    return this.hits('sentence', cue).some(
      (hit) =>
        hit.end <= this.m.start &&
        this.m.start - hit.end <= within &&
        !this.valueBetween(hit.end, this.m.start),
    );
  }

  valueBetween(from: number, to: number): boolean {
    return mentionsIn(this.unit, [from, to]).some((other) => other !== this.m && other.kind !== 'number');
  }
}

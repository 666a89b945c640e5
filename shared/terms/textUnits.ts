import { findCues, type Cue, type CueHit } from './lexicon';
import { findPriorityLabels, type PriorityMention } from './priorities';
import { scanValues, type ValueMention } from './scanValues';
import type { NumberLanguage } from './parseNumber';

/**
 * One text the recogniser reads — a paragraph, a list item or a table cell — with everything found in
 * it once: values, cue words, priority labels, sentence and segment bounds. Context questions ("is there
 * a credit word in this sentence?") are answered from these lists, never by searching the text again.
 */
export interface TextUnit {
  clause: number;
  block: number;
  row?: number;
  col?: number;
  text: string;
  mentions: ValueMention[];
  cues: CueHit[];
  cueSet: ReadonlySet<Cue>;
  labels: PriorityMention[];
  /** [start, end) of each sentence, in order, covering the text. */
  sentences: [number, number][];
  /** Positions where a segment (a part of a sentence between commas, semicolons, "and" …) starts. */
  breaks: number[];
}

const ABBREVIATIONS = new Set(
  (
    'z b u a bzw ca nr abs art std min max mio mrd tsd gem ggf inkl zzgl evtl vgl bspw usw etc e g i eg ie ' +
    'approx no nos incl excl sec cf vs st dr fa jew lit s p sog d h mo di mi do fr sa so mon tue wed thu fri ' +
    'sat sun jan feb mär apr jun jul aug sep sept okt oct nov dez dec co ltd inc corp ziff bzgl ua uu vh sek ' +
    'tg stdn pct fig abb anl kap bzgl. resp approx ff mind tel'
  ).split(' '),
);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return /\d/.test(text[dot - 1] ?? '');
  // "4 h. Resolution …", "30 Min. Danach …": a unit after a number ends the sentence.
  if (
    /^(?:h|min|std|sek|sec|hrs?|mins)$/.test(word) &&
    /\d[ \u00a0]*$/.test(text.slice(Math.max(0, i - 3), i + 1))
  )
    return false;
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/** Sentence bounds: `.`, `!`, `?` before a capital or digit (not after an abbreviation or a number), and line breaks. */
export function sentenceRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const boundary = /[.!?]+(?=[\s\u00a0]+["„“(]?[\p{Lu}\d§])|\n+/gu;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    if (match[0][0] === '.' && endsWithAbbreviation(text, match.index)) continue;
    const end = match.index + match[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < text.length || out.length === 0) out.push([start, text.length]);
  return out.some(([a, b]) => b - a > MAX_SENTENCE) ? out.flatMap(splitLong(text)) : out;
}

/**
 * No sentence is longer than this for the recogniser: a text without full stops (hostile, or a table
 * flattened into one paragraph) would otherwise make every value look at every word of the text.
 */
const MAX_SENTENCE = 2_000;

function splitLong(text: string): (range: [number, number]) => [number, number][] {
  return ([a, b]) => {
    const out: [number, number][] = [];
    while (b - a > MAX_SENTENCE) {
      const space = text.lastIndexOf(' ', a + MAX_SENTENCE);
      const cut = space > a + MAX_SENTENCE / 2 ? space + 1 : a + MAX_SENTENCE;
      out.push([a, cut]);
      a = cut;
    }
    out.push([a, b]);
    return out;
  };
}

/** Segment starts: after `,` `;` `:` (not inside a number), dashes between spaces, and clause-joining words. */
export function segmentBreaks(text: string): number[] {
  const out: number[] = [];
  const pattern =
    /[;:|](?!\d)|,(?!\d)|\.(?=[ \u00a0]+\p{Lu})|[ \u00a0][–—-][ \u00a0]|[ \u00a0](?:and|und|sowie|or|oder|while|whereas|während|wobei|but|aber)[ \u00a0]/giu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    out.push(match.index + match[0].length);
  return out;
}

export function buildTextUnit(
  text: string,
  language: NumberLanguage,
  where: { clause: number; block: number; row?: number; col?: number },
): TextUnit {
  const mentions = scanValues(text, language);
  // A cue inside a value ("month" in "3 months") says nothing about the value's topic.
  const spans = mentions.filter((m) => m.kind !== 'number');
  let next = 0;
  const cues = findCues(text).filter((hit) => {
    while (next < spans.length && spans[next]!.end <= hit.start) next++;
    const span = spans[next];
    return !(span && hit.start >= span.start && hit.end <= span.end);
  });
  const cueSet = new Set(cues.map((hit) => hit.cue));
  return {
    ...where,
    text,
    mentions,
    cues,
    cueSet,
    // Labels need a priority word or name; most paragraphs have none, so they are not searched.
    labels: cueSet.has('priorityLabel') ? findPriorityLabels(text) : [],
    sentences: sentenceRanges(text),
    breaks: segmentBreaks(text),
  };
}

/** First index in a sorted list whose key is >= `at` (lists are sorted once, queried per value). */
function lowerBound<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sentenceOf(unit: TextUnit, at: number): [number, number] {
  const index = lowerBound(unit.sentences, at + 1, (range) => range[1]);
  return unit.sentences[Math.min(index, unit.sentences.length - 1)]!;
}

export function segmentOf(unit: TextUnit, at: number, sentence: [number, number]): [number, number] {
  const next = lowerBound(unit.breaks, at + 1, (brk) => brk);
  const before = next > 0 ? unit.breaks[next - 1]! : -1;
  const after = next < unit.breaks.length ? unit.breaks[next]! : Infinity;
  return [Math.max(sentence[0], before), Math.min(sentence[1], after)];
}

export function hitsIn(unit: TextUnit, range: readonly [number, number], cue?: Cue): CueHit[] {
  const out: CueHit[] = [];
  for (let i = lowerBound(unit.cues, range[0], (hit) => hit.start); i < unit.cues.length; i++) {
    const hit = unit.cues[i]!;
    if (hit.start >= range[1]) break;
    if (hit.end <= range[1] && (!cue || hit.cue === cue)) out.push(hit);
  }
  return out;
}

/** The values wholly inside `range`, found by bisection (texts can be long). */
export function mentionsIn(unit: TextUnit, range: readonly [number, number]): ValueMention[] {
  const out: ValueMention[] = [];
  for (let i = lowerBound(unit.mentions, range[0], (m) => m.start); i < unit.mentions.length; i++) {
    const m = unit.mentions[i]!;
    if (m.start >= range[1]) break;
    if (m.end <= range[1]) out.push(m);
  }
  return out;
}

/** The priority labels wholly inside `range`. */
export function labelsIn(unit: TextUnit, range: readonly [number, number]): PriorityMention[] {
  const out: PriorityMention[] = [];
  for (let i = lowerBound(unit.labels, range[0], (m) => m.start); i < unit.labels.length; i++) {
    const m = unit.labels[i]!;
    if (m.start >= range[1]) break;
    if (m.end <= range[1]) out.push(m);
  }
  return out;
}

/** The last priority label that ends at or before `at`. */
export function labelBefore(unit: TextUnit, at: number): PriorityMention | undefined {
  let found: PriorityMention | undefined;
  for (let i = lowerBound(unit.labels, at, (m) => m.start) - 1; i >= 0; i--) {
    const m = unit.labels[i]!;
    if (m.end <= at) {
      found = m;
      break;
    }
  }
  return found;
}

export function unitHas(units: readonly (TextUnit | undefined)[], cue: Cue): boolean {
  return units.some((unit) => unit?.cueSet.has(cue));
}

/**
 * The supply is what is available: they overlap ("Stromverfügbarkeit"), stand side by side ("power
 * availability") or are joined by small words ("Verfügbarkeit der Stromversorgung").
 */
export function boundTo(text: string, availability: CueHit, supply: CueHit): boolean {
  if (supply.start < availability.end && availability.start < supply.end) return true;
  // "power availability", "Netz-Verfügbarkeit", "the uplink is available".
  if (supply.end <= availability.start)
    return /^(?:[\s\u00a0-]*|[\s\u00a0]+(?:is|are|remains|stays|ist|sind|bleibt|bleiben)[\s\u00a0]+)$/iu.test(
      text.slice(supply.end, availability.start),
    );
  return /^(?:[\s\u00a0]+(?:of|for|der|des|für|von|vom|the|die|das|dem|den|its|their|ihrer|seiner|seines|ihres|an))*[\s\u00a0]+$/iu.test(
    text.slice(availability.end, supply.start),
  );
}

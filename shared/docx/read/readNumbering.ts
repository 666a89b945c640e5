import type { ListLevel, NumberFormat } from '../../model/document';
import { childElements, firstChild, type XmlElement } from './parseXml';
import type { WordStyles } from './readStyles';

/** The label Word's automatic numbering shows for one paragraph (ECMA-376 §17.9). */
export interface NumberedLabel {
  /** As shown: `3.`, `3.1`, `a)`, `(iv)`, `•`. Empty for the format `none` without text. */
  text: string;
  format: NumberFormat;
  bullet: boolean;
  /**
   * Paragraphs with the same key belong to one list. It is the abstract numbering: LibreOffice writes
   * a restart instance (`w:num`) for a list's first item and another for the rest.
   */
  list: string;
  level: number;
  /** The list's levels as defined (index = level). */
  levels: ListLevel[];
}

export interface Numbering {
  /**
   * The label of the next paragraph with this numbering, in document order. With `advance: false`
   * the counters stay as they are (a paragraph that is not there in the text as accepted).
   */
  next(numId: string, ilvl: number, advance?: boolean): NumberedLabel | undefined;
}

interface LevelDef {
  start: number;
  /** Word's numFmt as written. */
  numFmt: string;
  text: string;
  isLgl: boolean;
}

interface NumDef {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, LevelDef>;
}

const MAX_START = 100_000;
const MAX_LABEL = 100;

function readLevel(lvl: XmlElement): LevelDef {
  const start = Number(firstChild(lvl, 'w:start')?.attrs['w:val'] ?? '1');
  return {
    start: Number.isInteger(start) && start >= 0 && start <= MAX_START ? start : 1,
    numFmt: firstChild(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
    text: (firstChild(lvl, 'w:lvlText')?.attrs['w:val'] ?? '').slice(0, MAX_LABEL),
    isLgl: firstChild(lvl, 'w:isLgl') !== undefined,
  };
}

function levelIndex(element: XmlElement): number | undefined {
  const index = Number(element.attrs['w:ilvl'] ?? '0');
  return Number.isInteger(index) && index >= 0 && index <= 8 ? index : undefined;
}

/** The model's name for Word's number formats; formats it has no name for count as decimal. */
export function numberFormatOf(numFmt: string): NumberFormat {
  switch (numFmt) {
    case 'lowerLetter':
    case 'upperLetter':
    case 'lowerRoman':
    case 'upperRoman':
    case 'bullet':
    case 'none':
      return numFmt;
    default:
      return 'decimal';
  }
}

function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let out = '';
  for (const [n, s] of table)
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  return out;
}

/** Word's letters: a … z, then aa … zz, then aaa … (the letter repeated, not a base-26 number). */
function toLetters(value: number): string {
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

const ORDINAL_SUFFIX = (value: number) => {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
};

export function formatCounter(value: number, numFmt: string): string {
  switch (numFmt) {
    case 'lowerLetter':
      return value >= 1 && value <= 26 * 8 ? toLetters(value) : String(value);
    case 'upperLetter':
      return value >= 1 && value <= 26 * 8 ? toLetters(value).toUpperCase() : String(value);
    case 'lowerRoman':
      return value >= 1 && value < 4000 ? toRoman(value) : String(value);
    case 'upperRoman':
      return value >= 1 && value < 4000 ? toRoman(value).toUpperCase() : String(value);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'ordinal':
      return `${value}${ORDINAL_SUFFIX(value)}`;
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/**
 * Bullets in Word files are often characters of the Symbol or Wingdings font, stored in the private
 * use area; shown as the bullet a reader sees.
 */
const SYMBOL_BULLETS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf0a7': '▪',
  '\uf06e': '■',
  '\uf0d8': '➢',
  '\uf0fc': '✓',
  '\uf076': '❖',
  '\uf0a8': '◆',
  '\uf02d': '-',
};

function bulletText(text: string): string {
  if (text === '') return '•';
  return [...text].map((ch) => SYMBOL_BULLETS[ch] ?? (/[\ue000-\uf8ff]/.test(ch) ? '•' : ch)).join('');
}

/**
 * Word's automatic numbering from numbering.xml: yields the label of each numbered paragraph in
 * document order, so "3. Availability" is read the same whether the "3." is typed or generated.
 * Counters belong to the abstract numbering, so a list interrupted by other text continues; a
 * `w:num` with `w:startOverride` restarts its levels the first time it is used.
 */
export function readNumbering(root: XmlElement | null, styles: WordStyles): Numbering {
  return readNumberingDefinitions(root, styles)();
}

/**
 * numbering.xml read once; each call of the result starts a fresh numbering (counters anew) over
 * the same definitions. The body, each clause, header, footer and note count on their own, so a
 * file asks for hundreds; reading the definitions for each was a tenth of a 100-page file's read.
 */
export function readNumberingDefinitions(root: XmlElement | null, styles: WordStyles): () => Numbering {
  const abstracts = new Map<string, { levels: Map<number, LevelDef>; styleLink?: string }>();
  const nums = new Map<string, NumDef>();
  if (root) {
    for (const abstract of childElements(root, 'w:abstractNum')) {
      const id = abstract.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      const levels = new Map<number, LevelDef>();
      for (const lvl of childElements(abstract, 'w:lvl')) {
        const index = levelIndex(lvl);
        if (index !== undefined) levels.set(index, readLevel(lvl));
      }
      const styleLink = firstChild(abstract, 'w:numStyleLink')?.attrs['w:val'];
      abstracts.set(id, styleLink ? { levels, styleLink } : { levels });
    }
    for (const num of childElements(root, 'w:num')) {
      const id = num.attrs['w:numId'];
      const abstractId = firstChild(num, 'w:abstractNumId')?.attrs['w:val'];
      if (id === undefined || abstractId === undefined) continue;
      const starts = new Map<number, number>();
      const levels = new Map<number, LevelDef>();
      for (const override of childElements(num, 'w:lvlOverride')) {
        const index = levelIndex(override);
        if (index === undefined) continue;
        const start = Number(firstChild(override, 'w:startOverride')?.attrs['w:val']);
        if (Number.isInteger(start) && start >= 0 && start <= MAX_START) starts.set(index, start);
        const lvl = firstChild(override, 'w:lvl');
        if (lvl) levels.set(index, readLevel(lvl));
      }
      nums.set(id, { abstractId, starts, levels });
    }
  }

  /** A numbering style (`w:numStyleLink`) points at the list its style uses; followed once. */
  const abstractOf = (num: NumDef): string => {
    const abstract = abstracts.get(num.abstractId);
    if (abstract?.styleLink) {
      const linked = styles.paragraph(abstract.styleLink)?.numId;
      const target = linked !== undefined ? nums.get(linked) : undefined;
      if (target && abstracts.has(target.abstractId) && !abstracts.get(target.abstractId)!.styleLink)
        return target.abstractId;
    }
    return num.abstractId;
  };

  return () => countNumbering(nums, abstracts, abstractOf);
}

function countNumbering(
  nums: ReadonlyMap<string, NumDef>,
  abstracts: ReadonlyMap<string, { levels: Map<number, LevelDef>; styleLink?: string }>,
  abstractOf: (num: NumDef) => string,
): Numbering {
  const counters = new Map<string, (number | undefined)[]>();
  const pendingStarts = new Map<string, Map<number, number>>();
  const usedNums = new Set<string>();

  return {
    next(numId, ilvl, advance = true) {
      if (numId === '0') return undefined;
      const num = nums.get(numId);
      if (!num) return undefined;
      const abstractId = abstractOf(num);
      const abstractLevels = abstracts.get(abstractId)?.levels;
      if (!abstractLevels) return undefined;
      const levelAt = (i: number) => num.levels.get(i) ?? abstractLevels.get(i);
      const level = levelAt(ilvl);
      if (!level) return undefined;

      let counter = counters.get(abstractId) ?? [];
      let pending = pendingStarts.get(abstractId) ?? new Map<number, number>();
      if (!advance) {
        counter = [...counter];
        pending = new Map(pending);
      }
      if (!usedNums.has(numId) && num.starts.size > 0) {
        for (const [i, start] of num.starts) {
          pending.set(i, start);
          counter[i] = undefined;
        }
      }
      for (let i = 0; i < ilvl; i++)
        if (counter[i] === undefined) counter[i] = pending.get(i) ?? levelAt(i)?.start ?? 1;
      const current = counter[ilvl];
      counter[ilvl] = current === undefined ? (pending.get(ilvl) ?? level.start) : current + 1;
      pending.delete(ilvl);
      counter.length = ilvl + 1;
      if (advance) {
        usedNums.add(numId);
        counters.set(abstractId, counter);
        pendingStarts.set(abstractId, pending);
      }

      const format = numberFormatOf(level.numFmt);
      const text =
        level.numFmt === 'bullet'
          ? bulletText(level.text)
          : level.text.replace(/%([1-9])/g, (_, digit: string) => {
              const index = Number(digit) - 1;
              const at = levelAt(index);
              const value = counter[index] ?? at?.start ?? 1;
              return formatCounter(value, level.isLgl ? 'decimal' : (at?.numFmt ?? 'decimal'));
            });
      const levels: ListLevel[] = [];
      for (let i = 0; i <= 8; i++) {
        const def = levelAt(i);
        if (!def) break;
        levels.push({
          format: numberFormatOf(def.numFmt),
          pattern: def.numFmt === 'bullet' ? bulletText(def.text) : def.text,
          start: num.starts.get(i) ?? def.start,
        });
      }
      return {
        text: (level.numFmt === 'none' ? text.trim() : text).slice(0, MAX_LABEL),
        format,
        bullet: level.numFmt === 'bullet',
        list: abstractId,
        level: ilvl,
        levels,
      };
    },
  };
}

import { childElements, firstChild, type XmlElement } from './parseXml';

export interface ResolvedStyle {
  name: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  bold: boolean;
}

/** Paragraph styles from styles.xml, with `basedOn` inheritance resolved. */
export function readStyles(
  root: XmlElement | null,
): (styleId: string | undefined) => ResolvedStyle | undefined {
  const raw = new Map<string, XmlElement>();
  if (root)
    for (const style of childElements(root, 'w:style')) {
      const id = style.attrs['w:styleId'];
      if (id && (style.attrs['w:type'] ?? 'paragraph') === 'paragraph') raw.set(id, style);
    }
  const cache = new Map<string, ResolvedStyle>();

  function resolve(id: string, depth: number): ResolvedStyle | undefined {
    const cached = cache.get(id);
    if (cached) return cached;
    const style = raw.get(id);
    if (!style) return undefined;
    const basedOn = firstChild(style, 'w:basedOn')?.attrs['w:val'];
    // Style chains in real files are short; the depth bound stops cycles in hostile ones.
    const parent = basedOn && depth < 16 && basedOn !== id ? resolve(basedOn, depth + 1) : undefined;
    const pPr = firstChild(style, 'w:pPr');
    const rPr = firstChild(style, 'w:rPr');
    const resolved: ResolvedStyle = {
      name: firstChild(style, 'w:name')?.attrs['w:val'] ?? id,
      bold: parent?.bold ?? false,
    };
    const outline = firstChild(pPr, 'w:outlineLvl')?.attrs['w:val'] ?? parent?.outlineLvl?.toString();
    if (outline !== undefined && /^\d$/.test(outline)) resolved.outlineLvl = Number(outline);
    const numPr = firstChild(pPr, 'w:numPr');
    const numId = firstChild(numPr, 'w:numId')?.attrs['w:val'] ?? parent?.numId;
    if (numId !== undefined) resolved.numId = numId;
    const ilvl = firstChild(numPr, 'w:ilvl')?.attrs['w:val'] ?? parent?.ilvl?.toString();
    if (ilvl !== undefined && /^\d$/.test(ilvl)) resolved.ilvl = Number(ilvl);
    const bold = firstChild(rPr, 'w:b');
    if (bold) resolved.bold = !['0', 'false', 'off'].includes(bold.attrs['w:val'] ?? 'true');
    cache.set(id, resolved);
    return resolved;
  }

  return (styleId) => (styleId ? resolve(styleId, 0) : undefined);
}

interface LevelDef {
  start: number;
  format: string;
  text: string;
}

export interface NumberLabel {
  /** The number as Word shows it, e.g. `3.` or `3.1`; empty for bullets or `none`. */
  label: string;
  bullet: boolean;
  /**
   * The abstract numbering the paragraph's list uses. Paragraphs of one list can point at different
   * w:num instances (LibreOffice writes a restart instance for the first item only), so lists are
   * grouped by this.
   */
  list: string;
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
  let rest = Math.min(Math.max(value, 0), 3999);
  let out = '';
  for (const [n, s] of table)
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  return out;
}

function toLetters(value: number): string {
  if (value <= 0) return '';
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function formatCounter(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return toLetters(value);
    case 'upperLetter':
      return toLetters(value).toUpperCase();
    case 'lowerRoman':
      return toRoman(value);
    case 'upperRoman':
      return toRoman(value).toUpperCase();
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/**
 * Word's automatic numbering (numbering.xml, ECMA-376 §17.9): yields the literal label of each
 * numbered paragraph in document order, so "3. Availability" is read the same whether the "3." is
 * typed or generated.
 */
export function createNumbering(
  root: XmlElement | null,
): (numId: string, ilvl: number) => NumberLabel | undefined {
  const abstracts = new Map<string, LevelDef[]>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  if (root) {
    for (const abstract of childElements(root, 'w:abstractNum')) {
      const id = abstract.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      const levels: LevelDef[] = [];
      for (const lvl of childElements(abstract, 'w:lvl')) {
        const index = Number(lvl.attrs['w:ilvl']);
        if (!Number.isInteger(index) || index < 0 || index > 8) continue;
        levels[index] = {
          start: Number(firstChild(lvl, 'w:start')?.attrs['w:val'] ?? '1') || 1,
          format: firstChild(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
          text: firstChild(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
        };
      }
      abstracts.set(id, levels);
    }
    for (const num of childElements(root, 'w:num')) {
      const id = num.attrs['w:numId'];
      const abstractId = firstChild(num, 'w:abstractNumId')?.attrs['w:val'];
      if (id === undefined || abstractId === undefined) continue;
      const starts = new Map<number, number>();
      for (const override of childElements(num, 'w:lvlOverride')) {
        const start = firstChild(override, 'w:startOverride')?.attrs['w:val'];
        if (start !== undefined) starts.set(Number(override.attrs['w:ilvl'] ?? '0'), Number(start));
      }
      nums.set(id, { abstractId, starts });
    }
  }
  const counters = new Map<string, number[]>();

  return (numId, ilvl) => {
    if (numId === '0') return undefined;
    const num = nums.get(numId);
    const levels = num ? abstracts.get(num.abstractId) : undefined;
    const level = levels?.[ilvl];
    if (!num || !levels || !level) return undefined;
    // Lists restarted with a startOverride count on their own; others share the abstract's counter.
    const key = num.starts.size > 0 ? `num:${numId}` : `abs:${num.abstractId}`;
    const counter = counters.get(key) ?? [];
    for (let i = 0; i < ilvl; i++)
      if (counter[i] === undefined) counter[i] = num.starts.get(i) ?? levels[i]?.start ?? 1;
    counter[ilvl] = counter[ilvl] === undefined ? (num.starts.get(ilvl) ?? level.start) : counter[ilvl] + 1;
    counter.length = ilvl + 1;
    counters.set(key, counter);
    if (level.format === 'bullet') return { label: '', bullet: true, list: num.abstractId };
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      return formatCounter(counter[index] ?? levels[index]?.start ?? 1, levels[index]?.format ?? 'decimal');
    });
    return {
      label: level.format === 'none' ? label.replace(/\s+/g, '') : label,
      bullet: false,
      list: num.abstractId,
    };
  };
}

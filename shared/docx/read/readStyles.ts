import type { Mark } from '../../model/document';
import { childElements, firstChild, type XmlElement } from './parseXml';

/** The run properties we keep as marks; `undefined` = not said at this level (inherit). */
export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  hidden?: boolean;
}

function isOn(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attrs['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

/** Run properties (`w:rPr`) as written at one level (ECMA-376 §17.3.2). */
export function readRunProps(rPr: XmlElement | undefined): RunProps {
  const props: RunProps = {};
  if (!rPr) return props;
  const set = (key: keyof RunProps, value: boolean | undefined) => {
    if (value !== undefined) props[key] = value;
  };
  set('bold', isOn(firstChild(rPr, 'w:b')));
  set('italic', isOn(firstChild(rPr, 'w:i')));
  const underline = firstChild(rPr, 'w:u');
  if (underline) set('underline', (underline.attrs['w:val'] ?? 'single') !== 'none');
  const strike = isOn(firstChild(rPr, 'w:strike'));
  const dstrike = isOn(firstChild(rPr, 'w:dstrike'));
  if (strike !== undefined || dstrike !== undefined) set('strike', !!strike || !!dstrike);
  const vertAlign = firstChild(rPr, 'w:vertAlign')?.attrs['w:val'];
  if (vertAlign !== undefined) {
    set('superscript', vertAlign === 'superscript');
    set('subscript', vertAlign === 'subscript');
  }
  set('hidden', isOn(firstChild(rPr, 'w:vanish')));
  return props;
}

function layer(base: RunProps, over: RunProps): RunProps {
  return { ...base, ...over };
}

/** Marks in the model's fixed order (document.ts MARKS), so equal formatting always gives equal arrays. */
export function marksOfProps(props: RunProps): Mark[] {
  const out: Mark[] = [];
  if (props.bold) out.push('bold');
  if (props.italic) out.push('italic');
  if (props.underline) out.push('underline');
  if (props.strike) out.push('strike');
  if (props.superscript) out.push('superscript');
  if (props.subscript) out.push('subscript');
  if (props.hidden) out.push('hidden');
  return out;
}

export interface ParagraphStyle {
  id: string;
  name: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  /** Run properties of the style with its `basedOn` chain (not the document defaults). */
  run: RunProps;
}

export interface WordStyles {
  /** The paragraph style by id, or the document's default paragraph style. */
  paragraph(styleId: string | undefined): ParagraphStyle | undefined;
  /**
   * The marks of a run's text: its character style, then its own properties. Formatting that comes
   * with the paragraph's style or the document defaults is the look of the paragraph (a heading, a
   * header cell), not a mark of its text — except hidden text, which stays hidden whatever hid it
   * (ECMA-376 §17.7.2, style hierarchy).
   */
  marks(paragraphStyleId: string | undefined, runStyleId: string | undefined, direct: RunProps): Mark[];
  /** Whether the run shows bold, through every level of the hierarchy (for telling headings). */
  bold(paragraphStyleId: string | undefined, runStyleId: string | undefined, direct: RunProps): boolean;
}

/** Style chains in real files are short; the depth bound stops cycles in hostile ones. */
const MAX_CHAIN = 16;

/** Styles from styles.xml, with `basedOn` inheritance resolved. */
export function readStyles(root: XmlElement | null): WordStyles {
  const raw = new Map<string, XmlElement>();
  let defaultParagraph: string | undefined;
  let defaults: RunProps = {};
  if (root) {
    for (const style of childElements(root, 'w:style')) {
      const id = style.attrs['w:styleId'];
      if (!id) continue;
      const type = style.attrs['w:type'] ?? 'paragraph';
      raw.set(`${type}:${id}`, style);
      if (type === 'paragraph' && ['1', 'true', 'on'].includes(style.attrs['w:default'] ?? ''))
        defaultParagraph ??= id;
    }
    defaults = readRunProps(
      firstChild(firstChild(firstChild(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'),
    );
  }

  const paragraphCache = new Map<string, ParagraphStyle | null>();
  function resolveParagraph(id: string, depth: number): ParagraphStyle | undefined {
    const cached = paragraphCache.get(id);
    if (cached !== undefined) return cached ?? undefined;
    const style = raw.get(`paragraph:${id}`);
    if (!style) return undefined;
    paragraphCache.set(id, null); // a cycle back to this style finds nothing
    const basedOn = firstChild(style, 'w:basedOn')?.attrs['w:val'];
    const parent = basedOn && depth < MAX_CHAIN ? resolveParagraph(basedOn, depth + 1) : undefined;
    const pPr = firstChild(style, 'w:pPr');
    const resolved: ParagraphStyle = {
      id,
      name: firstChild(style, 'w:name')?.attrs['w:val'] ?? id,
      run: layer(parent?.run ?? {}, readRunProps(firstChild(style, 'w:rPr'))),
    };
    const outline = firstChild(pPr, 'w:outlineLvl')?.attrs['w:val'] ?? parent?.outlineLvl?.toString();
    if (outline !== undefined && /^\d$/.test(outline)) resolved.outlineLvl = Number(outline);
    const numPr = firstChild(pPr, 'w:numPr');
    const numId = firstChild(numPr, 'w:numId')?.attrs['w:val'] ?? parent?.numId;
    if (numId !== undefined) resolved.numId = numId;
    const ilvl = firstChild(numPr, 'w:ilvl')?.attrs['w:val'] ?? parent?.ilvl?.toString();
    if (ilvl !== undefined && /^\d$/.test(ilvl)) resolved.ilvl = Number(ilvl);
    paragraphCache.set(id, resolved);
    return resolved;
  }

  const characterCache = new Map<string, RunProps | null>();
  function resolveCharacter(id: string, depth: number): RunProps {
    const cached = characterCache.get(id);
    if (cached !== undefined) return cached ?? {};
    const style = raw.get(`character:${id}`);
    if (!style) return {};
    characterCache.set(id, null);
    const basedOn = firstChild(style, 'w:basedOn')?.attrs['w:val'];
    const parent = basedOn && depth < MAX_CHAIN ? resolveCharacter(basedOn, depth + 1) : {};
    const resolved = layer(parent, readRunProps(firstChild(style, 'w:rPr')));
    characterCache.set(id, resolved);
    return resolved;
  }

  const paragraph = (styleId: string | undefined) => {
    const id = styleId ?? defaultParagraph;
    return id ? resolveParagraph(id, 0) : undefined;
  };

  const inherited = (
    paragraphStyleId: string | undefined,
    runStyleId: string | undefined,
    direct: RunProps,
  ) => {
    let props = layer(defaults, paragraph(paragraphStyleId)?.run ?? {});
    if (runStyleId) props = layer(props, resolveCharacter(runStyleId, 0));
    return layer(props, direct);
  };

  return {
    paragraph,
    marks(paragraphStyleId, runStyleId, direct) {
      const own = layer(runStyleId ? resolveCharacter(runStyleId, 0) : {}, direct);
      const hidden = inherited(paragraphStyleId, runStyleId, direct).hidden;
      return marksOfProps(hidden === undefined ? own : { ...own, hidden });
    },
    bold(paragraphStyleId, runStyleId, direct) {
      return inherited(paragraphStyleId, runStyleId, direct).bold === true;
    },
  };
}

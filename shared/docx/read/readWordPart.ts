import type { FormatChange, Mark, ObjectInline, Origin, TextInline } from '../../model/document';
import type { MessageParams } from '../DocxImportError';
import type { ImportWarningCode } from './importWarnings';
import {
  canonicalXml,
  childElements,
  descendants,
  firstChild,
  REQUIRES_URIS,
  textContent,
  type XmlElement,
} from './parseXml';
import { readRunProps, type WordStyles } from './readStyles';
import type {
  SectionRefs,
  WordBlock,
  WordBox,
  WordCell,
  WordCommentAnchor,
  WordInline,
  WordNotice,
  WordParagraph,
  WordPartContent,
  WordRow,
  WordTable,
} from './wordBody';

/** A relationship target of the part, with the SHA-256 of its bytes (or of its address when external). */
export interface RelTarget {
  type: string;
  target: string;
  external: boolean;
  hash: string;
}

export interface PartContext {
  styles: WordStyles;
  targets: ReadonlyMap<string, RelTarget>;
  /** SHA-256 hex of a string (an equation's or a drawing's XML). */
  hashText(text: string): string;
}

/**
 * Namespaces of `mc:Choice` branches we read as well as their fallback: drawings, shapes, text
 * boxes, groups, canvases and math are read from their DrawingML form, and Word 2010+ run and
 * paragraph properties add nothing we keep. Any other requirement takes `mc:Fallback`.
 */
const UNDERSTOOD_NAMESPACES = new Set([
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  'http://schemas.microsoft.com/office/word/2010/wordml',
  'http://schemas.microsoft.com/office/word/2012/wordml',
  'http://schemas.microsoft.com/office/drawing/2010/main',
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/chart',
  'http://schemas.openxmlformats.org/drawingml/2006/picture',
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
]);

/** The one branch of `mc:AlternateContent` to read: the first understood Choice, else the Fallback. */
export function chooseAlternate(element: XmlElement): XmlElement | undefined {
  for (const child of childElements(element)) {
    if (child.name === 'mc:Choice') {
      const uris = (child.attrs[REQUIRES_URIS] ?? '').split(' ').filter(Boolean);
      if (uris.every((uri) => UNDERSTOOD_NAMESPACES.has(uri))) return child;
    } else if (child.name === 'mc:Fallback') return child;
  }
  return undefined;
}

const DIRECTION: Record<string, 'in' | 'out'> = {
  'w:ins': 'in',
  'w:moveTo': 'in',
  'w:del': 'out',
  'w:moveFrom': 'out',
};
const ORIGIN_TYPE: Record<string, Origin['type']> = {
  'w:ins': 'ins',
  'w:moveTo': 'moveTo',
  'w:del': 'del',
  'w:moveFrom': 'moveFrom',
};

/**
 * Where text is, as far as tracked changes go: `undefined` = plain, an origin, or `gone` for text
 * inserted and deleted again in tracked changes (it is in neither Accept All nor Reject All).
 */
type Provenance = Origin | undefined | 'gone';

export function originOf(element: XmlElement): Origin | undefined {
  const type = ORIGIN_TYPE[element.name];
  if (!type) return undefined;
  const origin: Origin = {
    type,
    id: (element.attrs['w:id'] ?? '').slice(0, 100),
    author: (element.attrs['w:author'] ?? '').slice(0, 500),
  };
  const date = element.attrs['w:date'];
  if (date) origin.date = date.slice(0, 100);
  return origin;
}

function within(outer: Provenance, element: XmlElement): Provenance {
  const inner = originOf(element);
  if (!inner || outer === 'gone') return outer;
  if (!outer) return inner;
  const a = DIRECTION[`w:${outer.type}`];
  const b = DIRECTION[`w:${inner.type}`];
  return a === b ? inner : 'gone';
}

/** A mark-level revision (`w:pPr/w:rPr/w:ins`, `w:trPr/w:del` …): the first one found. */
function markOrigin(props: XmlElement | undefined): Origin | undefined {
  if (!props) return undefined;
  for (const child of childElements(props)) {
    const origin = originOf(child);
    if (origin) return origin;
  }
  return undefined;
}

function sameOrigin(a: Origin | undefined, b: Origin | undefined): boolean {
  if (!a || !b) return a === b;
  return a.type === b.type && a.id === b.id && a.author === b.author && a.date === b.date;
}

function sameFormatChange(a: FormatChange | undefined, b: FormatChange | undefined): boolean {
  if (!a || !b) return a === b;
  return a.id === b.id && a.author === b.author && a.date === b.date && a.marks.join() === b.marks.join();
}

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  return (a ?? []).join() === (b ?? []).join();
}

/** Bidirectional and section variants Word writes for header and footer references. */
function variantOf(type: string | undefined): 'default' | 'first' | 'even' {
  return type === 'first' || type === 'even' ? type : 'default';
}

export function readSectionRefs(sectPr: XmlElement): SectionRefs {
  const refs: SectionRefs = { headers: [], footers: [] };
  for (const child of childElements(sectPr)) {
    const relId = child.attrs['r:id'];
    if (!relId) continue;
    if (child.name === 'w:headerReference')
      refs.headers.push({ variant: variantOf(child.attrs['w:type']), relId });
    else if (child.name === 'w:footerReference')
      refs.footers.push({ variant: variantOf(child.attrs['w:type']), relId });
  }
  return refs;
}

/** EMU per point (DrawingML extents are in EMU; VML styles in points). */
const EMU_PER_PT = 12_700;

function emu(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

function vmlExtent(style: string | undefined): { width?: number; height?: number } {
  const out: { width?: number; height?: number } = {};
  if (!style) return out;
  for (const key of ['width', 'height'] as const) {
    const match = new RegExp(`(?:^|;)\\s*${key}\\s*:\\s*([\\d.]+)(pt|in|cm|mm|px)?`, 'i').exec(style);
    if (!match) continue;
    const factor = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, px: 0.75 }[
      (match[2]?.toLowerCase() ?? 'pt') as 'pt'
    ];
    const value = Math.round(Number(match[1]) * factor * EMU_PER_PT);
    if (Number.isSafeInteger(value) && value >= 0) out[key] = value;
  }
  return out;
}

/** What kind of program made an embedded object, from its ProgID (`Excel.Sheet.12` …). */
export function programOf(progId: string): string {
  if (/^excel\./i.test(progId)) return 'spreadsheet';
  if (/^powerpoint\./i.test(progId)) return 'presentation';
  if (/^word\./i.test(progId)) return 'document';
  if (/acro|pdf/i.test(progId)) return 'pdf';
  if (/^visio\./i.test(progId)) return 'drawing';
  return 'other';
}

const BOX_STOP = new Set(['w:txbxContent']);

/**
 * Reads one part of a Word file (the body, a header or footer, a note, a text box) into the Word
 * body shape. One walk over the tree, with work per element bounded by a constant: comment ranges
 * are offsets into the part's text, never text appended to every open range.
 */
export function readWordPart(
  container: XmlElement | undefined,
  context: PartContext,
  honourFields = true,
): WordPartContent {
  const { styles, targets } = context;
  const sections: SectionRefs[] = [];
  const anchors: WordCommentAnchor[] = [];
  const anchorIds = new Set<string>();
  const anchorIndex = new Map<string, WordCommentAnchor>();
  const openPoints: WordCommentAnchor[] = [];
  const noteRefs: WordPartContent['noteRefs'] = [];
  const notices: WordNotice[] = [];
  const textChunks: string[] = [];
  let textLength = 0;
  /** Fields (`w:fldChar`) in progress: `instr` while the code is read, `result` after `separate`. */
  const fields: ('instr' | 'result')[] = [];
  let top = 0;

  const notice = (code: ImportWarningCode, params: MessageParams = {}) => notices.push({ code, params, top });
  const noticed = new Set<string>();
  const noticeOnce = (code: ImportWarningCode, params: MessageParams = {}) => {
    const key = `${top}\u0000${code}\u0000${JSON.stringify(params)}`;
    if (noticed.has(key)) return;
    noticed.add(key);
    notice(code, params);
  };

  const appendText = (text: string) => {
    textChunks.push(text);
    textLength += text.length;
  };

  /** Whether the run being read shows bold (styles included); see WordParagraph.bold. */
  let runBold = false;
  const sawText = new WeakSet<WordParagraph>();

  /** Text, objects and notes taken in so far (to tell whether an unknown element held any). */
  let pieces = 0;
  // Inside any field's instruction nothing is text, even the result of a field nested in it.
  let instructions = 0;
  const inField = () => instructions > 0;

  interface RunContext {
    paragraph: WordParagraph;
    provenance: Provenance;
  }

  function pushInline(paragraph: WordParagraph, inline: WordInline) {
    const last = paragraph.inlines[paragraph.inlines.length - 1];
    if (
      inline.type === 'text' &&
      last?.type === 'text' &&
      sameMarks(last.marks, inline.marks) &&
      sameOrigin(last.origin, inline.origin) &&
      sameFormatChange(last.formatChange, inline.formatChange)
    ) {
      last.text += inline.text;
      return;
    }
    paragraph.inlines.push(inline);
  }

  function addText(run: RunContext, text: string, marks: Mark[], formatChange: FormatChange | undefined) {
    if (!text || inField() || run.provenance === 'gone') return;
    const inline: TextInline = { type: 'text', text };
    if (marks.length > 0) inline.marks = marks;
    if (run.provenance) inline.origin = run.provenance;
    if (formatChange) inline.formatChange = formatChange;
    if (marks.includes('hidden')) noticeOnce('hidden-text');
    pieces += 1;
    pushInline(run.paragraph, inline);
    const deleted = run.provenance?.type === 'del' || run.provenance?.type === 'moveFrom';
    if (!deleted) {
      appendText(text);
      if (text.trim() !== '') {
        sawText.add(run.paragraph);
        if (!runBold) run.paragraph.bold = false;
      }
    }
  }

  function addObject(run: RunContext, object: Omit<ObjectInline, 'type'>) {
    if (inField() || run.provenance === 'gone') return;
    const inline: ObjectInline = { type: 'object', ...object };
    if (run.provenance) inline.origin = run.provenance;
    pieces += 1;
    pushInline(run.paragraph, inline);
  }

  function addBoxes(run: RunContext, contents: XmlElement[]) {
    if (inField() || run.provenance === 'gone') return;
    for (const content of contents) {
      const box: WordBox = { blocks: readBlocks(content) };
      if (run.provenance) box.origin = run.provenance;
      run.paragraph.boxes.push(box);
    }
  }

  function targetHash(relId: string | undefined): { hash: string; target?: RelTarget } {
    const target = relId ? targets.get(relId) : undefined;
    if (target) {
      if (target.external && target.type.endsWith('/image')) noticeOnce('external-image');
      else if (target.external)
        noticeOnce('external-reference', { kind: target.type.split('/').pop() ?? 'content' });
      return { hash: target.hash, target };
    }
    return { hash: context.hashText(`missing:${relId ?? ''}`) };
  }

  function describe(docPr: XmlElement | undefined): { name?: string; text?: string } {
    const out: { name?: string; text?: string } = {};
    const name = docPr?.attrs['name'];
    const descr = docPr?.attrs['descr'] ?? docPr?.attrs['title'];
    if (name) out.name = name.slice(0, 500);
    if (descr) out.text = descr.slice(0, 10_000);
    return out;
  }

  /** A DrawingML drawing (`w:drawing`): images, charts, diagrams, shapes and their text boxes. */
  function readDrawing(drawing: XmlElement, run: RunContext) {
    for (const frame of childElements(drawing)) {
      if (frame.name !== 'wp:inline' && frame.name !== 'wp:anchor') continue;
      const extent = firstChild(frame, 'wp:extent');
      const size: { width?: number; height?: number } = {};
      const width = emu(extent?.attrs['cx']);
      const height = emu(extent?.attrs['cy']);
      if (width !== undefined) size.width = width;
      if (height !== undefined) size.height = height;
      const about = describe(firstChild(frame, 'wp:docPr'));
      const graphic = firstChild(firstChild(frame, 'a:graphic'), 'a:graphicData');
      const boxes = descendants(frame, 'w:txbxContent');
      const found: Omit<ObjectInline, 'type'>[] = [];
      for (const blip of descendants(frame, 'a:blip', BOX_STOP)) {
        const relId = blip.attrs['r:embed'] ?? blip.attrs['r:link'];
        found.push({ object: 'image', hash: targetHash(relId).hash, ...about, ...size });
      }
      for (const chart of descendants(frame, 'c:chart', BOX_STOP)) {
        found.push({ object: 'chart', hash: targetHash(chart.attrs['r:id']).hash, ...about, ...size });
        noticeOnce('object-content-only', { object: 'chart' });
      }
      for (const diagram of descendants(frame, 'dgm:relIds', BOX_STOP)) {
        found.push({ object: 'diagram', hash: targetHash(diagram.attrs['r:dm']).hash, ...about, ...size });
        noticeOnce('object-content-only', { object: 'diagram' });
      }
      if (found.length === 0 && boxes.length === 0) {
        const uri = graphic?.attrs['uri'] ?? '';
        const known = /wordprocessingShape|wordprocessingGroup|wordprocessingCanvas/.test(uri);
        found.push({
          object: known ? 'shape' : 'object',
          hash: context.hashText(canonicalXml(frame)),
          ...about,
          ...size,
        });
        if (known) noticeOnce('object-content-only', { object: 'shape' });
        else noticeOnce('unknown-content', { element: uri.split('/').pop() || 'drawing' });
      }
      for (const object of found) addObject(run, object);
      addBoxes(run, boxes);
    }
  }

  /** A VML picture (`w:pict`, Word 2003 and the fallback of newer drawings). */
  function readPict(pict: XmlElement, run: RunContext) {
    const boxes = descendants(pict, 'w:txbxContent');
    const images = descendants(pict, 'v:imagedata', BOX_STOP);
    const shape = childElements(pict).find((child) => child.name.startsWith('v:'));
    const size = vmlExtent(shape?.attrs['style']);
    const about: { name?: string; text?: string } = {};
    const alt = shape?.attrs['alt'] ?? shape?.attrs['o:title'];
    if (shape?.attrs['id']) about.name = shape.attrs['id'].slice(0, 500);
    if (alt) about.text = alt.slice(0, 10_000);
    for (const image of images) {
      const relId = image.attrs['r:id'] ?? image.attrs['r:href'];
      addObject(run, { object: 'image', hash: targetHash(relId).hash, ...about, ...size });
    }
    if (images.length === 0 && boxes.length === 0 && shape) {
      addObject(run, { object: 'shape', hash: context.hashText(canonicalXml(pict)), ...about, ...size });
      noticeOnce('object-content-only', { object: 'shape' });
    }
    addBoxes(run, boxes);
  }

  /** An embedded OLE object (`w:object`): compared by the embedded part's bytes. */
  function readOleObject(object: XmlElement, run: RunContext) {
    const ole = descendants(object, 'o:OLEObject')[0] ?? descendants(object, 'w:objectEmbed')[0];
    const shape = childElements(object).find((child) => child.name.startsWith('v:'));
    const size = vmlExtent(shape?.attrs['style']);
    if (!ole) {
      readPict(object, run);
      return;
    }
    const progId = (ole.attrs['ProgID'] ?? ole.attrs['w:progId'] ?? '').slice(0, 200);
    const relId = ole.attrs['r:id'];
    const about: { name?: string } = progId ? { name: progId } : {};
    addObject(run, { object: 'object', hash: targetHash(relId).hash, ...about, ...size });
    noticeOnce('embedded-object', { program: programOf(progId) });
  }

  function readEquation(math: XmlElement, run: RunContext) {
    const text = descendants(math, 'm:t')
      .map((t) => textContent(t))
      .join('')
      .slice(0, 10_000);
    addObject(run, {
      object: 'equation',
      hash: context.hashText(canonicalXml(math)),
      ...(text ? { text } : {}),
    });
  }

  function addAnchorPoint(id: string | undefined, paragraphStart: number) {
    if (id === undefined || anchorIds.has(id)) return;
    anchorIds.add(id);
    const anchor: WordCommentAnchor = { id, top, start: paragraphStart, end: -1 };
    anchors.push(anchor);
    anchorIndex.set(id, anchor);
    openPoints.push(anchor);
  }

  function readRun(r: XmlElement, run: RunContext, paragraphStart: number) {
    const rPr = firstChild(r, 'w:rPr');
    const runStyle = firstChild(rPr, 'w:rStyle')?.attrs['w:val'];
    const direct = readRunProps(rPr);
    const marks = styles.marks(run.paragraph.styleId, runStyle, direct);
    const bold = styles.bold(run.paragraph.styleId, runStyle, direct);
    let formatChange: FormatChange | undefined;
    const change = firstChild(rPr, 'w:rPrChange');
    if (change) {
      const before = firstChild(change, 'w:rPr');
      const beforeStyle = firstChild(before, 'w:rStyle')?.attrs['w:val'];
      formatChange = {
        id: (change.attrs['w:id'] ?? '').slice(0, 100),
        author: (change.attrs['w:author'] ?? '').slice(0, 500),
        marks: styles.marks(run.paragraph.styleId, beforeStyle, readRunProps(before)),
      };
      if (change.attrs['w:date']) formatChange.date = change.attrs['w:date'].slice(0, 100);
    }
    const saved = runBold;
    runBold = bold;
    readRunContent(r, run, marks, formatChange, paragraphStart);
    runBold = saved;
  }

  function readRunContent(
    container: XmlElement,
    run: RunContext,
    marks: Mark[],
    formatChange: FormatChange | undefined,
    paragraphStart: number,
  ) {
    for (const child of container.children) {
      if (typeof child === 'string') continue;
      switch (child.name) {
        case 'w:t':
        case 'w:delText':
          addText(run, textContent(child), marks, formatChange);
          break;
        case 'w:tab':
        case 'w:ptab':
          addText(run, '\t', marks, formatChange);
          break;
        case 'w:br': {
          // Page and column breaks are layout; a line break is part of the text.
          const type = child.attrs['w:type'];
          if (type !== 'page' && type !== 'column') addText(run, '\n', marks, formatChange);
          break;
        }
        case 'w:cr':
          addText(run, '\n', marks, formatChange);
          break;
        case 'w:noBreakHyphen':
          addText(run, '\u2011', marks, formatChange);
          break;
        case 'w:softHyphen':
          addText(run, '\u00ad', marks, formatChange);
          break;
        case 'w:sym': {
          const code = Number.parseInt(child.attrs['w:char'] ?? '', 16);
          if (Number.isInteger(code) && code > 0 && code <= 0xffff)
            addText(run, String.fromCharCode(code), marks, formatChange);
          break;
        }
        case 'w:fldChar': {
          const type = child.attrs['w:fldCharType'];
          if (!honourFields) break;
          if (type === 'begin') {
            fields.push('instr');
            instructions += 1;
          } else if (type === 'separate' && fields[fields.length - 1] === 'instr') {
            fields[fields.length - 1] = 'result';
            instructions -= 1;
          } else if (type === 'end' && fields.length > 0) {
            if (fields.pop() === 'instr') instructions -= 1;
          }
          break;
        }
        case 'w:footnoteReference':
        case 'w:endnoteReference': {
          const id = child.attrs['w:id'];
          if (id === undefined || inField() || run.provenance === 'gone') break;
          const note = child.name === 'w:footnoteReference' ? 'footnote' : 'endnote';
          const ref: WordInline = { type: 'noteRef', note, id };
          if (run.provenance) ref.origin = run.provenance;
          run.paragraph.inlines.push(ref);
          noteRefs.push({ note, id, top });
          break;
        }
        case 'w:commentReference':
          addAnchorPoint(child.attrs['w:id'], paragraphStart);
          break;
        case 'w:drawing':
          readDrawing(child, run);
          break;
        case 'w:pict':
          readPict(child, run);
          break;
        case 'w:object':
          readOleObject(child, run);
          break;
        case 'w:contentPart':
          addObject(run, { object: 'shape', hash: context.hashText(canonicalXml(child)) });
          noticeOnce('object-content-only', { object: 'ink' });
          break;
        case 'mc:AlternateContent': {
          const branch = chooseAlternate(child);
          if (branch) readRunContent(branch, run, marks, formatChange, paragraphStart);
          break;
        }
        case 'w:ruby': {
          const base = firstChild(child, 'w:rubyBase');
          if (base) readInlines(base, run, paragraphStart);
          break;
        }
        default:
          // w:rPr, w:instrText, w:footnoteRef, w:separator, w:lastRenderedPageBreak, w:annotationRef,
          // page-number and date placeholders: no text of the agreement.
          break;
      }
    }
  }

  /** Inline content of a paragraph (or of a container inside it: hyperlink, content control, revision). */
  function readInlines(container: XmlElement, run: RunContext, paragraphStart: number) {
    for (const child of container.children) {
      if (typeof child === 'string') continue;
      const name = child.name;
      if (ORIGIN_TYPE[name]) {
        readInlines(
          child,
          { paragraph: run.paragraph, provenance: within(run.provenance, child) },
          paragraphStart,
        );
        continue;
      }
      switch (name) {
        case 'w:r':
          readRun(child, run, paragraphStart);
          break;
        case 'w:pPr':
        case 'w:bookmarkStart':
        case 'w:bookmarkEnd':
        case 'w:proofErr':
        case 'w:permStart':
        case 'w:permEnd':
        case 'w:moveFromRangeStart':
        case 'w:moveFromRangeEnd':
        case 'w:moveToRangeStart':
        case 'w:moveToRangeEnd':
        case 'w:customXmlInsRangeStart':
        case 'w:customXmlInsRangeEnd':
        case 'w:customXmlDelRangeStart':
        case 'w:customXmlDelRangeEnd':
        case 'w:customXmlMoveFromRangeStart':
        case 'w:customXmlMoveFromRangeEnd':
        case 'w:customXmlMoveToRangeStart':
        case 'w:customXmlMoveToRangeEnd':
        case 'w:sdtPr':
        case 'w:sdtEndPr':
        case 'w:smartTagPr':
        case 'w:customXmlPr':
          break;
        case 'w:sdt':
          {
            const content = firstChild(child, 'w:sdtContent');
            if (content) readInlines(content, run, paragraphStart);
          }
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:fldSimple':
        case 'w:sdtContent':
        case 'w:dir':
        case 'w:bdo':
          readInlines(child, run, paragraphStart);
          break;
        case 'mc:AlternateContent': {
          const branch = chooseAlternate(child);
          if (branch) readInlines(branch, run, paragraphStart);
          break;
        }
        case 'w:commentRangeStart': {
          const id = child.attrs['w:id'];
          if (id === undefined || anchorIds.has(id)) break;
          anchorIds.add(id);
          const anchor: WordCommentAnchor = { id, top, start: textLength, end: -1 };
          anchors.push(anchor);
          anchorIndex.set(id, anchor);
          break;
        }
        case 'w:commentRangeEnd': {
          const id = child.attrs['w:id'];
          const anchor = id === undefined ? undefined : anchorById(id);
          if (anchor && anchor.end < 0) anchor.end = textLength;
          break;
        }
        case 'm:oMath':
          if (run.provenance !== 'gone') readEquation(child, run);
          break;
        case 'm:oMathPara':
          for (const math of childElements(child, 'm:oMath')) readEquation(math, run);
          break;
        case 'w:subDoc':
          noticeOnce('sub-document');
          break;
        default: {
          // Unknown wrappers (a newer Word's element): read what is inside, so no text is lost.
          const before = pieces;
          readInlines(child, run, paragraphStart);
          if (pieces !== before) noticeOnce('unknown-content', { element: name.slice(0, 60) });
        }
      }
    }
  }

  function anchorById(id: string): WordCommentAnchor | undefined {
    return anchorIndex.get(id);
  }

  function readParagraph(p: XmlElement): WordParagraph {
    const paragraph: WordParagraph = { kind: 'paragraph', top, inlines: [], boxes: [], bold: true };
    const pPr = firstChild(p, 'w:pPr');
    if (pPr) {
      const style = firstChild(pPr, 'w:pStyle')?.attrs['w:val'];
      if (style) paragraph.styleId = style.slice(0, 200);
      const numPr = firstChild(pPr, 'w:numPr');
      if (numPr) {
        const numId = firstChild(numPr, 'w:numId')?.attrs['w:val'];
        if (numId !== undefined) paragraph.numId = numId.slice(0, 20);
        const ilvl = firstChild(numPr, 'w:ilvl')?.attrs['w:val'];
        if (ilvl !== undefined && /^[0-8]$/.test(ilvl)) paragraph.ilvl = Number(ilvl);
      }
      const outline = firstChild(pPr, 'w:outlineLvl')?.attrs['w:val'];
      if (outline !== undefined && /^\d$/.test(outline)) paragraph.outlineLvl = Number(outline);
      const mark = markOrigin(firstChild(pPr, 'w:rPr'));
      if (mark) paragraph.mark = mark;
      const sectPr = firstChild(pPr, 'w:sectPr');
      if (sectPr) paragraph.section = readSectionRefs(sectPr);
      if (firstChild(pPr, 'w:pPrChange')) noticeOnce('property-revision', { what: 'paragraph' });
    }
    const paragraphStart = textLength;
    readInlines(p, { paragraph, provenance: undefined }, paragraphStart);
    appendText('\n');
    for (const point of openPoints.splice(0)) point.end = textLength - 1;
    if (!sawText.has(paragraph)) paragraph.bold = false;
    return paragraph;
  }

  function readCell(tc: XmlElement): WordCell {
    const cell: WordCell = { blocks: [] };
    const tcPr = firstChild(tc, 'w:tcPr');
    if (tcPr) {
      const span = Number(firstChild(tcPr, 'w:gridSpan')?.attrs['w:val']);
      if (Number.isInteger(span) && span >= 2 && span <= 63) cell.colSpan = span;
      const vMerge = firstChild(tcPr, 'w:vMerge');
      if (vMerge) cell.rowMerge = vMerge.attrs['w:val'] === 'restart' ? 'restart' : 'continue';
      for (const revision of ['w:cellIns', 'w:cellDel', 'w:cellMerge'])
        if (firstChild(tcPr, revision)) noticeOnce('cell-revision', { revision: revision.slice(2) });
      if (firstChild(tcPr, 'w:tcPrChange')) noticeOnce('property-revision', { what: 'table' });
    }
    cell.blocks = readBlocks(tc);
    return cell;
  }

  function collect(container: XmlElement, wanted: string, into: XmlElement[]) {
    for (const child of childElements(container)) {
      if (child.name === wanted) into.push(child);
      else if (child.name === 'w:sdt') {
        const content = firstChild(child, 'w:sdtContent');
        if (content) collect(content, wanted, into);
      } else if (child.name === 'w:customXml') collect(child, wanted, into);
      else if (child.name === 'mc:AlternateContent') {
        const branch = chooseAlternate(child);
        if (branch) collect(branch, wanted, into);
      } else if (ORIGIN_TYPE[child.name]) collect(child, wanted, into);
    }
  }

  function readTable(tbl: XmlElement): WordTable {
    const table: WordTable = { kind: 'table', top, rows: [] };
    if (firstChild(firstChild(tbl, 'w:tblPr'), 'w:tblPrChange'))
      noticeOnce('property-revision', { what: 'table' });
    const rowElements: XmlElement[] = [];
    collect(tbl, 'w:tr', rowElements);
    for (const tr of rowElements) {
      const trPr = firstChild(tr, 'w:trPr');
      const header = trPr ? firstChild(trPr, 'w:tblHeader') : undefined;
      const row: WordRow = {
        header: !!header && !['0', 'false', 'off'].includes(header.attrs['w:val'] ?? 'true'),
        cells: [],
      };
      const origin = markOrigin(trPr);
      if (origin) row.origin = origin;
      if (firstChild(trPr, 'w:trPrChange')) noticeOnce('property-revision', { what: 'table' });
      const cellElements: XmlElement[] = [];
      collect(tr, 'w:tc', cellElements);
      for (const tc of cellElements) row.cells.push(readCell(tc));
      if (row.cells.length > 0) table.rows.push(row);
    }
    return table;
  }

  /** Blocks of a container; at the part's top level each block gets its own `top` index. */
  function readBlocks(container: XmlElement, topLevel = false): WordBlock[] {
    const out: WordBlock[] = [];
    const visit = (element: XmlElement) => {
      for (const child of element.children) {
        if (typeof child === 'string') continue;
        switch (child.name) {
          case 'w:p':
            out.push(readParagraph(child));
            if (topLevel) top += 1;
            break;
          case 'w:tbl':
            out.push(readTable(child));
            if (topLevel) top += 1;
            break;
          case 'w:sdt': {
            const content = firstChild(child, 'w:sdtContent');
            if (content) visit(content);
            break;
          }
          case 'w:customXml':
            visit(child);
            break;
          case 'mc:AlternateContent': {
            const branch = chooseAlternate(child);
            if (branch) visit(branch);
            break;
          }
          case 'w:ins':
          case 'w:del':
          case 'w:moveFrom':
          case 'w:moveTo':
            // Block-level revision wrappers (rare; the paragraph marks say what was tracked).
            visit(child);
            break;
          case 'w:altChunk':
            noticeOnce('alt-chunk');
            break;
          case 'w:sectPr':
            if (topLevel) sections.push(readSectionRefs(child));
            break;
          default:
            break;
        }
      }
    };
    visit(container);
    return out;
  }

  const blocks = container ? readBlocks(container, true) : [];
  // A field that never ends would hide the rest of the part as its instruction: read it again
  // without fields (results and everything after them show; codes never do) and say so.
  if (instructions > 0 && honourFields) {
    const again = readWordPart(container, context, false);
    again.notices.push({ code: 'unknown-content', params: { element: 'w:fldChar' }, top: 0 });
    return again;
  }
  // A section ends at each paragraph with its own w:sectPr; the body's w:sectPr is the last one.
  const paragraphSections: SectionRefs[] = [];
  for (const block of blocks)
    if (block.kind === 'paragraph' && block.section) paragraphSections.push(block.section);
  for (const anchor of anchors) if (anchor.end < 0) anchor.end = textLength;
  return {
    blocks,
    sections: [...paragraphSections, ...sections],
    anchors,
    text: textChunks.join(''),
    noteRefs,
    notices,
  };
}

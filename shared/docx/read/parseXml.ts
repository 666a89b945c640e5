import { SaxesParser, type SaxesTagNS } from 'saxes';
import { DocxImportError } from '../DocxImportError';

/** A parsed XML element. Names are `prefix:local` with our canonical prefix for known namespaces. */
export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * Word files may bind any prefix to a namespace; we read by namespace URI and name elements with
 * the prefixes the OOXML spec uses, so the rest of the reader can match on `w:p`, `r:id` ….
 */
export const NAMESPACES: Record<string, string> = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  op: 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  xml: 'http://www.w3.org/XML/1998/namespace',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  dgm: 'http://schemas.openxmlformats.org/drawingml/2006/diagram',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  w10: 'urn:schemas-microsoft-com:office:word',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  wpg: 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  wpc: 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  wp14: 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  w16cid: 'http://schemas.microsoft.com/office/word/2016/wordml/cid',
  a14: 'http://schemas.microsoft.com/office/drawing/2010/main',
};

const CANONICAL_PREFIX: Record<string, string> = {
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/chart': 'c',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
};
for (const [prefix, uri] of Object.entries(NAMESPACES)) CANONICAL_PREFIX[uri] = prefix;

function canonicalName(uri: string, prefix: string, local: string): string {
  const canonical = CANONICAL_PREFIX[uri];
  if (canonical) return `${canonical}:${local}`;
  return prefix ? `${prefix}:${local}` : local;
}

/** The namespace URIs an `mc:Choice` requires, resolved where it stands; kept under this attribute. */
export const REQUIRES_URIS = 'mc:Requires#uris';

/**
 * Text nodes that carry content. Whitespace between other elements is indentation and is not kept,
 * which keeps the tree of a pretty-printed part small.
 */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText', 'w:delInstrText', 'm:t', 'a:t']);

/** Counts elements while they are parsed; throws (a DocxImportError) to stop the parse. */
export type ElementCounter = (name: string) => void;

const EMPTY_ATTRS: Readonly<Record<string, string>> = Object.freeze({});
/**
 * Leaf elements share one empty child list until a child comes (most elements of a Word part are
 * leaves: `w:b`, `w:sz` …), so a large part allocates a third fewer objects.
 */
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/**
 * Elements that never hold content we read (layout, fonts, languages, proofing and bookmark marks):
 * counted against the limits like every element, but not kept in the tree. They have no element
 * children of their own in WordprocessingML.
 */
const NOT_KEPT = new Set([
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:proofErr',
  'w:lastRenderedPageBreak',
  'w:rFonts',
  'w:sz',
  'w:szCs',
  'w:lang',
  'w:color',
  'w:kern',
  'w:noProof',
  'w:bCs',
  'w:iCs',
  'w:spacing',
  'w:jc',
  'w:ind',
  'w:w',
  'w:position',
  'w:highlight',
  'w:shd',
  'w:tcW',
  'w:tblW',
  'w:gridCol',
  'w:webHidden',
  'w:snapToGrid',
  'w:widowControl',
  'w:keepNext',
  'w:keepLines',
  'w:contextualSpacing',
  'w:textAlignment',
  'w:autoSpaceDE',
  'w:autoSpaceDN',
  'w:adjustRightInd',
  'w:bidi',
]);
/** Stands on the parse stack for an element that is not kept; whatever it holds is dropped too. */
const DROPPED: XmlElement = Object.freeze({ name: '#dropped', attrs: EMPTY_ATTRS, children: NO_CHILDREN });

function addChild(parent: XmlElement, child: XmlNode): void {
  if (parent === DROPPED) return;
  if (parent.children === NO_CHILDREN) parent.children = [child];
  else parent.children.push(child);
}

/**
 * Parses one XML part of an untrusted file, fed in chunks as it is inflated. saxes is a strict,
 * non-validating parser: it never loads external entities and knows only the five predefined ones
 * plus character references, and we refuse any DOCTYPE outright, so entity expansion attacks
 * (billion laughs, XXE) cannot happen. `count` sees every element first, so limits stop a crafted
 * part before its tree is built.
 */
export class XmlPartParser {
  private readonly parser = new SaxesParser({ xmlns: true, position: false });
  private readonly root: XmlElement = { name: '#root', attrs: EMPTY_ATTRS, children: NO_CHILDREN };
  private readonly stack: XmlElement[] = [this.root];
  private failure: DocxImportError | null = null;

  constructor(
    private readonly partName: string,
    private readonly maxDepth: number,
    count: ElementCounter,
  ) {
    const { parser, stack } = this;
    // Canonical names by namespace URI and name as written: a part uses a few hundred distinct
    // names over hundreds of thousands of elements and attributes, so each is built once.
    const names = new Map<string, Map<string, string>>();
    const nameOf = (uri: string, prefix: string, local: string, written: string): string => {
      let byName = names.get(uri);
      if (!byName) names.set(uri, (byName = new Map()));
      let name = byName.get(written);
      if (name === undefined) byName.set(written, (name = canonicalName(uri, prefix, local)));
      return name;
    };
    parser.on('doctype', () => {
      this.failure = new DocxImportError(
        'doctype',
        `The Word file was refused: its part ${partName} declares a DOCTYPE, which Word never writes and which can hide entity attacks.`,
        { params: { part: partName } },
      );
      throw this.failure;
    });
    parser.on('opentag', (tag: SaxesTagNS) => {
      if (stack.length > maxDepth) {
        this.failure = new DocxImportError(
          'malformed-xml',
          `The Word file was refused: ${partName} is nested more than ${maxDepth} levels deep.`,
          { params: { part: partName, reason: 'depth', limit: maxDepth } },
        );
        throw this.failure;
      }
      const name = nameOf(tag.uri, tag.prefix, tag.local, tag.name);
      try {
        count(name);
      } catch (error) {
        if (error instanceof DocxImportError) this.failure = error;
        throw error;
      }
      if (NOT_KEPT.has(name) || stack[stack.length - 1] === DROPPED) {
        stack.push(DROPPED);
        return;
      }
      let attrs: Record<string, string> | null = null;
      const attributes = tag.attributes;
      for (const key in attributes) {
        const attr = attributes[key]!;
        if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
        // Revision-save ids (w:rsidR …) are the bulk of a Word part's attributes and carry no content.
        if (attr.local.startsWith('rsid')) continue;
        (attrs ??= {})[nameOf(attr.uri, attr.prefix, attr.local, attr.name)] = attr.value;
      }
      if (name === 'mc:Choice' && attrs?.['Requires'] !== undefined) {
        const uris = attrs['Requires']
          .split(/\s+/)
          .filter(Boolean)
          .map((prefix) => parser.resolve(prefix) ?? `unbound:${prefix}`);
        attrs[REQUIRES_URIS] = uris.join(' ');
      }
      const element: XmlElement = { name, attrs: attrs ?? EMPTY_ATTRS, children: NO_CHILDREN };
      addChild(stack[stack.length - 1]!, element);
      stack.push(element);
    });
    parser.on('closetag', () => {
      stack.pop();
    });
    const onText = (text: string) => {
      if (stack.length <= 1) return;
      const parent = stack[stack.length - 1]!;
      if (parent === DROPPED || (!TEXT_ELEMENTS.has(parent.name) && text.trim() === '')) return;
      const last = parent.children[parent.children.length - 1];
      // saxes may hand one text node over in pieces (chunk boundaries); keep it as one string.
      if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
      else addChild(parent, text);
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
  }

  write(text: string): void {
    if (text === '') return;
    try {
      this.parser.write(text);
    } catch (error) {
      throw this.wrap(error);
    }
  }

  close(): XmlElement {
    try {
      this.parser.close();
    } catch (error) {
      throw this.wrap(error);
    }
    const top = this.root.children.find((c): c is XmlElement => typeof c !== 'string');
    if (!top)
      throw new DocxImportError('malformed-xml', `The Word file is damaged: ${this.partName} is empty.`, {
        params: { part: this.partName, reason: 'empty' },
      });
    return top;
  }

  private wrap(error: unknown): DocxImportError {
    if (this.failure) return this.failure;
    if (error instanceof DocxImportError) return error;
    return new DocxImportError(
      'malformed-xml',
      `The Word file is damaged: ${this.partName} is not well-formed XML (${shortReason(error)}).`,
      { cause: error, params: { part: this.partName, reason: shortReason(error) } },
    );
  }
}

/** Parses a whole part given as text (tests, small parts). */
export function parseXml(
  xml: string,
  partName: string,
  maxDepth: number,
  count: ElementCounter = () => {},
): XmlElement {
  const parser = new XmlPartParser(partName, maxDepth, count);
  parser.write(xml);
  return parser.close();
}

function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 160);
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children)
    if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child);
  return out;
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) if (typeof child !== 'string' && child.name === name) return child;
  return undefined;
}

/** Concatenated character data directly and deeply inside an element (iterative: no stack limit). */
export function textContent(element: XmlElement): string {
  let out = '';
  const stack: XmlNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** Every descendant element with this name, not looking inside a match or a `stopAt` element; in document order. */
export function descendants(element: XmlElement, name: string, stopAt?: ReadonlySet<string>): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlNode[] = [];
  for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') continue;
    if (node.name === name) out.push(node);
    else if (!stopAt?.has(node.name))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/**
 * The element as canonical XML (names, attributes in order, text), for hashing content that has no
 * part of its own (an equation). Iterative, so a deep element cannot overflow the stack.
 */
export function canonicalXml(element: XmlElement): string {
  let out = '';
  const stack: (XmlNode | { close: string })[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out += node.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      continue;
    }
    if ('close' in node) {
      out += `</${node.close}>`;
      continue;
    }
    const attrs = Object.keys(node.attrs)
      .filter((key) => key !== REQUIRES_URIS)
      .sort()
      .map((key) => ` ${key}="${node.attrs[key]!.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
      .join('');
    out += `<${node.name}${attrs}>`;
    stack.push({ close: node.name });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

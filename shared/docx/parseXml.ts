import { SaxesParser } from 'saxes';
import { DocxImportError } from './DocxImportError';

/** A parsed XML element. Names are `prefix:local` with our canonical prefix for known namespaces. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * Word files may bind any prefix to a namespace; we read by namespace URI and name elements with
 * the prefixes the OOXML spec uses, so the rest of the reader can match on `w:p`, `r:id` ….
 */
const CANONICAL_PREFIX: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'op',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

function canonicalName(uri: string, prefix: string, local: string): string {
  const canonical = CANONICAL_PREFIX[uri];
  if (canonical) return `${canonical}:${local}`;
  return prefix ? `${prefix}:${local}` : local;
}

/**
 * Parses one XML part of an untrusted file. saxes is a strict, non-validating parser: it never
 * loads external entities and knows only the five predefined ones plus character references, and
 * we refuse any DOCTYPE outright, so entity expansion attacks (billion laughs, XXE) cannot happen.
 */
export function parseXml(xml: string, partName: string, maxDepth: number): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: DocxImportError | null = null;

  parser.on('doctype', () => {
    failure = new DocxImportError(
      'doctype',
      `The Word file was refused: its part ${partName} declares a DOCTYPE, which Word never writes and which can hide entity attacks.`,
    );
    throw failure;
  });
  parser.on('opentag', (tag) => {
    if (stack.length > maxDepth) {
      failure = new DocxImportError(
        'malformed-xml',
        `The Word file was refused: ${partName} is nested more than ${maxDepth} levels deep.`,
      );
      throw failure;
    }
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
      attrs[canonicalName(attr.uri, attr.prefix, attr.local)] = attr.value;
    }
    const element: XmlElement = { name: canonicalName(tag.uri, tag.prefix, tag.local), attrs, children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (text: string) => {
    // Whitespace between elements carries no content in WordprocessingML (w:t keeps its own).
    if (stack.length > 1) stack[stack.length - 1]!.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(xml).close();
  } catch (error) {
    if (failure) throw failure;
    throw new DocxImportError(
      'malformed-xml',
      `The Word file is damaged: ${partName} is not well-formed XML (${shortReason(error)}).`,
      { cause: error },
    );
  }
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new DocxImportError('malformed-xml', `The Word file is damaged: ${partName} is empty.`);
  return top;
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

/** Concatenated character data directly and deeply inside an element. */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const child of element.children) out += typeof child === 'string' ? child : textContent(child);
  return out;
}

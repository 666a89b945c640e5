import JSZip from 'jszip';

/** Builds small Word files by hand for tests: the exact XML a case needs, nothing else. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Namespaces the main document declares, so test bodies can use drawings, shapes, math and markup compatibility. */
export const DOCUMENT_NAMESPACES = [
  `xmlns:w="${W_NS}"`,
  `xmlns:r="${R_NS}"`,
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"',
  'xmlns:x99="urn:example:unknown-extension"',
].join(' ');

/** How an XML part's text is turned into bytes (for encoding tests). */
export type XmlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1';

export interface MakeDocxOptions {
  /** Inner XML of `w:body`. */
  body: string;
  numbering?: string;
  styles?: string;
  comments?: string;
  /** Inner XML of `w15:commentsEx` (threads and resolved state). */
  commentsExtended?: string;
  /** Inner XML of `w:footnotes` / `w:endnotes`, after the two separator notes Word always writes. */
  footnotes?: string;
  endnotes?: string;
  /** Headers and footers: relationship id → inner XML of `w:hdr` / `w:ftr` (part `word/<id>.xml`). */
  headers?: Record<string, string>;
  footers?: Record<string, string>;
  /** Images: relationship id → bytes (part `word/media/<id>.png`). */
  images?: Record<string, Uint8Array>;
  /** Extra relationships of the main document (raw `<Relationship …/>` elements). */
  extraRelationships?: string;
  /** Extra zip entries, by name. */
  extraEntries?: Record<string, string | Uint8Array>;
  /** Replace document.xml entirely. */
  documentXml?: string;
  /** Encoding of document.xml (its declaration says so, with a byte order mark for UTF-16). */
  documentEncoding?: XmlEncoding;
}

export function paragraphXml(text: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A run with the given run properties (inner XML of `w:rPr`). */
export function runXml(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A section's properties with its header and footer references (`default`, `first`, `even`). */
export function sectPrXml(refs: {
  headers?: Record<string, string>;
  footers?: Record<string, string>;
}): string {
  const headers = Object.entries(refs.headers ?? {})
    .map(([type, id]) => `<w:headerReference w:type="${type}" r:id="${id}"/>`)
    .join('');
  const footers = Object.entries(refs.footers ?? {})
    .map(([type, id]) => `<w:footerReference w:type="${type}" r:id="${id}"/>`)
    .join('');
  return `<w:sectPr>${headers}${footers}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The XML text as bytes in an encoding, with the declaration (and BOM) that encoding needs. */
export function encodeXml(xml: string, encoding: XmlEncoding): Uint8Array {
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  if (encoding === 'utf-8') return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
  if (encoding === 'latin1') {
    const text = `<?xml version="1.0" encoding="ISO-8859-1"?>${body}`;
    return Uint8Array.from(text, (ch) => {
      const code = ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`not Latin-1: ${ch}`);
      return code;
    });
  }
  const text = `\ufeff<?xml version="1.0" encoding="UTF-16"?>${body}`;
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [first, second] = encoding === 'utf-16le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    out[2 * i] = first;
    out[2 * i + 1] = second;
  }
  return out;
}

const SEPARATORS = (kind: 'footnote' | 'endnote') =>
  `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
  `<w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;

export async function makeDocx(options: MakeDocxOptions): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  ];
  const rels: string[] = [];
  const part = (name: string, rootTag: string, inner: string, extraNs = '') =>
    zip.file(
      `word/${name}`,
      `<?xml version="1.0" encoding="UTF-8"?><${rootTag} xmlns:w="${W_NS}" xmlns:r="${R_NS}"${extraNs}>${inner}</${rootTag.split(' ')[0]}>`,
    );
  if (options.styles !== undefined) {
    part('styles.xml', 'w:styles', options.styles);
    rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  if (options.numbering !== undefined) {
    part('numbering.xml', 'w:numbering', options.numbering);
    rels.push(`<Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`);
  }
  if (options.comments !== undefined) {
    part(
      'comments.xml',
      'w:comments',
      options.comments,
      ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
    );
    rels.push(`<Relationship Id="rIdComments" Type="${REL}/comments" Target="comments.xml"/>`);
  }
  if (options.commentsExtended !== undefined) {
    zip.file(
      'word/commentsExtended.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">${options.commentsExtended}</w15:commentsEx>`,
    );
    rels.push(
      '<Relationship Id="rIdCommentsEx" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>',
    );
  }
  for (const kind of ['footnote', 'endnote'] as const) {
    const inner = kind === 'footnote' ? options.footnotes : options.endnotes;
    if (inner === undefined) continue;
    part(`${kind}s.xml`, `w:${kind}s`, SEPARATORS(kind) + inner);
    rels.push(`<Relationship Id="rId${kind}s" Type="${REL}/${kind}s" Target="${kind}s.xml"/>`);
  }
  for (const [kind, parts] of [
    ['header', options.headers],
    ['footer', options.footers],
  ] as const)
    for (const [id, inner] of Object.entries(parts ?? {})) {
      part(`${id}.xml`, kind === 'header' ? 'w:hdr' : 'w:ftr', inner);
      rels.push(`<Relationship Id="${id}" Type="${REL}/${kind}" Target="${id}.xml"/>`);
    }
  for (const [id, bytes] of Object.entries(options.images ?? {})) {
    zip.file(`word/media/${id}.png`, bytes);
    rels.push(`<Relationship Id="${id}" Type="${REL}/image" Target="media/${id}.png"/>`);
  }
  if (options.extraRelationships) rels.push(options.extraRelationships);
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${overrides.join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  const documentXml =
    options.documentXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${DOCUMENT_NAMESPACES}><w:body>${options.body}</w:body></w:document>`;
  zip.file(
    'word/document.xml',
    options.documentEncoding ? encodeXml(documentXml, options.documentEncoding) : documentXml,
  );
  for (const [name, content] of Object.entries(options.extraEntries ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

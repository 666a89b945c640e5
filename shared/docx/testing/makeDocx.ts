import JSZip from 'jszip';

/** Builds small Word files by hand for tests: the exact XML a case needs, nothing else. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface MakeDocxOptions {
  /** Inner XML of `w:body`. */
  body: string;
  numbering?: string;
  styles?: string;
  comments?: string;
  /** Extra relationships of the main document (raw `<Relationship …/>` elements). */
  extraRelationships?: string;
  /** Extra zip entries, by name. */
  extraEntries?: Record<string, string | Uint8Array>;
  /** Replace document.xml entirely. */
  documentXml?: string;
}

export function paragraphXml(text: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export async function makeDocx(options: MakeDocxOptions): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  ];
  const rels: string[] = [];
  if (options.styles !== undefined) {
    zip.file(
      'word/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${options.styles}</w:styles>`,
    );
    rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  if (options.numbering !== undefined) {
    zip.file(
      'word/numbering.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">${options.numbering}</w:numbering>`,
    );
    rels.push(`<Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`);
  }
  if (options.comments !== undefined) {
    zip.file(
      'word/comments.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W_NS}">${options.comments}</w:comments>`,
    );
    rels.push(`<Relationship Id="rIdComments" Type="${REL}/comments" Target="comments.xml"/>`);
  }
  if (options.extraRelationships) rels.push(options.extraRelationships);
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file(
    'word/document.xml',
    options.documentXml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${options.body}</w:body></w:document>`,
  );
  for (const [name, content] of Object.entries(options.extraEntries ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

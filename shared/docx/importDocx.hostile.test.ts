import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocxImportError, importDocx } from './importDocx';
import { encodeXml, makeDocx, paragraphXml, W_NS } from './testing/makeDocx';

const fixture = new Uint8Array(
  readFileSync(
    fileURLToPath(new URL('../../test/fixtures/libreoffice/en-hosting-round1-sent.docx', import.meta.url)),
  ),
);

async function refusal(
  bytes: Uint8Array,
  limits?: Parameters<typeof importDocx>[1],
): Promise<DocxImportError> {
  try {
    await importDocx(bytes, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxImportError);
    const refused = error as DocxImportError;
    // One clear sentence for the user: no stack, no library jargon.
    expect(refused.message).toMatch(/^[A-Z].{20,300}[.)]$/);
    expect(refused.message).not.toMatch(/\n|undefined|jszip|saxes/i);
    return refused;
  }
  throw new Error('the file was accepted');
}

function documentXml(body: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
}

/**
 * Overwrites the declared uncompressed size of every large entry, in its local header and in the
 * central directory, the way a crafted zip bomb hides its size.
 */
function lieAboutSizes(bytes: Uint8Array, declared: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 30 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && view.getUint32(i + 22, true) > 1024 * 1024)
      view.setUint32(i + 22, declared, true);
    else if (signature === 0x02014b50 && view.getUint32(i + 24, true) > 1024 * 1024)
      view.setUint32(i + 24, declared, true);
  }
  return out;
}

/** A Word file whose document.xml inflates to `megabytes` of spaces; built from bytes to keep the test fast. */
async function bombDocx(megabytes: number): Promise<Uint8Array> {
  const head = new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`,
  );
  const tail = new TextEncoder().encode('</w:t></w:r></w:p></w:body></w:document>');
  const xml = new Uint8Array(head.length + megabytes * 1024 * 1024 + tail.length).fill(0x20);
  xml.set(head, 0);
  xml.set(tail, xml.length - tail.length);
  const zip = await JSZip.loadAsync(await makeDocx({ body: '' }));
  zip.file('word/document.xml', xml, { compression: 'DEFLATE', compressionOptions: { level: 1 } });
  return zip.generateAsync({ type: 'uint8array' });
}

afterEach(() => vi.unstubAllGlobals());

describe('importDocx refuses hostile files with a clear message', () => {
  it('an empty file', async () => {
    expect((await refusal(new Uint8Array())).code).toBe('empty');
  });

  it('a huge file, before reading it', async () => {
    const error = await refusal(new Uint8Array(26 * 1024 * 1024));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('25 MB');
  });

  it('files that are not Word documents, by content not by name', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n');
    expect((await refusal(pdf)).code).toBe('not-docx');
    const oldWord = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(600).fill(0),
    ]);
    const error = await refusal(oldWord);
    expect(error.code).toBe('not-docx');
    expect(error.message).toMatch(/\.doc/);
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text');
    zip.file('content.xml', '<office:document-content/>');
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).code).toBe('not-docx');
  });

  it('a truncated zip', async () => {
    expect((await refusal(fixture.slice(0, Math.floor(fixture.length / 2)))).code).toBe('truncated');
    expect((await refusal(fixture.slice(0, 200))).code).toBe('truncated');
  });

  it('an encrypted zip, with a hint instead of the zip library wording', async () => {
    // Sets the "encrypted" bit (bit 0 of the general-purpose flags) in every entry header.
    const locked = fixture.slice();
    const view = new DataView(locked.buffer);
    for (let i = 0; i + 30 <= locked.length; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50) view.setUint16(i + 6, view.getUint16(i + 6, true) | 1, true);
      else if (signature === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    }
    const error = await refusal(locked);
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/password/);
  });

  it('a zip bomb, counting the bytes really inflated rather than the declared sizes', async () => {
    const bomb = lieAboutSizes(await bombDocx(61), 1000);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // A hang is caught by the test's timeout, not by a clock in the assertion.
    const error = await refusal(bomb);
    expect(error.code).toBe('zip-bomb');
  });

  it('a zip bomb spread over many parts, by the running total', async () => {
    const chunk = ' '.repeat(2 * 1024 * 1024);
    const bytes = await makeDocx({
      body: paragraphXml('x'),
      styles: `<!-- ${chunk} -->`,
      numbering: `<!-- ${chunk} -->`,
      comments: `<!-- ${chunk} -->`,
    });
    const error = await refusal(bytes, { limits: { maxInflatedBytes: 5 * 1024 * 1024 } });
    expect(error.code).toBe('zip-bomb');
  });

  it('thousands of entries', async () => {
    const extraEntries: Record<string, string> = {};
    for (let i = 0; i < 2100; i++) extraEntries[`word/media/pad${i}.txt`] = 'x';
    const error = await refusal(await makeDocx({ body: paragraphXml('x'), extraEntries }));
    expect(error.code).toBe('too-many-entries');
  });

  it.each(['../../evil.sh', 'word/../../evil.xml', '/etc/passwd', 'word\\..\\evil.xml', 'C:/evil.xml'])(
    'a path-traversal entry name (%s)',
    async (name) => {
      const error = await refusal(await makeDocx({ body: paragraphXml('x'), extraEntries: { [name]: 'x' } }));
      expect(error.code).toBe('path-traversal');
    },
  );

  it('XML with a DOCTYPE, including entity bombs (billion laughs, XXE)', async () => {
    const laughs =
      '<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const bomb = documentXml(paragraphXml('&c;'), laughs);
    expect((await refusal(await makeDocx({ body: '', documentXml: bomb }))).code).toBe('doctype');
    const xxe = documentXml(
      paragraphXml('&xxe;'),
      '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    );
    expect((await refusal(await makeDocx({ body: '', documentXml: xxe }))).code).toBe('doctype');
    const inStyles = await makeDocx({ body: paragraphXml('x'), styles: '' });
    const zip = await JSZip.loadAsync(inStyles);
    zip.file(
      'word/styles.xml',
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><w:styles xmlns:w="${W_NS}"/>`,
    );
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).code).toBe('doctype');
  });

  it('undefined entities, malformed and absurdly nested XML', async () => {
    const undefinedEntity = documentXml(paragraphXml('x').replace('x', '&nbsp;'));
    expect((await refusal(await makeDocx({ body: '', documentXml: undefinedEntity }))).code).toBe(
      'malformed-xml',
    );
    const broken = documentXml('<w:p><w:r><w:t>open');
    expect((await refusal(await makeDocx({ body: '', documentXml: broken }))).code).toBe('malformed-xml');
    const deep = documentXml(
      `${'<w:sdt><w:sdtContent>'.repeat(5000)}${'</w:sdtContent></w:sdt>'.repeat(5000)}`,
    );
    expect((await refusal(await makeDocx({ body: '', documentXml: deep }))).code).toBe('malformed-xml');
  });

  it('never fetches external images or links, and says so', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const bytes = await makeDocx({
      body: [
        paragraphXml('1. Availability', 'Heading1'),
        `<w:p><w:r><w:t>See the portal.</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></wp:inline></w:drawing></w:r></w:p>`,
      ].join(''),
      extraRelationships:
        '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://attacker.example/track.png" TargetMode="External"/>' +
        '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://attacker.example/" TargetMode="External"/>',
    });
    const imported = await importDocx(bytes);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(imported.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['external-image', 'external-link']),
    );
    expect(imported.warnings.map((w) => w.text).join(' ')).toMatch(
      /never fetched.*never opened|never opened.*never fetched/,
    );
    // The empty drawing is kept as an object (named in a warning), the text as written.
    const paragraph = imported.document.clauses[0]!.body[0]!;
    expect(paragraph.type === 'paragraph' && paragraph.content[0]).toEqual({
      type: 'text',
      text: 'See the portal.',
    });
    expect(paragraph.type === 'paragraph' && paragraph.content[1]).toMatchObject({
      type: 'object',
      object: 'object',
    });
  });

  it('throws only DocxImportError for damaged bytes inside a zip signature', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const bytes = fixture.slice();
      let state = seed;
      for (let k = 0; k < 30; k++) {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        bytes[30 + (state % (bytes.length - 30))] = state & 0xff;
      }
      await importDocx(bytes).catch((error: unknown) => expect(error).toBeInstanceOf(DocxImportError));
    }
  });
});

describe('importDocx does bounded work on pathological but valid files', () => {
  it('a huge single paragraph and thousands of unmatched clauses, mapped onto a reference', async () => {
    const reference = (await importDocx(fixture)).document;
    const clauses = Array.from(
      { length: 3000 },
      (_, i) =>
        paragraphXml(`${i + 1}. Heading ${i} ${'x'.repeat(i % 7)}`, 'Heading1') +
        paragraphXml(`Text ${i} of 99.9 % and ${i} minutes.`),
    ).join('');
    const giant =
      paragraphXml(`Between ${'(Provider) and '.repeat(2000)}`) + paragraphXml(`word `.repeat(400_000));
    const imported = await importDocx(await makeDocx({ body: giant + clauses }), { reference });
    expect(imported.document.clauses.length).toBeGreaterThan(3000);
  });
});

/** A file whose document.xml is `head`, `repeat` × `times`, `tail`, built from bytes so the test stays fast. */
async function repeatedDocx(repeat: string, times: number, head = '', tail = ''): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const start = encoder.encode(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${head}`,
  );
  const unit = encoder.encode(repeat);
  const end = encoder.encode(`${tail}</w:body></w:document>`);
  const xml = new Uint8Array(start.length + unit.length * times + end.length);
  xml.set(start, 0);
  for (let i = 0; i < times; i++) xml.set(unit, start.length + i * unit.length);
  xml.set(end, start.length + unit.length * times);
  const zip = await JSZip.loadAsync(await makeDocx({ body: '' }));
  zip.file('word/document.xml', xml, { compression: 'DEFLATE', compressionOptions: { level: 9 } });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('importDocx counts elements as they are parsed and refuses early', () => {
  it('9 million empty paragraphs in an 80 KB file', async () => {
    const bytes = await repeatedDocx('<w:p/>', 9_000_000);
    expect(bytes.length).toBeLessThan(120 * 1024);
    const error = await refusal(bytes);
    expect(error.code).toBe('too-many-elements');
    expect(error.params).toMatchObject({ what: 'paragraphs', limit: 100_000 });
    expect(error.message).toMatch(/more than 100,000 paragraphs/);
  });

  it.each([
    ['runs', '<w:p><w:r/><w:r/><w:r/></w:p>'],
    ['cells', '<w:tbl><w:tr><w:tc/><w:tc/></w:tr></w:tbl>'],
    ['anchors', '<w:p><w:commentRangeStart w:id="1"/></w:p>'],
    ['elements', '<w:p><w:bookmarkStart/><w:bookmarkEnd/></w:p>'],
  ] as const)('too many %s, with the limit said', async (what, unit) => {
    const limits = { maxElements: { [what]: 500 } };
    const error = await refusal(await repeatedDocx(unit, 1_000), { limits });
    expect(error.code).toBe('too-many-elements');
    expect(error.params).toMatchObject({ what, limit: 500 });
  });

  it('too many comments and notes, counted in their own parts', async () => {
    const comments = Array.from({ length: 30 }, (_, i) => `<w:comment w:id="${i}"><w:p/></w:comment>`).join(
      '',
    );
    const error = await refusal(await makeDocx({ body: paragraphXml('x'), comments }), {
      limits: { maxElements: { comments: 20 } },
    });
    expect(error.params).toMatchObject({ what: 'comments', part: 'word/comments.xml' });
    const footnotes = Array.from(
      { length: 30 },
      (_, i) => `<w:footnote w:id="${i + 1}"><w:p/></w:footnote>`,
    ).join('');
    const notes = await refusal(await makeDocx({ body: paragraphXml('x'), footnotes }), {
      limits: { maxElements: { notes: 20 } },
    });
    expect(notes.params).toMatchObject({ what: 'notes' });
  });

  it('a 17 KB file with 3,000 comment ranges that never close imports, each anchor bounded', async () => {
    const starts = Array.from({ length: 3_000 }, (_, i) => `<w:commentRangeStart w:id="${i}"/>`).join('');
    const comments = Array.from(
      { length: 3_000 },
      (_, i) => `<w:comment w:id="${i}" w:author="A"><w:p><w:r><w:t>c</w:t></w:r></w:p></w:comment>`,
    ).join('');
    const zip = await JSZip.loadAsync(await makeDocx({ body: '', comments }));
    const head = `${paragraphXml('1. Scope', 'Heading1')}<w:p>${starts}</w:p>`;
    const base = await repeatedDocx(
      '<w:p><w:r><w:t>run </w:t></w:r><w:r><w:t>text </w:t></w:r></w:p>',
      30_000,
      head,
    );
    const withComments = await JSZip.loadAsync(base);
    withComments.file('word/comments.xml', await zip.file('word/comments.xml')!.async('uint8array'));
    withComments.file(
      'word/_rels/document.xml.rels',
      await zip.file('word/_rels/document.xml.rels')!.async('uint8array'),
    );
    const bytes = await withComments.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
    expect(bytes.length).toBeLessThan(40 * 1024);
    // The old reader appended every run to every open range (3,000 × 60,000 appends) and ran out of
    // memory; now a range is two offsets. The test's timeout guards against a hang.
    const imported = await importDocx(bytes);
    expect(imported.comments).toHaveLength(3_000);
    expect(imported.comments.every((comment) => comment.anchorText.length <= 2_000)).toBe(true);
    expect(imported.comments[0]!.anchorText.startsWith('run text run text')).toBe(true);
  });

  it('too many parts to read', async () => {
    const headers: Record<string, string> = {};
    const refs: string[] = [];
    for (let i = 0; i < 20; i++) {
      headers[`h${i}`] = paragraphXml(`Header ${i}`);
      refs.push(
        `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="h${i}"/></w:sectPr></w:pPr></w:p>`,
      );
    }
    const error = await refusal(await makeDocx({ body: refs.join(''), headers }), {
      limits: { maxParts: 10 },
    });
    expect(error.params).toMatchObject({ what: 'parts', limit: 10 });
  });
});

describe('importDocx reads the encoding each part declares', () => {
  const body =
    paragraphXml('1. Verfügbarkeit', 'Heading1') + paragraphXml('Müller & Söhne: 99,9 % — „garantiert“.');

  it.each(['utf-16le', 'utf-16be'] as const)('a %s part with its byte order mark', async (encoding) => {
    const imported = await importDocx(await makeDocx({ body, documentEncoding: encoding }));
    expect(imported.document.clauses[0]!.heading).toBe('Verfügbarkeit');
    expect(JSON.stringify(imported.document.clauses[0]!.body)).toContain('Müller & Söhne');
  });

  it('a part declared and written as Latin-1', async () => {
    const latin =
      paragraphXml('1. Verfügbarkeit', 'Heading1') + paragraphXml('Müller & Söhne: 99,9 % garantiert.');
    const imported = await importDocx(await makeDocx({ body: latin, documentEncoding: 'latin1' }));
    expect(JSON.stringify(imported.document.clauses[0]!.body)).toContain('Müller & Söhne');
  });

  it('refuses bytes that are not what the part declares, never turning them into U+FFFD', async () => {
    const latinBytes = encodeXml(
      `<w:document xmlns:w="${W_NS}"><w:body>${paragraphXml('Müller')}</w:body></w:document>`,
      'latin1',
    );
    const declaredUtf8 = new TextDecoder('latin1')
      .decode(latinBytes)
      .replace('encoding="ISO-8859-1"', 'encoding="UTF-8"');
    const zip = await JSZip.loadAsync(await makeDocx({ body: '' }));
    zip.file(
      'word/document.xml',
      Uint8Array.from(declaredUtf8, (ch) => ch.charCodeAt(0)),
    );
    const error = await refusal(await zip.generateAsync({ type: 'uint8array' }));
    expect(error.code).toBe('bad-encoding');
    expect(error.params).toMatchObject({ part: 'word/document.xml', why: 'invalid' });
  });

  it('refuses a declaration that contradicts the bytes, and encodings it does not read', async () => {
    const sixteen = encodeXml(`<w:document xmlns:w="${W_NS}"><w:body/></w:document>`, 'utf-16le');
    const text = new TextDecoder('utf-16le').decode(sixteen).replace('UTF-16', 'UTF-8');
    const lying = new Uint8Array(sixteen.length);
    for (let i = 0; i < text.length; i++) {
      lying[2 * i] = text.charCodeAt(i) & 0xff;
      lying[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const zip = await JSZip.loadAsync(await makeDocx({ body: '' }));
    zip.file('word/document.xml', lying);
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).params).toMatchObject({
      why: 'mismatch',
    });
    zip.file(
      'word/document.xml',
      `<?xml version="1.0" encoding="EBCDIC-CP-US"?><w:document xmlns:w="${W_NS}"/>`,
    );
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).params).toMatchObject({
      why: 'unsupported',
    });
  });
});

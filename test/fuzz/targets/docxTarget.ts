import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { DocxImportError, importDocx } from '../../../shared/docx/importDocx';
import { makeDocx, paragraphXml } from '../../../shared/docx/testing/makeDocx';
import { SlaDocument, viewDocument } from '../../../shared/model';
import type { FuzzTarget } from '../fuzzImporter';
import {
  FORBIDDEN_KEYS,
  byteMutators,
  insertAt,
  positionsAfter,
  textMutators,
  type Mutator,
} from '../mutators';
import type { Prng } from '../prng';

const FIXTURES = new URL('../../fixtures/libreoffice/', import.meta.url);
const FIXTURE_NAMES = [
  'de-helpdesk-basis.docx',
  'en-hosting-round1-sent.docx',
  'en-hosting-round2-counterparty.docx',
];

async function docxSeeds(): Promise<Uint8Array[]> {
  const fixtures = FIXTURE_NAMES.map((name) => new Uint8Array(readFileSync(new URL(name, FIXTURES))));
  const small = await makeDocx({
    body:
      paragraphXml('1 Availability', 'Heading1') +
      paragraphXml('Monthly availability is at least 99.9 %.') +
      '<w:p><w:ins w:id="1" w:author="Them" w:date="2026-01-01T00:00:00Z"><w:r><w:t>Added.</w:t></w:r></w:ins>' +
      '<w:del w:id="2" w:author="Them"><w:r><w:delText>Removed.</w:delText></w:r></w:del></w:p>',
  });
  return [...fixtures, small];
}

/** Mutates one XML part and zips again, so the damage reaches the XML parser and not only the zip CRC. */
function insideXml(name: string, mutate: (xml: string, rng: Prng) => string): Mutator<Uint8Array> {
  return {
    name: `xml/${name}`,
    async apply(input, rng) {
      let zip: JSZip;
      try {
        zip = await JSZip.loadAsync(input);
      } catch {
        return input; // An earlier raw mutation already broke the zip; keep that case.
      }
      const parts = Object.keys(zip.files).filter((part) => /\.(xml|rels)$/.test(part));
      if (parts.length === 0) return input;
      const part =
        rng.chance(0.5) && parts.includes('word/document.xml') ? 'word/document.xml' : rng.pick(parts);
      const xml = await zip.file(part)!.async('string');
      zip.file(part, mutate(xml, rng));
      // Mostly stored, not deflated: cheaper to build, and the importer reads both kinds.
      return zip.generateAsync({ type: 'uint8array', compression: rng.chance(0.25) ? 'DEFLATE' : 'STORE' });
    },
  };
}

const XXE_DOCTYPE =
  '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';

const xmlMutators: readonly Mutator<Uint8Array>[] = [
  ...textMutators.map((m) => insideXml(m.name, (xml, rng) => m.apply(xml, rng) as string)),
  insideXml('doctype-xxe', (xml, rng) => {
    const afterDecl = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
    const withDoctype = insertAt(xml, afterDecl, XXE_DOCTYPE);
    return rng.chance(0.5) ? withDoctype.replace(/<w:t( [^>]*)?>/, '<w:t>&xxe;&lol2;') : withDoctype;
  }),
  insideXml('deep-nesting', (xml, rng) => {
    const depth = rng.pick([100, 255, 257, 1_000, 20_000]);
    const open = rng.pick([
      '<w:r>',
      '<w:tbl><w:tr><w:tc>',
      '<w:sdt><w:sdtContent>',
      '<w:ins w:id="9" w:author="x">',
    ]);
    const close = open
      .replace(/<([\w:]+)[^>]*>/g, '</$1>')
      .split(/(?=<\/)/)
      .reverse()
      .join('');
    const spots = positionsAfter(xml, '<w:body>');
    const at = spots.length > 0 ? rng.pick(spots) : rng.int(xml.length);
    return insertAt(
      xml,
      at,
      `${open.repeat(depth)}<w:p><w:r><w:t>deep</w:t></w:r></w:p>${close.repeat(depth)}`,
    );
  }),
  insideXml('prototype-keys', (xml, rng) => {
    const key = rng.pick([...FORBIDDEN_KEYS, 'hasOwnProperty', 'toString']);
    // Style, numbering and comment ids are looked up by key: the classic way such names reach an object.
    const replaced = xml.replace(
      /(w:(?:val|id|numId|styleId|abstractNumId|ilvl))="[^"]*"/g,
      (whole, attr: string) => (rng.chance(0.3) ? `${attr}="${key}"` : whole),
    );
    return rng.chance(0.5) ? replaced : replaced.replace('<w:p>', `<w:p ${key}="1" w:${key}="1">`);
  }),
  insideXml('wrong-types', (xml, rng) =>
    xml.replace(/(w:(?:val|id|numId|ilvl|w|gridSpan|abstractNumId))="[^"]*"/g, (whole, attr: string) =>
      rng.chance(0.3)
        ? `${attr}="${rng.pick(['-1', 'NaN', '1e309', '99999999999999999999', '', 'x', '0x10', '1.5'])}"`
        : whole,
    ),
  ),
  insideXml('external-target', (xml, rng) =>
    xml.replace(
      /Target="[^"]*"/,
      rng.pick([
        'Target="http://example.invalid/x.xml" TargetMode="External"',
        'Target="file:///etc/passwd" TargetMode="External"',
        'Target="../../../../etc/passwd"',
        'Target="/word/document.xml"',
        'Target="document.xml"',
      ]),
    ),
  ),
  {
    name: 'zip/entries',
    async apply(input, rng) {
      let zip: JSZip;
      try {
        zip = await JSZip.loadAsync(input);
      } catch {
        return input;
      }
      const names = Object.keys(zip.files);
      switch (rng.int(3)) {
        case 0:
          zip.remove(rng.pick(names));
          break;
        case 1:
          zip.file(
            rng.pick(['../../evil.xml', '/abs/evil.xml', 'word/../../evil.xml', 'C:\\evil.xml']),
            '<x/>',
          );
          break;
        default:
          zip.file(
            rng.pick(names),
            rng.pick(['', 'not xml at all', '\u0000\u0001', '<?xml version="1.0"?>']),
          );
      }
      return zip.generateAsync({ type: 'uint8array', compression: rng.pick(['DEFLATE', 'STORE'] as const) });
    },
  },
];

let reference: SlaDocument | undefined;

/** Checks what a successful import returns: documents the rest of the app can store. */
async function runDocxImport(input: Uint8Array, context: { index: number }): Promise<'ok'> {
  // Every other case maps onto a reference document, so the mapping code is fuzzed too.
  const withReference = context.index % 2 === 1 ? reference : undefined;
  const result = await importDocx(input, withReference ? { reference: withReference } : {});
  SlaDocument.parse(result.document);
  // Both views of their text must be documents the rest of the app can store, too.
  SlaDocument.parse(viewDocument(result.document, 'accepted'));
  SlaDocument.parse(viewDocument(result.document, 'original'));
  return 'ok';
}

export const docxTarget: FuzzTarget<Uint8Array> = {
  name: 'DOCX import',
  seeds: docxSeeds,
  mutators: [...byteMutators, ...xmlMutators],
  run: runDocxImport,
  isExpectedError: (error) => error instanceof DocxImportError,
  // 'unreadable' is importDocx's catch-all for an internal exception: name the cause, it may be a bug.
  errorLabel: (error) => {
    const { code, cause } = error as DocxImportError;
    return code === 'unreadable' && cause instanceof Error
      ? `unreadable (${cause.name}: ${cause.message.slice(0, 100)})`
      : code;
  },
  count: 1_000,
  timeBoundMs: 5_000,
  async setup() {
    const [first] = await docxSeeds();
    reference = (await importDocx(first!)).document;
  },
};

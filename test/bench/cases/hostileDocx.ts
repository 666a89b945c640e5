import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { importDocx } from '../../../shared/docx/importDocx';
import { makeDocx, paragraphXml, W_NS } from '../../../shared/docx/testing/makeDocx';
import { formatMs } from '../benchCase';

/** A file whose document.xml is `head` + `unit` × `times`, built from bytes. */
async function repeated(
  unit: string,
  times: number,
  head = '',
): Promise<{ bytes: Uint8Array; xml: Uint8Array }> {
  const encoder = new TextEncoder();
  const start = encoder.encode(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${head}`,
  );
  const piece = encoder.encode(unit);
  const end = encoder.encode('</w:body></w:document>');
  const end2 =
    head.startsWith('<w:p>') && !head.includes('</w:p>') ? encoder.encode('</w:p>') : new Uint8Array();
  const xml = new Uint8Array(start.length + piece.length * times + end2.length + end.length);
  xml.set(start, 0);
  for (let i = 0; i < times; i++) xml.set(piece, start.length + i * piece.length);
  xml.set(end2, start.length + piece.length * times);
  xml.set(end, xml.length - end.length);
  const zip = await JSZip.loadAsync(await makeDocx({ body: '' }));
  zip.file('word/document.xml', xml, { compression: 'DEFLATE', compressionOptions: { level: 9 } });
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), xml };
}

async function timed(fn: () => Promise<unknown>): Promise<{ ms: number; outcome: string }> {
  const start = performance.now();
  let outcome = 'imported';
  try {
    await fn();
  } catch (error) {
    outcome = `refused (${(error as { code?: string }).code ?? 'error'})`;
  }
  return { ms: performance.now() - start, outcome };
}

/**
 * Issue 8, "linear and bounded": the worst files under the size limit. Each is imported once and
 * compared with the bare minimum for the same bytes (unzip document.xml, run saxes over it, build
 * nothing), in the same run; a ratio near or below 1 means the limits stop the work early.
 */
export async function hostileDocxCases(): Promise<string[]> {
  const lines: string[] = [];
  const cases: [string, () => Promise<{ bytes: Uint8Array; xml: Uint8Array }>][] = [
    ['9 million empty paragraphs', () => repeated('<w:p/>', 9_000_000)],
    [
      '3,000 unclosed comment ranges, 60,000 runs',
      () =>
        repeated(
          '<w:p><w:r><w:t>run </w:t></w:r><w:r><w:t>text </w:t></w:r></w:p>',
          30_000,
          `${paragraphXml('1. Scope', 'Heading1')}<w:p>${Array.from({ length: 3_000 }, (_, i) => `<w:commentRangeStart w:id="${i}"/>`).join('')}</w:p>`,
        ),
    ],
    ['1.9 million elements just under the limit', () => repeated('<w:bookmarkStart/>', 1_900_000, '<w:p>')],
  ];
  // Warm the reader up first, so the first case does not pay for compiling it.
  for (let i = 0; i < 3; i++)
    await importDocx((await repeated('<w:p><w:r><w:t>warm up</w:t></w:r></w:p>', 20_000)).bytes);
  for (const [name, build] of cases) {
    const { bytes, xml } = await build();
    const bare = await timed(async () => {
      const zip = await JSZip.loadAsync(bytes);
      const text = await zip.file('word/document.xml')!.async('string');
      new SaxesParser({ xmlns: true }).write(text).close();
    });
    const rssBefore = process.memoryUsage().rss;
    const ours = await timed(() => importDocx(bytes));
    const rssGrowth = Math.max(0, process.memoryUsage().rss - rssBefore);
    lines.push(
      `hostile docx ${name} (${Math.round(bytes.length / 1024)} KB, ${Math.round(xml.length / 1024 / 1024)} MB XML): ` +
        `${ours.outcome} in ${formatMs(ours.ms)} ms, baseline unzip+parse ${formatMs(bare.ms)} ms, ratio ${(ours.ms / bare.ms).toFixed(2)}, ` +
        `memory +${Math.round(rssGrowth / 1024 / 1024)} MB`,
    );
  }
  return lines;
}

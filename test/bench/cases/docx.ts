import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { exportCleanDocx, exportRedlineDocx } from '../../../shared/docx/exportDocx';
import { importDocx } from '../../../shared/docx/importDocx';
import { buildChangeTree } from '../../../shared/redline/buildChangeTree';
import { formatMs } from '../benchCase';
import { generateSla, mutateSla } from '../generateSla';

const TARGET_MS = 1_000;

/** Median of async runs after one warm-up. */
async function medianAsyncMs(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Issue 4 performance: export of a 100-page redline and import of a 100-page Word file, each under
 * 1 s. Baselines in the same run: a clean export of the same round, and the bare minimum of an
 * import (unzip document.xml and run the XML parser over it, building nothing).
 */
export async function docxCases(): Promise<string[]> {
  const a = generateSla({ seed: 2026, clauses: 400, wordsPerClause: 100 });
  const b = mutateSla(a, {
    seed: 11,
    wordChangeRate: 0.02,
    moveClauses: 8,
    insertClauses: 4,
    removeClauses: 4,
  });
  const redline = buildChangeTree(a, b);
  const meta = { dealName: 'Bench deal', roundLabel: 'Round 2', shortHash: '0123abcd' };
  const redlineMeta = {
    ...meta,
    authorA: 'Customer',
    authorB: 'Provider',
    dateA: '2026-11-01T00:00:00Z',
    dateB: '2026-11-02T00:00:00Z',
  };

  const lines: string[] = [];
  const report = (name: string, ms: number, baselineName: string, baselineMs: number) => {
    lines.push(
      `docx ${name}: ${formatMs(ms)} ms (target < ${TARGET_MS} ms: ${ms < TARGET_MS ? 'met' : 'NOT met'}), ` +
        `${baselineName} ${formatMs(baselineMs)} ms, ratio ${(ms / baselineMs).toFixed(1)}`,
    );
  };

  const cleanMs = await medianAsyncMs(() => exportCleanDocx(b, meta));
  const redlineBytes = await exportRedlineDocx(redline, redlineMeta);
  const exportMs = await medianAsyncMs(() => exportRedlineDocx(redline, redlineMeta));
  lines.push(
    `docx setup: ${a.clauses.length} clauses, ${redline.changes.length} changes, redline ${Math.round(redlineBytes.length / 1024)} KB`,
  );
  report('export-redline', exportMs, 'baseline clean export', cleanMs);

  const bytes = await exportCleanDocx(a, meta);
  const bareMs = await medianAsyncMs(async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const parser = new SaxesParser({ xmlns: true });
    parser.write(xml).close();
  });
  const importMs = await medianAsyncMs(() => importDocx(bytes));
  report('import', importMs, 'baseline unzip+parse', bareMs);
  const mappedMs = await medianAsyncMs(() => importDocx(bytes, { reference: a }));
  report('import-onto-reference', mappedMs, 'baseline unzip+parse', bareMs);
  const redlineImportMs = await medianAsyncMs(() => importDocx(redlineBytes, { reference: a }));
  report('import-redline', redlineImportMs, 'baseline unzip+parse', bareMs);
  return lines;
}

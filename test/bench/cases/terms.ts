import { recogniseTerms } from '../../../shared/terms/recogniseTerms';
import type { RecognitionInput } from '../../../shared/terms/recognition';
import { CORPUS_DE } from '../../../shared/terms/testing/corpus.de';
import { CORPUS_EN } from '../../../shared/terms/testing/corpus.en';
import { CORPUS_FAMILIES } from '../../../shared/terms/testing/corpus.families';
import { CORPUS_MIXED } from '../../../shared/terms/testing/corpus.mixed';
import { formatMs, medianMs } from '../benchCase';

const TARGET_MS = 1_000;
/** About 3,000 characters of text per page. */
const PAGE_CHARS = 3_000;

function charsOf(input: RecognitionInput): number {
  let n = 0;
  for (const clause of input.clauses)
    for (const block of clause.blocks)
      n +=
        block.type === 'text'
          ? block.text.length
          : block.rows.reduce((s, row) => s + row.join(' ').length, 0);
  return n;
}

/** The corpus repeated until it fills `pages`: prose, lists and tables in one language. */
function document(pages: number, language: 'de' | 'en'): RecognitionInput {
  const source = [...CORPUS_EN, ...CORPUS_DE, ...CORPUS_MIXED, ...CORPUS_FAMILIES].filter(
    (doc) => doc.language === language,
  );
  const clauses: RecognitionInput['clauses'] = [];
  for (let i = 0; charsOf({ clauses }) < pages * PAGE_CHARS; i++)
    for (const clause of source[i % source.length]!.clauses) clauses.push(clause);
  return { language, clauses };
}

/** The same text as one paragraph: the worst case for work per text. */
function oneParagraph(input: RecognitionInput): RecognitionInput {
  const parts: string[] = [];
  for (const clause of input.clauses)
    for (const block of clause.blocks)
      parts.push(block.type === 'text' ? block.text : block.rows.map((r) => r.join(' | ')).join('. '));
  return {
    language: input.language,
    clauses: [{ heading: 'Leistungen', blocks: [{ type: 'text', text: parts.join(' ') }] }],
  };
}

/** Least CPU time of `runs` calls after one warm-up: the measure a busy machine distorts least. */
function cpuMs(fn: () => unknown, runs = 5): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * Issue 10 (customer paper) performance: recognising the terms of a 100-page SLA takes well under a
 * second and grows linearly. Baseline in the same run: one pass of a plain number regex over the same
 * text (the least any reader of values must do). Linearity: 100 pages against 50 pages (≈ 2), by CPU time.
 */
export async function termsCases(): Promise<string[]> {
  const lines: string[] = [];
  for (const language of ['en', 'de'] as const) {
    const full = document(100, language);
    const half = document(50, language);
    const single = oneParagraph(full);
    const texts = full.clauses.flatMap((c) =>
      c.blocks.map((b) => (b.type === 'text' ? b.text : b.rows.flat().join(' '))),
    );
    const baseline = medianMs(() => {
      let n = 0;
      for (const text of texts) n += text.match(/\d+(?:[.,]\d+)?/g)?.length ?? 0;
      return n;
    });
    const wall = medianMs(() => recogniseTerms(full), 5, 1);
    const cpuFull = cpuMs(() => recogniseTerms(full));
    const cpuHalf = cpuMs(() => recogniseTerms(half));
    const cpuSingle = cpuMs(() => recogniseTerms(single), 3);
    const met = (ms: number) => (ms < TARGET_MS ? 'met' : 'NOT met');
    lines.push(
      `terms ${language} 100 pages (${Math.round(charsOf(full) / 1000)}k chars): ours ${formatMs(wall)} ms wall, ` +
        `${formatMs(cpuFull)} ms CPU (target < ${TARGET_MS} ms: ${met(Math.min(wall, cpuFull))}), ` +
        `baseline number regex ${formatMs(baseline)} ms, ratio ${(wall / baseline).toFixed(0)}`,
      `terms ${language} linearity (CPU): 100 pages ${formatMs(cpuFull)} ms / 50 pages ${formatMs(cpuHalf)} ms = ${(cpuFull / cpuHalf).toFixed(2)} (≈ 2 is linear)`,
      `terms ${language} as one paragraph: ${formatMs(cpuSingle)} ms CPU (target < ${TARGET_MS} ms: ${met(cpuSingle)})`,
    );
  }
  return lines;
}

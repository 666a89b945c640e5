import { diffWords } from 'diff';
import { buildChangeTree } from '../../../shared/redline/buildChangeTree';
import { formatMs, medianMs, timeOnce } from '../benchCase';
import { generateSla, mutateSla, plainTextOf } from '../generateSla';

/** Baseline guard: jsdiff needs minutes for a 30 % change of 40,000 words (DESIGN §8). */
const BASELINE_TIMEOUT_MS = 20_000;

interface Target {
  minRatio?: number;
  maxMs: number;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/**
 * Issue 3 performance: our redline of two ~100-page SLAs (≈ 40,000 words, 400 clauses) against
 * one jsdiff `diffWords` over the whole text, measured in the same run.
 */
export async function redlineCases(): Promise<string[]> {
  const a = generateSla({ seed: 2026, clauses: 400, wordsPerClause: 100 });
  const cases = [
    {
      name: 'a-2pct-moved',
      b: mutateSla(a, { seed: 11, wordChangeRate: 0.02, moveClauses: 8 }),
      target: { minRatio: 10, maxMs: 100 } as Target,
    },
    {
      name: 'b-30pct',
      b: mutateSla(a, { seed: 12, wordChangeRate: 0.3 }),
      target: { maxMs: 1_000 } as Target,
    },
  ];
  const textA = plainTextOf(a);
  const lines = [`redline setup: ${a.clauses.length} clauses, ${wordCount(textA)} words`];
  for (const { name, b, target } of cases) {
    const redline = buildChangeTree(a, b);
    const cpuBefore = process.cpuUsage();
    const ours = medianMs(() => buildChangeTree(a, b), 7, 2);
    // CPU time per run (all threads, incl. GC): less distorted than wall time on a busy machine.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000 / 9;
    const textB = plainTextOf(b);
    const baseline = timeOnce(() => diffWords(textA, textB, { timeout: BASELINE_TIMEOUT_MS }));
    const timedOut = baseline.result === undefined;
    const ratio = baseline.ms / ours;
    const baselineText = timedOut ? `> ${BASELINE_TIMEOUT_MS} ms (timed out)` : `${formatMs(baseline.ms)} ms`;
    lines.push(
      `redline ${name}: ours ${formatMs(ours)} ms, baseline ${baselineText}, ratio ${timedOut ? '> ' : ''}${ratio.toFixed(1)}`,
    );
    const met = ours < target.maxMs && (target.minRatio === undefined || ratio >= target.minRatio);
    const goal = `${target.minRatio ? `≥ ${target.minRatio}× and ` : ''}< ${target.maxMs} ms`;
    lines.push(
      `redline ${name} target (${goal}): ${met ? 'met' : 'NOT met'} — ours ${formatMs(cpuMs)} ms CPU per run, ${redline.changes.length} changes, ${redline.counts['clause-moved']} moved`,
    );
  }
  return lines;
}

/**
 * A benchmark case: runs, measures against its baseline in the same run, and returns the lines
 * to print. Files in `cases/` export any number of these; `run.ts` finds and runs them all.
 */
export type BenchCase = () => Promise<string[]>;

/** Median wall time of `runs` calls after `warmup` unmeasured calls, in milliseconds. */
export function medianMs(fn: () => unknown, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

/** One measured call; `undefined` results (a guard gave up) are reported as timed out. */
export function timeOnce<T>(fn: () => T | undefined): { ms: number; result: T | undefined } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

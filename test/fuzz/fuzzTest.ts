import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fuzzImporter, type FuzzInput, type FuzzTarget } from './fuzzImporter';

/** Fixed so CI always tries the same inputs; set FUZZ_SEED (and FUZZ_COUNT) to explore further. */
export const DEFAULT_FUZZ_SEED = 20_261_127;

/** FUZZ_SAVE_DIR keeps failing and slow (over FUZZ_SLOW_MS) inputs as files, for replaying by hand. */
function saver(name: string) {
  const dir = process.env.FUZZ_SAVE_DIR;
  if (!dir) return undefined;
  return (index: number, input: FuzzInput) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name.replace(/\W+/g, '-')}-${index}.bin`), input);
  };
}

/**
 * The test every importer's fuzz file declares: `fuzzTest(csvTarget)` in `csv.fuzz.test.ts`. One file
 * per importer so vitest runs them in parallel.
 */
export function fuzzTest<I extends FuzzInput>(target: FuzzTarget<I>): void {
  const seed = Number(process.env.FUZZ_SEED ?? DEFAULT_FUZZ_SEED);
  const count = Number(process.env.FUZZ_COUNT ?? target.count);
  const only = process.env.FUZZ_ONLY?.split(',').map(Number);
  it(`${target.name}: ${count} mutated inputs each give a valid import or a clear error`, async () => {
    const report = await fuzzImporter(
      { ...target, count },
      {
        seed,
        ...(only ? { only } : {}),
        onSlowOrFailed: saver(target.name),
        slowMs: Number(process.env.FUZZ_SLOW_MS ?? target.timeBoundMs),
      },
    );
    if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify(report, null, 1));
    expect(report.failures, `${target.name} (seed ${seed})`).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(report.runs).toBe(only?.length ?? count);
    if (!only) {
      // The mutations must reach past the first check: some inputs still import, many are refused.
      expect(report.ok, 'valid imports').toBeGreaterThan(0);
      expect(Object.keys(report.outcomes).length, 'kinds of refusal').toBeGreaterThan(3);
    }
  }, 300_000);
}

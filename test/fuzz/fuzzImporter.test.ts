import { describe, expect, it } from 'vitest';
import { fuzzImporter, type FuzzTarget } from './fuzzImporter';
import { textMutators } from './mutators';

class ClearError extends Error {}

// Generous bound: a loaded CI machine must not turn a quick JSON.parse into a failure. Only the
// hang case uses a short one, where the bound is the thing under test.
function target(run: FuzzTarget<string>['run'], timeBoundMs = 5_000): FuzzTarget<string> {
  return {
    name: 'toy',
    seeds: ['{"a":1}', '{"b":[1,2,3]}'],
    mutators: textMutators,
    run,
    isExpectedError: (error) => error instanceof ClearError,
    count: 50,
    timeBoundMs,
  };
}

describe('fuzzImporter', () => {
  it('accepts an importer that either imports or refuses with its own error', async () => {
    const report = await fuzzImporter(
      target(async (input) => {
        try {
          JSON.parse(input);
          return 'ok';
        } catch {
          throw new ClearError('not JSON');
        }
      }),
      { seed: 1 },
    );
    expect(report.failures).toEqual([]);
    expect(report.ok + report.refused).toBe(50);
  });

  it('reports a crash with the mutations that caused it, and replays one case alone', async () => {
    const crashing = target(async (input) => JSON.parse(input) as 'ok');
    const report = await fuzzImporter(crashing, { seed: 1 });
    expect(report.failures.length).toBeGreaterThan(0);
    const [first] = report.failures;
    expect(first?.problem).toMatch(/unexpected SyntaxError/);
    const replay = await fuzzImporter(crashing, { seed: 1, only: [first!.index] });
    expect(replay.failures[0]).toEqual(first && { ...first, ms: replay.failures[0]?.ms });
  });

  it('reports an importer that hangs or pollutes Object.prototype', async () => {
    const hanging = await fuzzImporter(
      target(() => new Promise(() => {}), 200),
      { seed: 2, only: [0] },
    );
    expect(hanging.failures[0]?.problem).toMatch(/no answer within 200 ms/);

    const polluting = await fuzzImporter(
      target(async () => {
        (Object.prototype as Record<string, unknown>).polluted = true;
        return 'ok';
      }),
      { seed: 3, only: [0] },
    );
    expect(polluting.failures[0]?.problem).toMatch(/Object.prototype was changed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

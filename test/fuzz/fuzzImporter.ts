import type { Mutator } from './mutators';
import { createPrng, type Prng } from './prng';

export type FuzzInput = Uint8Array | string;

/**
 * One importer joining the fuzz run. A new importer (CSV incidents, template packs …) joins by
 * exporting one of these and adding it to `FUZZ_TARGETS` in `targets/index.ts`.
 */
export interface FuzzTarget<I extends FuzzInput = FuzzInput> {
  name: string;
  /** Valid inputs that mutations start from. */
  seeds: readonly I[] | (() => Promise<readonly I[]>);
  /** Ways of damaging an input; each case applies one to `maxMutations` of them in a row. */
  mutators: readonly Mutator<I>[];
  /** Imports the input; resolves 'ok' for a valid import, throws for a refused one. */
  run: (input: I, context: { index: number; rng: Prng }) => Promise<'ok'>;
  /** The importer's own error class: a clear refusal, as opposed to a crash. */
  isExpectedError: (error: unknown) => boolean;
  /** How refusals are tallied in the report, e.g. by error code. */
  errorLabel?: (error: unknown) => string;
  count: number;
  timeBoundMs: number;
  maxMutations?: number;
  setup?: () => Promise<void>;
  teardown?: () => Promise<void>;
}

export interface FuzzOptions {
  /** Fixed in CI so every run tries the same inputs; FUZZ_SEED overrides it to explore. */
  seed: number;
  /** Run only these case indexes (replaying a reported failure). */
  only?: readonly number[];
  /** Also called for cases slower than this (ms), to save inputs worth a closer look. */
  onSlowOrFailed?: (index: number, input: FuzzInput, ms: number) => void;
  slowMs?: number;
}

export interface FuzzFailure {
  index: number;
  mutations: string[];
  problem: string;
  ms: number;
  preview: string;
}

export interface FuzzReport {
  name: string;
  seed: number;
  runs: number;
  ok: number;
  refused: number;
  /** Refusals by label, e.g. `{ 'not-json': 310, 'invalid-record': 204 }`. */
  outcomes: Record<string, number>;
  failures: FuzzFailure[];
  slowestMs: number;
  /** The five slowest cases, to see what a time bound is close to. */
  slowest: { index: number; ms: number; mutations: string[] }[];
}

const MAX_REPORTED_FAILURES = 20;

/** Each case gets its own PRNG, so a single failing case can be replayed without the ones before it. */
function caseSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

function preview(input: FuzzInput): string {
  if (typeof input === 'string') return JSON.stringify(input.slice(0, 160)) + ` (${input.length} chars)`;
  const head = [...input.subarray(0, 48)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${head}… (${input.length} bytes)`;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

class TimeBoundExceeded extends Error {}

function withinBound<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeBoundExceeded(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

/**
 * Feeds `count` mutated inputs to one importer. Every input must give 'ok' or the importer's own
 * error within the time bound, and leave Object.prototype untouched. Failures are collected (not
 * thrown) so one run reports every kind of problem, each with the mutations that produced it.
 * A synchronous hang cannot be interrupted in-process; it is caught by its duration and, failing
 * that, by the test timeout.
 */
export async function fuzzImporter<I extends FuzzInput>(
  target: FuzzTarget<I>,
  options: FuzzOptions,
): Promise<FuzzReport> {
  const seeds = typeof target.seeds === 'function' ? await target.seeds() : target.seeds;
  if (seeds.length === 0) throw new Error(`${target.name}: no seed inputs`);
  const report: FuzzReport = {
    name: target.name,
    seed: options.seed,
    runs: 0,
    ok: 0,
    refused: 0,
    outcomes: {},
    failures: [],
    slowestMs: 0,
    slowest: [],
  };
  const fail = (failure: FuzzFailure) => {
    if (report.failures.length < MAX_REPORTED_FAILURES) report.failures.push(failure);
  };
  const protoBefore = prototypeKeys();
  const indexes = options.only ?? Array.from({ length: target.count }, (_, i) => i);

  await target.setup?.();
  try {
    for (const index of indexes) {
      const rng = createPrng(caseSeed(options.seed, index));
      let input = rng.pick(seeds);
      const mutations: string[] = [];
      const steps = rng.between(1, target.maxMutations ?? 2);
      for (let step = 0; step < steps; step++) {
        const mutator = rng.pick(target.mutators);
        try {
          input = await mutator.apply(input, rng);
          mutations.push(mutator.name);
        } catch {
          // The fuzzer's own tools (JSON.stringify, JSZip) can fail on an input an earlier step damaged.
          mutations.push(`${mutator.name} (skipped)`);
        }
      }

      const started = performance.now();
      let problem: string | undefined;
      try {
        await withinBound(target.run(input, { index, rng }), target.timeBoundMs);
        report.ok++;
      } catch (error) {
        if (target.isExpectedError(error)) {
          report.refused++;
          const label = target.errorLabel?.(error) ?? 'refused';
          report.outcomes[label] = (report.outcomes[label] ?? 0) + 1;
        } else problem = `unexpected ${describeError(error)}`;
      }
      const ms = performance.now() - started;
      report.runs++;
      report.slowestMs = Math.max(report.slowestMs, ms);
      report.slowest.push({ index, ms: Math.round(ms), mutations });
      report.slowest.sort((a, b) => b.ms - a.ms).splice(5);
      if (!problem && ms > target.timeBoundMs)
        problem = `took ${Math.round(ms)} ms (bound ${target.timeBoundMs} ms)`;
      if (({} as Record<string, unknown>).polluted !== undefined || prototypeKeys() !== protoBefore) {
        problem = `Object.prototype was changed${problem ? `; ${problem}` : ''}`;
        delete (Object.prototype as Record<string, unknown>).polluted;
      }
      if (problem) fail({ index, mutations, problem, ms: Math.round(ms), preview: preview(input) });
      if (problem || ms > (options.slowMs ?? target.timeBoundMs)) options.onSlowOrFailed?.(index, input, ms);
    }
  } finally {
    await target.teardown?.();
  }
  return report;
}

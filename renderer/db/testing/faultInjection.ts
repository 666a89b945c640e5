import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';
import type { SlaDatabase } from '../SlaDatabase';

/**
 * Fault injection for the storage layer (issue 9: every user action is one transaction). A DBCore
 * middleware counts every write request (add, put, delete, a bulk call counts once) and makes the
 * n-th one fail, as a full disk or a failing drive would. Test use only.
 */
export interface FaultInjector {
  middleware: Middleware<DBCore>;
  /** Fails the `n`-th write from now on (1 = the next one); `null` stops failing. */
  failAt(n: number | null, error?: () => Error): void;
  /** Fails every write to `table` (every table when omitted) until `reset`: a disk that stays full. */
  failEvery(table?: string, error?: () => Error): void;
  /** Writes seen since the last `failAt` or `reset`. */
  readonly writes: number;
  reset(): void;
}

export function createFaultInjector(): FaultInjector {
  let writes = 0;
  let target: number | null = null;
  let every: { table: string | undefined } | null = null;
  let makeError: () => Error = () => new Dexie.QuotaExceededError('injected: the disk is full');
  const injector: FaultInjector = {
    middleware: {
      stack: 'dbcore',
      name: 'faultInjection',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate(request: DBCoreMutateRequest) {
              // Upgrades are the database's own business, not an action's.
              if ((request.trans as unknown as IDBTransaction).mode !== 'versionchange') {
                writes += 1;
                if (target !== null && writes === target) return Promise.reject(makeError());
                if (every && (every.table === undefined || every.table === name))
                  return Promise.reject(makeError());
              }
              return table.mutate(request);
            },
          };
        },
      }),
    },
    failAt(n, error) {
      writes = 0;
      target = n;
      if (error) makeError = error;
    },
    failEvery(table, error) {
      every = { table };
      if (error) makeError = error;
    },
    get writes() {
      return writes;
    },
    reset() {
      writes = 0;
      target = null;
      every = null;
    },
  };
  return injector;
}

/** Every table read raw, as the user's data stands; the comparison of "before" and "after". */
export async function snapshotDatabase(db: SlaDatabase): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) snapshot[table.name] = await table.toArray();
  });
  return snapshot;
}

export interface AllOrNothingCase<Context> {
  /** A fresh database in the state before the action (called once per run). */
  prepare(): Promise<{ db: SlaDatabase; injector: FaultInjector; context: Context }>;
  /** The user action under test. */
  act(context: Context): Promise<unknown>;
}

export interface AllOrNothingReport {
  /** Writes the action makes when nothing fails: the runs fail each of them in turn. */
  writes: number;
}

/**
 * Runs `act` once without faults to count its writes (n), then once per n with the n-th write failing:
 * each time the action must fail and leave the database exactly as it was, and a retry without the
 * fault must then give the same result as the clean run (so a retry never duplicates anything).
 * `compare` decides "the same" (by default: equal snapshots).
 */
export async function expectAllOrNothing<Context>(
  testCase: AllOrNothingCase<Context>,
  expect: {
    equal(actual: unknown, expected: unknown, message: string): void;
    rejects(promise: Promise<unknown>, message: string): Promise<void>;
  },
): Promise<AllOrNothingReport> {
  const clean = await testCase.prepare();
  clean.injector.reset();
  await testCase.act(clean.context);
  const writes = clean.injector.writes;
  const expected = await snapshotDatabase(clean.db);
  clean.db.close();
  if (writes === 0) throw new Error('The action wrote nothing: there is nothing to test.');

  for (let n = 1; n <= writes; n++) {
    const run = await testCase.prepare();
    const before = await snapshotDatabase(run.db);
    run.injector.failAt(n);
    await expect.rejects(testCase.act(run.context), `write ${n} of ${writes} failed, the action must fail`);
    run.injector.reset();
    expect.equal(await snapshotDatabase(run.db), before, `write ${n} of ${writes} failed: database changed`);
    await testCase.act(run.context);
    expect.equal(await snapshotDatabase(run.db), expected, `retry after write ${n} failed differs`);
    run.db.close();
  }
  return { writes };
}

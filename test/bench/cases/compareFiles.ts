import type { Page } from '@playwright/test';
import { exportCleanDocx, exportRedlineDocx } from '../../../shared/docx/exportDocx';
import { buildChangeTree } from '../../../shared/redline/buildChangeTree';
import { formatMs } from '../benchCase';
import { launchBenchApp, type BenchApp } from '../app/benchBrowser';
import { generateSla, mutateSla } from '../generateSla';

/**
 * Issue 12 §4, Compare files: "on 100 pages showing its first screen of redline in under 500 ms with
 * no main-thread task over 100 ms (windowed rendering, files read once)". Playwright drives the built
 * renderer in Chromium: the older file is picked and read, then the newer one; measured is the time
 * from the second pick (the file input's change event) to the first screen of redline painted, and
 * every main-thread task from the second pick until the screen is still. The same-run baseline is
 * a 1-page pair through the same steps. The newer file is the older one edited by a counterparty
 * with Word's track changes (2 % of words, moved, added and removed clauses).
 *
 * Where the time goes is printed too: reading the newer file (in the worker, against the older one),
 * then comparing (worker) and drawing (main thread).
 */
const RUNS = 5;
const TARGET_MS = 500;
const LONG_TASK_LIMIT_MS = 100;
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface CfProbe {
  longTasks: { start: number; duration: number }[];
  picks: number[];
  comparingAt: number | null;
  /** When the worker's answer (the newer file read and the change tree) reached the page. */
  answeredAt: number | null;
  paintedAt: number | null;
}

/** Runs in the page before the app (addInitScript): picks, the compare stage and the first redline paint. */
function cfProbe() {
  const state: CfProbe = { longTasks: [], picks: [], comparingAt: null, answeredAt: null, paintedAt: null };
  // Every message from a worker passes here first: the last one after the second pick is the answer.
  const listen = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (
    this: Worker,
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (type === 'message')
      listen.call(this, 'message', () => {
        if (state.picks.length >= 2) state.answeredAt = performance.now();
      });
    listen.call(this, type, listener, options);
  } as typeof Worker.prototype.addEventListener;
  (globalThis as unknown as { __cfProbe: CfProbe }).__cfProbe = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        state.picks.push(performance.now());
    },
    true,
  );
  const watch = new MutationObserver(() => {
    if (state.picks.length < 2) return;
    if (state.comparingAt === null && document.querySelector('[data-stage="comparing"]'))
      state.comparingAt = performance.now();
    if (state.paintedAt !== null || !document.querySelector('[data-testid="redline-inline"] section')) return;
    state.paintedAt = -1;
    // The frame that shows it: after style, layout and paint of the commit that added it.
    requestAnimationFrame(() => setTimeout(() => (state.paintedAt = performance.now()), 0));
  });
  document.addEventListener('DOMContentLoaded', () =>
    watch.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-stage'],
    }),
  );
}

interface Pair {
  label: string;
  older: Buffer;
  newer: Buffer;
  pages: number;
}

async function makePair(label: string, clauses: number, seed: number): Promise<Pair> {
  const a = generateSla({ seed, clauses, wordsPerClause: 100 });
  const b = mutateSla(a, {
    seed: seed + 1,
    wordChangeRate: 0.02,
    moveClauses: Math.max(1, Math.round(clauses / 50)),
    insertClauses: Math.max(1, Math.round(clauses / 100)),
    removeClauses: Math.max(1, Math.round(clauses / 100)),
  });
  const meta = { dealName: 'Bench deal', roundLabel: 'Round 1', shortHash: '0123abcd' };
  const older = await exportCleanDocx(a, meta);
  const newer = await exportRedlineDocx(buildChangeTree(a, b), {
    ...meta,
    roundLabel: 'Round 2',
    authorA: 'Provider',
    authorB: 'Customer',
    dateA: '2026-11-01T00:00:00Z',
    dateB: '2026-11-02T00:00:00Z',
  });
  // About 400 words to a page.
  return {
    label,
    older: Buffer.from(older),
    newer: Buffer.from(newer),
    pages: Math.round((clauses * 100) / 400),
  };
}

async function pick(page: Page, side: 'older' | 'newer', name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId(`cf-pick-${side}`).click();
  await (await chooser).setFiles({ name, mimeType: DOCX_MIME, buffer });
}

const readProbe = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __cfProbe: CfProbe }).__cfProbe);

interface Run {
  ms: number;
  /** From the worker's answer to the first screen painted: receiving it and drawing. */
  drawMs: number;
  /** Long tasks from the second pick on: when (ms after the pick) and how long. */
  tasks: string;
  readMs: number;
  longest: number;
  /** The longest task from the first pick on (the older file's read too; the page load not). */
  longestRun: number;
  drawn: { clauses: number; rows: number; allRows: number; changes: number };
}

/** Around the newer pick: called just before it, and as soon as the first screen is painted. */
interface RunHooks {
  beforeNewer(): Promise<void>;
  painted(): Promise<void>;
}

/** One pair on a fresh screen: older picked and read, then the newer one picked, measured. */
async function run(page: Page, pair: Pair, hooks?: RunHooks): Promise<Run> {
  await page.goto('/#/compare');
  await page.reload();
  await page.getByTestId('cf-empty').waitFor();
  await pick(page, 'older', `${pair.label}-older.docx`, pair.older);
  // The older file read: the status line goes away.
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="cf-older"]')?.textContent?.includes('.docx') &&
      !document.querySelector('.word-progress'),
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  await page.waitForTimeout(300);
  await hooks?.beforeNewer();
  await pick(page, 'newer', `${pair.label}-newer.docx`, pair.newer);
  await page.waitForFunction(
    () => ((globalThis as unknown as { __cfProbe: CfProbe }).__cfProbe.paintedAt ?? 0) > 0,
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  await hooks?.painted();
  // Everything after the first paint belongs to the run as well (measuring rows, the list).
  await page.waitForTimeout(1_000);
  const probe = await readProbe(page);
  const second = probe.picks[1]!;
  const after = probe.longTasks.filter((task) => task.start + task.duration >= second);
  const drawn = await page.evaluate(() => ({
    clauses: document.querySelectorAll('[data-testid="redline-inline"] section.cmp-clause').length,
    rows: document.querySelectorAll('[data-testid="change-row"]').length,
    allRows: Number(document.querySelector('[data-testid="redline-rows"]')?.getAttribute('data-rows') ?? 0),
    changes: Number(document.querySelector('[data-testid="change-count"]')?.textContent ?? 0),
  }));
  return {
    tasks: after.map((task) => `${Math.round(task.start - second)}+${Math.round(task.duration)}`).join(' '),
    ms: probe.paintedAt! - second,
    drawMs: probe.paintedAt! - (probe.answeredAt ?? second),
    readMs: (probe.comparingAt ?? probe.paintedAt!) - second,
    longest: Math.max(0, ...after.map((task) => task.duration)),
    longestRun: Math.max(
      0,
      ...probe.longTasks
        .filter((task) => task.start + task.duration >= probe.picks[0]!)
        .map((task) => task.duration),
    ),
    drawn,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

interface ThreadTimes {
  /** Thread time (CPU) of all tasks, ms. */
  main: number;
  worker: number;
  /** The main thread's longest task: its thread time and its wall-clock duration, ms. */
  longestMain: { cpu: number; wall: number };
}

// Thread times (`tdur`) are recorded with the timeline category.
const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'];

/** Sums a Chromium trace's tasks per thread: the renderer's main thread and its workers. */
function threadTimes(trace: Buffer): ThreadTimes {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threads = new Map<string, string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name')
      threads.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  const times: ThreadTimes = { main: 0, worker: 0, longestMain: { cpu: 0, wall: 0 } };
  for (const event of events) {
    if (event.ph !== 'X' || event.name !== 'RunTask' || event.tdur === undefined) continue;
    const thread = threads.get(`${event.pid}:${event.tid}`) ?? '';
    const cpu = event.tdur / 1000;
    if (thread === 'CrRendererMain') {
      times.main += cpu;
      if (cpu > times.longestMain.cpu) times.longestMain = { cpu, wall: (event.dur ?? 0) / 1000 };
    } else if (thread.startsWith('DedicatedWorker')) times.worker += cpu;
  }
  return times;
}

/**
 * Thread time (CPU, not wall clock) of the renderer's main thread and the Word worker from the
 * newer pick to the first screen painted, from a Chromium trace of one more run: on a machine
 * shared with other work the wall-clock numbers above grow with the load, these hardly do. On an
 * idle machine the first screen takes about their sum (the two threads mostly take turns).
 */
async function cpuOfRun(app: BenchApp, page: Page, pair: Pair): Promise<ThreadTimes> {
  let trace: Buffer = Buffer.alloc(0);
  await run(page, pair, {
    beforeNewer: () => app.browser.startTracing(page, { categories: TRACE_CATEGORIES }),
    painted: async () => {
      trace = await app.browser.stopTracing();
    },
  });
  return threadTimes(trace);
}
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

export async function compareFilesCases(): Promise<string[]> {
  const small = await makePair('one-page', 4, 2026);
  const large = await makePair('hundred-pages', 400, 2026);
  const app = await launchBenchApp();
  const lines: string[] = [];
  try {
    const { context, page } = await app.newPage();
    await context.addInitScript(cfProbe);
    // Warm the code and HTTP caches (the screen's chunk, the worker) once.
    await run(page, small);
    const runs: Record<'small' | 'large', Run[]> = { small: [], large: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.small.push(await run(page, small));
      runs.large.push(await run(page, large));
    }
    const cpu = await cpuOfRun(app, page, large);
    await context.close();

    const summary = (list: Run[]) => ({
      ms: median(list.map((r) => r.ms)),
      readMs: median(list.map((r) => r.readMs)),
      drawMs: median(list.map((r) => r.drawMs)),
      longest: Math.max(...list.map((r) => r.longest)),
      longestAll: Math.max(...list.map((r) => r.longestRun)),
      drawn: list.at(-1)!.drawn,
    });
    const one = summary(runs.small);
    const hundred = summary(runs.large);
    const ratio = median(runs.large.map((r, index) => r.ms / runs.small[index]!.ms));
    lines.push(
      `compareFiles setup: 1-page pair ${Math.round(small.older.length / 1024)}+${Math.round(small.newer.length / 1024)} KB, ` +
        `${large.pages}-page pair ${Math.round(large.older.length / 1024)}+${Math.round(large.newer.length / 1024)} KB; ` +
        `median of ${RUNS} runs each, interleaved`,
      `compareFiles 1 page (baseline): second pick → first screen of redline ${formatMs(one.ms)} ms ` +
        `(newer file read ${formatMs(one.readMs)} ms, compare ${formatMs(one.ms - one.readMs - one.drawMs)} ms, receive and draw ${formatMs(one.drawMs)} ms), ` +
        `longest task ${formatMs(one.longest)} ms`,
      `compareFiles 100 pages: ours ${formatMs(hundred.ms)} ms, baseline (1 page) ${formatMs(one.ms)} ms, ratio ${ratio.toFixed(1)} ` +
        `(target < ${TARGET_MS} ms: ${verdict(hundred.ms < TARGET_MS)}); newer file read ${formatMs(hundred.readMs)} ms, ` +
        `compare ${formatMs(hundred.ms - hundred.readMs - hundred.drawMs)} ms (both in the worker), ` +
        `receive and draw ${formatMs(hundred.drawMs)} ms (target for this part < ${TARGET_MS} ms: ${verdict(hundred.drawMs < TARGET_MS)})`,
      `compareFiles 100 pages long tasks: longest ${formatMs(hundred.longest)} ms from the second pick on, ` +
        `${formatMs(hundred.longestAll)} ms from the first pick on (the older file's read too) ` +
        `(target ≤ ${LONG_TASK_LIMIT_MS} ms: ${verdict(Math.max(hundred.longest, hundred.longestAll, one.longestAll) <= LONG_TASK_LIMIT_MS)})`,
      `compareFiles 100 pages long tasks per run (ms after the second pick + duration): ${runs.large.map((r) => `[${r.tasks}]`).join(' ')}; ` +
        `first screen per run ${runs.large.map((r) => formatMs(r.ms)).join(', ')} ms`,
      `compareFiles 100 pages CPU (thread time of one traced run, second pick → first screen): ` +
        `Word worker ${formatMs(cpu.worker)} ms, main thread ${formatMs(cpu.main)} ms, together ${formatMs(cpu.worker + cpu.main)} ms ` +
        `(what the first screen takes on an idle machine, roughly; target < ${TARGET_MS} ms: ${cpu.worker > 0 ? verdict(cpu.worker + cpu.main < TARGET_MS) : 'not measured'}); ` +
        `the main thread's longest task ${formatMs(cpu.longestMain.cpu)} ms of CPU (${formatMs(cpu.longestMain.wall)} ms wall clock)`,
      `compareFiles 100 pages windowed: ${hundred.drawn.clauses} of ${hundred.drawn.allRows} redline rows and ` +
        `${hundred.drawn.rows} of ${hundred.drawn.changes} change rows in the DOM`,
    );
  } finally {
    await app.close();
  }
  return lines;
}

/**
 * The deal's compare screen on the same pairs: a deal whose round 1 is the older file (imported as
 * what we sent) and round 2 the newer one (their answer); measured from the click on "Compare" in
 * the import dialog to the first screen of redline painted, and the longest main-thread task from
 * that click until the screen is still. The redline runs in the compare screen's worker.
 */
async function dealCompare(
  page: Page,
  pair: Pair,
  app?: BenchApp,
): Promise<{ ms: number; longest: number; times?: ThreadTimes }> {
  await page.goto('/#/deals');
  await page
    .getByRole('button', { name: /Ersten Deal anlegen|Neuer Deal|Create the first deal|New deal/ })
    .first()
    .click();
  const dialog = page.getByTestId('new-deal-dialog');
  await dialog.getByLabel(/Kunde|Customer/).fill(`Bench ${pair.label}`);
  await dialog.getByRole('radio', { name: /^(Englisch|English)$/ }).click();
  await dialog.getByRole('button', { name: /Deal anlegen|Create deal/ }).click();
  await page.getByTestId('deal-workspace').waitFor({ timeout: 60_000 });
  const importDialog = page.getByTestId('import-dialog');
  for (const answer of [false, true]) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-word').click();
    await (
      await chooser
    ).setFiles({
      name: `${pair.label}-${answer ? 'newer' : 'older'}.docx`,
      mimeType: DOCX_MIME,
      buffer: answer ? pair.newer : pair.older,
    });
    await importDialog.getByTestId('import-review').waitFor({ timeout: 120_000 });
    if (!answer) {
      await page.getByTestId('import-side').click();
      await page
        .getByRole('option', { name: /Die Fassung, die wir gesendet haben|The version we sent/ })
        .click();
    }
    const other = importDialog.getByTestId('import-confirm-other');
    if (await other.isVisible()) await other.check();
    await importDialog.getByTestId('import-record').click();
    await importDialog.getByTestId('import-done').waitFor({ timeout: 120_000 });
    if (!answer)
      await importDialog
        .getByRole('button', { name: /Schließen|Close/ })
        .first()
        .click();
  }
  await page.waitForTimeout(500);
  const before = (await readProbe(page)).longTasks.length;
  if (app) await app.browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const watch = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="redline-inline"] section')) return;
          watch.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        });
        watch.observe(document.body, { childList: true, subtree: true });
        document.querySelector<HTMLElement>('[data-testid="import-compare"]')!.click();
      }),
  );
  await page.waitForTimeout(1_000);
  const tasks = (await readProbe(page)).longTasks.slice(before);
  const longest = Math.max(0, ...tasks.map((task) => task.duration));
  if (!app) return { ms, longest };
  return { ms, longest, times: threadTimes(await app.browser.stopTracing()) };
}

const DEAL_RUNS = 3;

export async function dealCompareCases(): Promise<string[]> {
  const small = await makePair('one-page', 4, 2026);
  const large = await makePair('hundred-pages', 400, 2026);
  const app = await launchBenchApp();
  const lines: string[] = [];
  try {
    const { context, page } = await app.newPage();
    await context.addInitScript(cfProbe);
    await page.goto('/');
    await dealCompare(page, small); // warm the code caches
    const runs: Record<'small' | 'large', { ms: number; longest: number }[]> = { small: [], large: [] };
    for (let i = 0; i < DEAL_RUNS; i++) {
      runs.small.push(await dealCompare(page, small));
      runs.large.push(await dealCompare(page, large));
    }
    const traced = (await dealCompare(page, large, app)).times!;
    await context.close();
    const one = median(runs.small.map((r) => r.ms));
    const hundred = median(runs.large.map((r) => r.ms));
    const ratio = median(runs.large.map((r, index) => r.ms / runs.small[index]!.ms));
    const longest = Math.max(...runs.large.map((r) => r.longest));
    lines.push(
      `dealCompare 100 pages: ours ${formatMs(hundred)} ms from "Compare" to the first screen of redline, ` +
        `baseline (1 page) ${formatMs(one)} ms, ratio ${ratio.toFixed(1)} (target < ${TARGET_MS} ms: ${verdict(hundred < TARGET_MS)}); ` +
        `longest task ${formatMs(longest)} ms (target ≤ ${LONG_TASK_LIMIT_MS} ms: ${verdict(longest <= LONG_TASK_LIMIT_MS)}); median of ${DEAL_RUNS}`,
      `dealCompare 100 pages CPU (thread time of one traced run, "Compare" → first screen + 1 s): redline worker ` +
        `${formatMs(traced.worker)} ms, main thread ${formatMs(traced.main)} ms; the main thread's longest task ` +
        `${formatMs(traced.longestMain.cpu)} ms of CPU (${formatMs(traced.longestMain.wall)} ms wall clock)`,
    );
  } finally {
    await app.close();
  }
  return lines;
}

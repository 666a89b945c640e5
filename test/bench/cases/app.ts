import type { Page } from '@playwright/test';
import { formatMs } from '../benchCase';
import { launchBenchApp } from '../app/benchBrowser';
import { startupChunks } from '../app/startupChunks';

/**
 * Issue 12 §4, the app at scale: Playwright drives the built renderer in Chromium over databases
 * generated in the page (500, 1,000 and 2,000 deals × 10 rounds), against an empty database in the
 * same run. Every number is a median of several page loads or clicks.
 *
 * Targets (issue 12): first screen interactive at 500 deals < 1 s and ≤ 1.2 × empty; 2,000 deals no
 * slower than 500 (≤ 1.1 ×, the noise of this machine); opening a deal < 100 ms; a search keystroke
 * < 50 ms at 1,000 deals; no main-thread task over 100 ms in any run.
 */
const LOADS = 9;
const LONG_TASK_LIMIT_MS = 100;
/**
 * Budget for what the app parses before its first screen (entry chunk, the chunks it imports
 * statically, and the UI language's texts it awaits), minified. What it holds and why (measured
 * 2026-12-01, 855 KB): React DOM ≈ 200 KB, Dexie ≈ 95 KB and zod ≈ 90 KB (every record read is
 * validated), i18next ≈ 50 KB, one UI language's texts ≈ 65 KB (the other language is its own chunk,
 * loaded when chosen), the radix primitives of the shell ≈ 80 KB, the windowed deals list ≈ 30 KB,
 * the repositories, shell and deals screen ≈ 150 KB. The built-in templates are not in it (they load
 * when a start finds a shipped version missing). 900 KB fails loudly when a screen or a heavy library
 * (TipTap 300 KB, recharts 420 KB, docx + jszip 320 KB, the template families) slips back in.
 */
const STARTUP_BUDGET_KB = 900;

interface Probe {
  longTasks: { start: number; duration: number }[];
  firstScreenAt: number | null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

async function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => (globalThis as unknown as { __benchProbe: Probe }).__benchProbe);
}

/**
 * One page load to the first screen (list rows or the empty state painted). "Interactive" waits
 * for every long task that began before that paint as well: until then a click would not be handled.
 */
async function firstScreen(page: Page): Promise<{ ms: number; longest: number }> {
  // From a parked page (about:blank) this is always a full page load, like a start of the app.
  await page.goto('/#/deals');
  await page.waitForFunction(
    () => ((globalThis as unknown as { __benchProbe: Probe }).__benchProbe.firstScreenAt ?? 0) > 0,
  );
  const probe = await readProbe(page);
  const painted = probe.firstScreenAt!;
  const blockedUntil = Math.max(
    0,
    ...probe.longTasks.filter((task) => task.start < painted).map((task) => task.start + task.duration),
  );
  // Let the idle-time preloading run, so its tasks count towards "longest" too.
  await page.waitForTimeout(1_500);
  const after = await readProbe(page);
  return {
    ms: Math.max(painted, blockedUntil),
    longest: Math.max(0, ...after.longTasks.map((t) => t.duration)),
  };
}

/**
 * First-screen loads of several databases, interleaved (A, B, C, A, B, C …) so that a machine that
 * gets busier or quieter during the run slows every database alike and the ratios stay fair.
 */
interface Loads {
  ms: number;
  best: number;
  longest: number;
  /** Each load's time, in round order: round i of every database ran back to back. */
  runs: number[];
}

/**
 * One window of the app at a time, as a user has it: the other databases' pages are parked on
 * about:blank, so their deals list and search index (each built in a worker after every start) do
 * not compete for this machine's two cores with the page being measured.
 */
async function only(page: Page, pages: readonly Page[]): Promise<void> {
  for (const other of pages)
    if (other !== page && other.url() !== 'about:blank') await other.goto('about:blank');
}

async function firstScreens(pages: Page[]): Promise<Loads[]> {
  const measure = async (page: Page) => {
    await only(page, pages);
    await page.goto('about:blank');
    return firstScreen(page);
  };
  for (const page of pages) await measure(page); // warm the HTTP and code caches
  const runs: { ms: number; longest: number }[][] = pages.map(() => []);
  for (let i = 0; i < LOADS; i++)
    for (const [index, page] of pages.entries()) runs[index]!.push(await measure(page));
  return runs.map((list) => ({
    ms: median(list.map((run) => run.ms)),
    best: Math.min(...list.map((run) => run.ms)),
    longest: Math.max(...list.map((run) => run.longest)),
    runs: list.map((run) => run.ms),
  }));
}

/** The median of the per-round ratios: a load spike in one round changes one ratio, not the result. */
function ratioOf(a: Loads, b: Loads): number {
  return median(a.runs.map((ms, index) => ms / b.runs[index]!));
}

/** Click on a deal row → its workspace with the clause text painted; back to the list between. */
async function openDeals(page: Page, times = 7): Promise<{ ms: number; longest: number }> {
  const runs: number[] = [];
  let longest = 0;
  // The app settled: the search index of this start is built (it starts 2 s after the first screen).
  await page.goto('/#/deals');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="deal-search"]')?.getAttribute('data-index') === 'ready',
    undefined,
    { timeout: 600_000, polling: 250 },
  );
  for (let i = 0; i < times + 1; i++) {
    await page.goto('/#/deals');
    await page.getByTestId('deal-row').nth(i).waitFor();
    await page.waitForTimeout(300);
    const before = (await readProbe(page)).longTasks.length;
    const ms = await page.evaluate(
      (index) =>
        new Promise<number>((resolve) => {
          const rows = document.querySelectorAll<HTMLElement>('[data-testid="deal-row"]');
          const start = performance.now();
          const done = () =>
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          const ready = () => document.querySelector('[data-testid="deal-workspace"] .ws-prose');
          const watch = new MutationObserver(() => {
            if (!ready()) return;
            watch.disconnect();
            done();
          });
          watch.observe(document.body, { childList: true, subtree: true });
          rows[index]!.click();
        }),
      i,
    );
    await page.waitForTimeout(300);
    const tasks = (await readProbe(page)).longTasks.slice(before);
    longest = Math.max(longest, ...tasks.map((task) => task.duration));
    if (i > 0) runs.push(ms); // the first opening also loads the workspace chunk if idle time did not
  }
  return { ms: median(runs), longest };
}

/**
 * Typing a query letter by letter into the deals list's search: from the input event to the rows
 * for exactly that text painted, through the worker and back. Waits for the index first. The query
 * is typed `times` times (cleared between); a keystroke's time is its median over those, so one
 * spike of this machine does not make a key slow, while a key that is slow every time stays slow.
 */
async function typeSearch(
  page: Page,
  query: string,
  times = 3,
): Promise<{ buildMs: number; perKey: number[]; slowestOnce: number; longest: number }> {
  // A fresh start of the app over what was just generated (a hash change alone would not reload).
  await page.goto('about:blank');
  await page.goto('/#/deals');
  const search = page.getByTestId('deal-search');
  await search.waitFor();
  const started = performance.now();
  await search.focus();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="deal-search"]')?.getAttribute('data-index') === 'ready',
    undefined,
    { timeout: 600_000, polling: 100 },
  );
  const buildMs = performance.now() - started;
  await page.waitForTimeout(500);
  const before = (await readProbe(page)).longTasks.length;
  const runs: number[][] = [];
  for (let time = 0; time < times; time++) {
    await page.getByTestId('deal-search').fill('');
    await page.waitForTimeout(500);
    runs.push(await typeOnce(page, query));
  }
  await page.waitForTimeout(300);
  const tasks = (await readProbe(page)).longTasks.slice(before);
  return {
    buildMs,
    perKey: [...query].map((_, key) => median(runs.map((run) => run[key]!))),
    slowestOnce: Math.max(...runs.flat()),
    longest: Math.max(0, ...tasks.map((task) => task.duration)),
  };
}

async function typeOnce(page: Page, query: string): Promise<number[]> {
  const perKey: number[] = [];
  for (let length = 1; length <= query.length; length++) {
    const text = query.slice(0, length);
    perKey.push(
      await page.evaluate(
        (value) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>('[data-testid="deal-search"]')!;
            const start = performance.now();
            const painted = () =>
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
            const watch = new MutationObserver(() => {
              if (input.getAttribute('data-answered') !== value) return;
              watch.disconnect();
              painted();
            });
            watch.observe(input, { attributes: true, attributeFilter: ['data-answered'] });
            // As a keystroke does it: React's onChange listens to the input event.
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        text,
      ),
    );
  }
  return perKey;
}

export async function appCases(): Promise<string[]> {
  const app = await launchBenchApp();
  const lines: string[] = [];
  try {
    const chunks = startupChunks();
    const startupKb = chunks.totalBytes / 1024;
    lines.push(
      `app startup code: entry ${Math.round(chunks.entryBytes / 1024)} KB, with its static imports ` +
        `${Math.round(startupKb)} KB minified (${chunks.files.length} files; budget ${STARTUP_BUDGET_KB} KB: ` +
        `${verdict(startupKb <= STARTUP_BUDGET_KB)})`,
    );

    const empty = await app.newPage();
    const small = await app.newPage();
    const large = await app.newPage();
    for (const { page } of [empty, small, large]) {
      await page.goto('/');
      await page.getByTestId('deals-empty').waitFor();
    }
    let started = performance.now();
    await app.generate(small.page, 0, 500);
    const generated500 = performance.now() - started;
    // The search at the size the issue states (1,000 deals), before the large database grows to 2,000.
    await app.generate(large.page, 0, 1_000);
    const query = '99,95 verfügbarkeit';
    await only(large.page, [empty.page, small.page, large.page]);
    const typed = await typeSearch(large.page, query);
    started = performance.now();
    await app.generate(large.page, 1_000, 2_000);
    const generated2000 = performance.now() - started;

    const [emptyScreen, at500, at2000] = (await firstScreens([empty.page, small.page, large.page])) as [
      Loads,
      Loads,
      Loads,
    ];
    await only(small.page, [empty.page, small.page, large.page]);
    const opening = await openDeals(small.page);
    for (const { context } of [empty, small, large]) await context.close();

    lines.push(
      `app data: 500 deals × 10 rounds generated in ${formatMs(generated500)} ms, deals 1,000…1,999 in ${formatMs(generated2000)} ms`,
    );
    const ratio500 = ratioOf(at500, emptyScreen);
    const ratio2000 = ratioOf(at2000, at500);
    lines.push(
      `app first-screen empty: ${formatMs(emptyScreen.ms)} ms (best ${formatMs(emptyScreen.best)}; baseline), longest task ${formatMs(emptyScreen.longest)} ms`,
      `app first-screen 500 deals: ${formatMs(at500.ms)} ms (best ${formatMs(at500.best)}), ratio to empty ${ratio500.toFixed(2)} ` +
        `(target < 1000 ms and ≤ 1.2: ${verdict(at500.ms < 1_000 && ratio500 <= 1.2)}), longest task ${formatMs(at500.longest)} ms`,
      `app first-screen 2,000 deals: ${formatMs(at2000.ms)} ms (best ${formatMs(at2000.best)}), ratio to 500 deals ${ratio2000.toFixed(2)} ` +
        `(target ≤ 1.1: ${verdict(ratio2000 <= 1.1)}), longest task ${formatMs(at2000.longest)} ms`,
      `app open-deal 500 deals: ${formatMs(opening.ms)} ms (target < 100 ms: ${verdict(opening.ms < 100)}), ` +
        `longest task ${formatMs(opening.longest)} ms`,
    );
    const keyMedian = median(typed.perKey);
    const keyMax = Math.max(...typed.perKey);
    const slowestKey = query.slice(0, typed.perKey.indexOf(keyMax) + 1);
    lines.push(
      `app search 1,000 deals × 10 rounds: index built in the worker in ${formatMs(typed.buildMs)} ms; ` +
        `"${query}" typed letter by letter 3 times: per keystroke median ${formatMs(keyMedian)} ms, slowest key ${formatMs(keyMax)} ms at "${slowestKey}" ` +
        `(target < 50 ms: ${verdict(keyMax < 50)}; slowest single keystroke ${formatMs(typed.slowestOnce)} ms), longest task ${formatMs(typed.longest)} ms`,
    );
    const longest = Math.max(
      emptyScreen.longest,
      at500.longest,
      at2000.longest,
      opening.longest,
      typed.longest,
    );
    lines.push(
      `app long tasks: longest ${formatMs(longest)} ms over all runs (target ≤ ${LONG_TASK_LIMIT_MS} ms: ${verdict(longest <= LONG_TASK_LIMIT_MS)})`,
    );
  } finally {
    await app.close();
  }
  return lines;
}

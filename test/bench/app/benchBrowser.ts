import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startRendererServer } from '../../../electron/launcher/serveRenderer.mjs';

/**
 * The built app in Debian's Chromium for `npm run bench` (the same browser and flags as the e2e
 * tests), with an in-page probe that records long tasks and first-screen paint from the very start
 * of every page load.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
export const RENDERER_DIR = `${root}out/renderer`;
const CHROMIUM = '/usr/bin/chromium';

export interface BenchApp {
  browser: Browser;
  url: string;
  /** A new browser context (empty IndexedDB) with the probe installed. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  /** Writes deals `from`…`to - 1` (each with `rounds` rounds) into the page's database. */
  generate(page: Page, from: number, to: number, rounds?: number): Promise<void>;
  close(): Promise<void>;
}

/** Runs in the page before any of the app's scripts (addInitScript). */
function probe() {
  const state = {
    longTasks: [] as { start: number; duration: number }[],
    firstScreenAt: null as number | null,
  };
  (globalThis as unknown as { __benchProbe: typeof state }).__benchProbe = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const firstScreen = '[data-testid="deal-row"], [data-testid="deals-empty"]';
  const watch = new MutationObserver(() => {
    if (state.firstScreenAt !== null || !document.querySelector(firstScreen)) return;
    state.firstScreenAt = -1;
    watch.disconnect();
    // The frame that shows it: after style, layout and paint of the commit that added it.
    requestAnimationFrame(() => setTimeout(() => (state.firstScreenAt = performance.now()), 0));
  });
  document.addEventListener('DOMContentLoaded', () =>
    watch.observe(document.body, { childList: true, subtree: true }),
  );
}

export async function launchBenchApp(): Promise<BenchApp> {
  if (!existsSync(`${RENDERER_DIR}/index.html`))
    throw new Error('out/renderer is missing: run `npm run build` before `npm run bench`.');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package.`);
  const server = await startRendererServer({ rootDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./inPage.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
  });
  const generator = bundle.outputFiles[0]!.text;

  return {
    browser,
    url: server.url,
    async newPage() {
      const context = await browser.newContext({
        baseURL: server.url,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        viewport: { width: 1280, height: 800 },
      });
      // tsx (esbuild keepNames) wraps named functions in `__name(…)`; functions handed to
      // page.evaluate carry that call into the page, which has no such helper.
      await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
      await context.addInitScript(probe);
      // Databases start without the sample deal (renderer/features/deals/sampleDealRequest.ts), so the
      // empty baseline is empty and generated databases hold exactly what was generated.
      await context.addInitScript(() => localStorage.setItem('sla-workbench:start-empty', '1'));
      return { context, page: await context.newPage() };
    },
    async generate(page, from, to, rounds = 10) {
      // Evaluated through DevTools, which the page's CSP (script-src 'self') does not govern.
      await page.evaluate(generator);
      await page.evaluate(
        (options) =>
          (
            globalThis as unknown as { slaBench: { generate(o: typeof options): Promise<void> } }
          ).slaBench.generate(options),
        { from, to, rounds },
      );
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

/**
 * Debian's Chromium started by the test itself, not by Playwright, on a profile folder the test
 * chooses (a persistent context gives no handle on its process): for tests that kill the browser
 * hard or put its profile on a special filesystem. German UI, like the other e2e tests.
 */
const PORT_FILE = 'DevToolsActivePort';

export interface Session {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

async function waitForPort(profile: string, child: ChildProcess): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`Chromium exited early (${child.exitCode})`);
    try {
      const port = Number(readFileSync(join(profile, PORT_FILE), 'utf8').split('\n')[0]);
      if (port > 0) return port;
    } catch {
      // Not written yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Chromium did not open its debugging port');
}

export async function launch(profile: string, url: string): Promise<Session> {
  rmSync(join(profile, PORT_FILE), { force: true });
  const child = spawn(
    '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--password-store=basic',
      '--lang=de-DE',
      '--window-size=1280,800',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    // Its own process group, so the kill takes the renderer and GPU processes down with it.
    { detached: true, stdio: 'ignore', env: { ...process.env, LANGUAGE: 'de' } },
  );
  const port = await waitForPort(profile, child);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  // Start from an empty list like every spec (playwright.config.ts sets the same switch for its contexts).
  await context.addInitScript(() => {
    try {
      localStorage.setItem('sla-workbench:start-empty', '1');
    } catch {
      // about:blank has no storage.
    }
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return { process: child, browser, page };
}

export function killHard(session: Session): Promise<void> {
  const { process: child } = session;
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group is already gone (it exited between the check and the kill).
      resolve();
    }
  });
}

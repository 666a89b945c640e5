import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateBackup } from '../generateBackup';

/**
 * Issue 9, backups at any size: a generated backup of `deals` deals with ten signed rounds each is
 * restored through the Settings screen of the running app, the way a user does it (pick the file,
 * wait for the check, download the safety copy, confirm). Shared by the e2e test (does it work, with
 * progress) and `npm run bench` (how long, and the longest task on the page's main thread).
 *
 * Waits use test ids, not roles: Playwright computes roles and names in the page, on its main
 * thread, and polling a role query during a restore would add long tasks of its own.
 */
export interface RestoreRun {
  deals: number;
  rounds: number;
  megabytes: number;
  /** Picking the file until the confirmation shows what the backup holds. */
  checkedMs: number;
  /** Confirming until the restored data is in place. */
  swappedMs: number;
  /** Progress was shown while reading (a progress bar with a value above 0). */
  progressSeen: boolean;
  /** The confirmation's text (counts of deals and rounds). */
  confirmation: string;
  /** The notice after the swap. */
  notice: string;
  /** Tasks of the page's main thread over 50 ms from the pick on. */
  longTasks: { start: number; duration: number }[];
}

/** Call before the first navigation: records every main-thread task over 50 ms from the first script on. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = globalThis as unknown as { __longTasks: { start: number; duration: number }[] };
    state.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function restoreGeneratedBackup(
  page: Page,
  deals: number,
  path: string,
  { timeout = 15 * 60_000 }: { timeout?: number } = {},
): Promise<RestoreRun> {
  const file = await generateBackup(deals);
  const fd = openSync(path, 'w');
  for (const chunk of file.chunks) writeSync(fd, chunk);
  closeSync(fd);
  const megabytes = statSync(path).size / (1024 * 1024);

  await page.goto('/#/settings');
  const section = page.getByTestId('data-section');
  const restoreButton = section.getByTestId('restore-from-file');
  await restoreButton.waitFor({ state: 'visible' });
  const from = await page.evaluate(() => performance.now());

  const started = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await restoreButton.click();
  await (await chooser).setFiles(path);
  // A small file can be read before a progress value is ever painted: whichever comes first.
  const confirm = page.getByTestId('restore-dialog');
  const progressSeen = await Promise.race([
    page
      .getByTestId('backup-progress')
      .locator('[role="progressbar"][aria-valuenow]:not([aria-valuenow="0"])')
      .first()
      .waitFor({ timeout })
      .then(() => true),
    confirm.waitFor({ timeout }).then(() => false),
  ]);
  await confirm.waitFor({ timeout });
  const checkedMs = Date.now() - started;
  const confirmation = (await confirm.textContent()) ?? '';

  const copy = page.waitForEvent('download');
  await confirm.getByTestId('restore-download-copy').click();
  await copy;
  await confirm.getByTestId('restore-copy-confirmed').check();
  const swapStarted = Date.now();
  await confirm.getByTestId('restore-confirm').click();
  const notice = section.getByTestId('data-notice');
  await page.waitForFunction(
    (count) =>
      document.querySelector('[data-testid="data-notice"]')?.textContent?.includes(`${count}`) ?? false,
    deals,
    { timeout, polling: 500 },
  );
  const swappedMs = Date.now() - swapStarted;

  const longTasks = await page.evaluate(
    (since) =>
      (globalThis as unknown as { __longTasks?: { start: number; duration: number }[] }).__longTasks?.filter(
        (task) => task.start >= since,
      ) ?? [],
    from,
  );
  return {
    deals,
    rounds: file.rounds,
    megabytes,
    checkedMs,
    swappedMs,
    progressSeen,
    confirmation,
    notice: (await notice.textContent()) ?? '',
    longTasks,
  };
}

export function describeRestore(run: RestoreRun): string {
  const longest = Math.max(0, ...run.longTasks.map((task) => task.duration));
  return (
    `${run.deals} deals, ${run.rounds} rounds, ${run.megabytes.toFixed(0)} MB: ` +
    `read and checked in ${(run.checkedMs / 1000).toFixed(1)} s, swapped in ${(run.swappedMs / 1000).toFixed(1)} s; ` +
    `longest main-thread task ${longest.toFixed(0)} ms (${run.longTasks.length} tasks over 50 ms)`
  );
}

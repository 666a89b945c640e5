import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { generateBackup } from '../bench/generateBackup';

/**
 * Issue 9, backups at any size: a backup of 500 deals with ten signed rounds each (about 120 MB) is
 * restored in browser mode. Reading, checking and writing run in a worker: the page shows progress
 * and no task on its main thread takes longer than 200 ms (long tasks observed in the page).
 * `SLA_E2E_LARGE_DEALS=2000` runs the same with 2,000 deals (about 500 MB; slow, not part of the gate).
 */
const DEALS = Number(process.env.SLA_E2E_LARGE_DEALS ?? 500);

// Playwright's trace takes DOM snapshots in the page, on its main thread: its own long tasks.
test.use({ trace: 'off', screenshot: 'off' });

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
  }
}

test('a large restore shows progress and never blocks the page for more than 200 ms', async ({
  page,
}, testInfo) => {
  test.setTimeout(20 * 60_000 * Math.max(1, DEALS / 500));
  const file = await generateBackup(DEALS);
  const path = testInfo.outputPath(`${DEALS}-deals.json`);
  const fd = openSync(path, 'w');
  for (const chunk of file.chunks) writeSync(fd, chunk);
  closeSync(fd);
  const megabytes = statSync(path).size / (1024 * 1024);

  // Every task of the page's main thread longer than 50 ms, from the first script on.
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/#/settings');
  const section = page.getByTestId('data-section');
  const restoreButton = section.getByRole('button', { name: 'Aus Datei wiederherstellen …' });
  await expect(restoreButton).toBeEnabled();
  await restoreButton.evaluate((button) => button.setAttribute('data-testid', 'restore-from-file'));
  const from = await page.evaluate(() => performance.now());

  const started = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await section.getByTestId('restore-from-file').click();
  await (await chooser).setFiles(path);
  // Reading and checking the file shows how far it got.
  const progress = section.getByTestId('backup-progress');
  await expect(progress).toBeVisible();
  await expect(progress.locator('[role="progressbar"]')).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/, {
    timeout: 120_000,
  });
  // Test ids, not roles: Playwright computes roles and names in the page, on its main thread, and
  // polling a role query during a restore would add long tasks of its own to what is measured.
  const confirm = page.getByTestId('restore-dialog');
  await expect(confirm).toBeVisible({ timeout: 15 * 60_000 });
  const checked = Date.now();
  const checkedAt = await page.evaluate(() => performance.now());
  await expect(confirm).toContainText(`${DEALS} Deals`);
  await expect(confirm).toContainText(`${DEALS * 10} Runden`);

  const copy = page.waitForEvent('download');
  await confirm.getByTestId('restore-download-copy').click();
  await copy;
  await confirm.getByTestId('restore-copy-confirmed').check();
  const swapStarted = Date.now();
  const swapAt = await page.evaluate(() => performance.now());
  await confirm.getByTestId('restore-confirm').click();
  await expect(confirm.getByTestId('backup-progress')).toBeVisible();
  await expect(section.getByTestId('data-notice')).toContainText(
    `Sicherung wiederhergestellt: ${DEALS} Deals`,
    {
      timeout: 15 * 60_000,
    },
  );
  const done = Date.now();

  const tasks = await page.evaluate(
    (since) => (window.__longTasks ?? []).filter((task) => task.start >= since),
    from,
  );
  const longest = Math.max(0, ...tasks.map((task) => task.duration));
  console.log(
    `[large-restore] ${DEALS} deals, ${file.rounds} rounds, ${megabytes.toFixed(0)} MB: ` +
      `read and checked in ${((checked - started) / 1000).toFixed(1)} s, ` +
      `swapped in ${((done - swapStarted) / 1000).toFixed(1)} s; ` +
      `longest main-thread task ${longest.toFixed(0)} ms (${tasks.length} tasks over 50 ms)`,
  );
  if (process.env.SLA_E2E_LONG_TASKS)
    console.log(
      `[large-restore] checked at ${Math.round(checkedAt - from)} ms, swap from ${Math.round(swapAt - from)} ms; tasks:`,
      tasks.map((task) => `${Math.round(task.start - from)}+${Math.round(task.duration)}`).join(' '),
    );
  expect(longest, 'the longest task on the page’s main thread, in ms').toBeLessThanOrEqual(200);

  await page.goto('/#/deals');
  await expect(page.getByTestId('deal-row').first()).toBeVisible();
});

import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openBackupText } from '../../shared/backup/testing/forgeBackup';
import { createDeal, shot } from './support/app';

/**
 * Backup and restore in browser mode (issue 5, DESIGN §6): a backup downloaded from Settings brings
 * a deleted deal back exactly; a damaged backup is refused with a clear message and changes nothing.
 */
test.slow();

async function openDataSection(page: Page) {
  await page.goto('/#/settings');
  const section = page.getByTestId('data-section');
  await expect(section.getByRole('heading', { name: 'Ihre Daten' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Jetzt sichern' })).toBeEnabled();
  return section;
}

/** Clicks "Back up now" and returns the downloaded file's path and text. */
async function backUpNow(page: Page, path: string) {
  const section = await openDataSection(page);
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Jetzt sichern' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sla-workbench-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  await file.saveAs(path);
  // A browser can only hand the file over: the notice says so instead of claiming it was saved.
  await expect(section.getByTestId('data-notice')).toContainText('als Download');
  await expect(section.getByTestId('data-notice')).not.toContainText('gespeichert.');
  return readFileSync(path, 'utf8');
}

async function chooseRestoreFile(page: Page, path: string) {
  const section = await openDataSection(page);
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Aus Datei wiederherstellen …' }).click();
  await (await chooser).setFiles(path);
  return section;
}

async function deleteDeal(page: Page, customer: string) {
  await page.goto('/#/deals');
  const row = page.getByTestId('deal-row').filter({ hasText: customer });
  await row.getByTestId('deal-menu').click();
  await page.getByRole('menuitem', { name: 'Löschen …' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Deal löschen' }).click();
  await expect(row).toHaveCount(0);
}

test('backup → delete → restore brings the deal back exactly', async ({ page }, testInfo) => {
  await createDeal(page, { customer: 'Nordwind Reederei AG', from: '/#/deals' });
  // A tailored term, so the restored draft must be the saved one and not a fresh template copy.
  await page.getByTestId('term-field-availability').fill('99,5');
  await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');

  const backupPath = testInfo.outputPath('backup.json');
  const before = openBackupText(await backUpNow(page, backupPath));
  expect(before.tables.deals).toHaveLength(1);
  await expect(page.getByTestId('last-backup')).toContainText('Ihre letzte gespeicherte Sicherung');

  await deleteDeal(page, 'Nordwind Reederei AG');
  await expect(page.getByTestId('deals-empty')).toBeVisible();

  const section = await chooseRestoreFile(page, backupPath);
  const confirm = page.getByRole('alertdialog', { name: 'Alle Daten durch diese Sicherung ersetzen?' });
  await expect(confirm).toContainText('1 Deal,');
  await expect(confirm).toContainText('(0 Deals)');
  await expect(confirm).toContainText('Laden Sie zuerst eine Kopie der aktuellen Daten herunter.');
  // The current state is downloaded first; only once the user confirms having it, it is replaced.
  const replace = confirm.getByRole('button', { name: 'Durch Sicherung ersetzen' });
  await expect(replace).toBeDisabled();
  const copy = page.waitForEvent('download');
  await confirm.getByTestId('restore-download-copy').click();
  const copyName = (await copy).suggestedFilename();
  expect(copyName).toMatch(/^sla-workbench-before-restore-.*\.json$/);
  await expect(replace).toBeDisabled();
  await confirm
    .getByLabel(`Ich habe die heruntergeladene Kopie „${copyName}“ und bewahre sie gut auf.`)
    .check();
  await replace.click();
  await expect(section.getByTestId('data-notice')).toContainText('Sicherung wiederhergestellt: 1 Deal,');

  await page.goto('/#/deals');
  const row = page.getByTestId('deal-row').filter({ hasText: 'Nordwind Reederei AG' });
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(page.getByTestId('term-field-availability')).toHaveValue('99,5');

  // Exactly: a new backup of the restored database holds the same records, field for field.
  const after = openBackupText(await backUpNow(page, testInfo.outputPath('after.json')));
  expect(after.tables).toEqual(before.tables);
});

test('a restore whose safety copy was not confirmed does not start, and changes nothing', async ({
  page,
}, testInfo) => {
  await createDeal(page, { customer: 'Altbestand GmbH', from: '/#/deals' });
  const backupPath = testInfo.outputPath('backup.json');
  await backUpNow(page, backupPath);
  // Something new after the backup, which a restore would replace.
  await createDeal(page, { customer: 'Neukunde AG', from: '/#/deals' });

  // The user downloads the copy but does not confirm having it (downloads blocked, file not found).
  await chooseRestoreFile(page, backupPath);
  let confirm = page.getByRole('alertdialog', { name: 'Alle Daten durch diese Sicherung ersetzen?' });
  const copy = page.waitForEvent('download');
  await confirm.getByTestId('restore-download-copy').click();
  await copy;
  await expect(confirm.getByTestId('restore-copy-confirmed')).not.toBeChecked();
  await expect(confirm.getByRole('button', { name: 'Durch Sicherung ersetzen' })).toBeDisabled();
  await confirm.getByRole('button', { name: 'Abbrechen (nichts ändern)' }).click();
  await expect(confirm).toHaveCount(0);

  // Or refuses to download it at all.
  const section = await chooseRestoreFile(page, backupPath);
  confirm = page.getByRole('alertdialog', { name: 'Alle Daten durch diese Sicherung ersetzen?' });
  await expect(confirm.getByRole('button', { name: 'Durch Sicherung ersetzen' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(section.getByTestId('data-notice')).toHaveCount(0);

  await page.goto('/#/deals');
  await expect(page.getByTestId('deal-row')).toHaveCount(2);
  await expect(page.getByTestId('deal-row').filter({ hasText: 'Neukunde AG' })).toHaveCount(1);
});

test('a damaged or foreign file is refused with a clear message and nothing changes', async ({
  page,
}, testInfo) => {
  await createDeal(page, { customer: 'Lindenhof Kliniken', from: '/#/deals' });
  const backupPath = testInfo.outputPath('backup.json');
  const text = await backUpNow(page, backupPath);

  // One changed digit inside the records: the checksum no longer fits.
  const damagedPath = testInfo.outputPath('damaged.json');
  writeFileSync(damagedPath, text.replace('Lindenhof Kliniken', 'Lindenhof Klinikem'));
  let section = await chooseRestoreFile(page, damagedPath);
  await expect(section.getByRole('alert')).toContainText(
    'Diese Sicherung wurde nicht wiederhergestellt. Es wurde nichts verändert.',
  );
  await expect(section.getByRole('alert')).toContainText('beschädigt');
  await expect(section.getByRole('alert')).toContainText('Prüfsumme');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  const foreignPath = testInfo.outputPath('foreign.json');
  writeFileSync(foreignPath, '{"hello": "world"}');
  section = await chooseRestoreFile(page, foreignPath);
  await expect(section.getByRole('alert')).toContainText('keine Sicherung von SLA Workbench');

  await page.goto('/#/deals');
  await expect(page.getByTestId('deal-row')).toHaveCount(1);
  await expect(page.getByTestId('deal-row')).toContainText('Lindenhof Kliniken');
});

test('Verify reports every deal intact', async ({ page }) => {
  await createDeal(page, { customer: 'Falkenstein Energie', from: '/#/deals' });
  const section = await openDataSection(page);
  await section.getByRole('button', { name: 'Prüfen' }).click();
  const result = section.getByTestId('verify-result');
  await expect(result).toContainText('Der Deal ist intakt');
  await expect(result.getByTestId('verify-deal')).toContainText('intakt');
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'data', 'verified', { fullPage: true });
});

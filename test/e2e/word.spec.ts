import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { createDeal, shot } from './support/app';

/**
 * Word in a deal (issue 4) in real Chromium, browser mode: the version we sent before the deal was
 * in the app is imported as our round 1, the customer's answer as their round 2 — its three silent
 * edits, four tracked changes and one comment are listed — then the redline of round 2 against
 * round 1 is exported and is a real Word file with tracked changes. A fake .docx is refused.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/libreoffice', import.meta.url));
const SENT = `${FIXTURES}/en-hosting-round1-sent.docx`;
const ANSWER = `${FIXTURES}/en-hosting-round2-counterparty.docx`;

async function importFile(page: Page, path: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-word').click();
  await (await chooser).setFiles(path);
}

async function pickOption(page: Page, testId: string, name: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name }).click();
}

test.slow();

test('import our sent version and their answer: silent edits flagged, redline exported as real Word', async ({
  page,
}, testInfo) => {
  await createDeal(page, { customer: 'Kessler Logistics', language: 'en' });

  // Round 1: the version we sent by e-mail before the deal was in the app.
  await importFile(page, SENT);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-review')).toBeVisible();
  await pickOption(page, 'import-side', 'Die Fassung, die wir gesendet haben (außerhalb der App)');
  await expect(dialog.getByRole('checkbox')).toBeChecked();
  await dialog.getByRole('button', { name: 'Als unsere gesendete Runde 1 speichern' }).click();
  await expect(dialog.getByTestId('import-done')).toContainText('Runde 1');
  await dialog.getByRole('button', { name: 'Schließen' }).first().click();
  await expect(dialog).toHaveCount(0);

  // Round 2: the customer's answer, compared with our round 1.
  await importFile(page, ANSWER);
  await expect(dialog.getByTestId('import-review')).toBeVisible();
  await expect(dialog).toContainText('Verglichen mit unserer Runde 1.');
  const silent = dialog.getByTestId('silent-edit');
  await expect(silent).toHaveCount(3);
  await expect(silent.nth(0)).toContainText('Incident response');
  await expect(silent.nth(0)).toContainText('30');
  await expect(silent.nth(0)).toContainText('15');
  await expect(silent.nth(1)).toContainText('Service credits');
  await expect(silent.nth(1)).toContainText(/30\s+days.*60\s+days/);
  await expect(silent.nth(2)).toContainText('Liability');
  await expect(silent.nth(2)).toContainText('reasonable and');
  await expect(dialog.getByTestId('import-silent')).toContainText('Unmarkierte Änderungen: 3');
  await expect(dialog.getByTestId('tracked-change')).toHaveCount(4);
  await expect(dialog.getByTestId('tracked-change').first()).toContainText('Kessler Logistics (J. Brandt)');
  const comment = dialog.getByTestId('imported-comment');
  await expect(comment).toHaveCount(1);
  await expect(comment).toContainText('We cannot accept a bonus payment.');
  await expect(comment).toContainText('Performance bonus');
  await shot(page, 'word', 'import-review');
  await dialog.getByRole('button', { name: 'Als erhaltene Runde 2 speichern' }).click();
  await expect(dialog.getByTestId('import-done')).toContainText('Runde 2');
  await expect(page.getByTestId('deal-status')).toHaveText(/Verhandlung/);

  // The deal's compare screen opens on our round 1 against their round 2.
  await dialog.getByTestId('import-compare').click();
  await expect(page).toHaveURL(/#\/deals\/[^/]+\/compare\?a=.+&b=.+/);
  const list = page.getByTestId('change-list');
  await expect(list).toBeVisible();
  // Silent edits come first in the change list, each with its badge; the comment sits beside.
  await expect(list.getByTestId('silent-badge')).toHaveCount(3);
  for (const index of [0, 1, 2])
    await expect(list.getByTestId('change-row').nth(index).getByTestId('silent-badge')).toBeVisible();
  await expect(list.getByTestId('change-row').nth(3).getByTestId('silent-badge')).toHaveCount(0);
  await expect(page.getByTestId('received-comment')).toContainText('We cannot accept a bonus payment.');
  await expect(page.getByTestId('received-comment')).toContainText('Performance bonus');
  await shot(page, 'word', 'compare');
  await page.goBack();
  await expect(page.getByTestId('deal-workspace')).toBeVisible();

  // Export the redline of round 2 against round 1.
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Word – Änderungsfassung …' }).click();
  const exportDialog = page.getByTestId('export-dialog');
  await pickOption(page, 'export-older', /^Runde 1 · von uns/);
  await pickOption(page, 'export-newer', /^Runde 2 · vom Kunden/);
  await shot(page, 'word', 'export-dialog');
  const download = page.waitForEvent('download');
  await exportDialog.getByTestId('export-submit').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Kessler-Logistics-SLA-redline-r1-r2.docx');
  const target = testInfo.outputPath('redline.docx');
  await file.saveAs(target);
  const zip = await JSZip.loadAsync(readFileSync(target));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toMatch(/<w:ins [^>]*w:author="Kessler Logistics"/);
  expect(xml).toMatch(/<w:del [^>]*w:author="Kessler Logistics"/);

  // And the clean Word file of round 2.
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Word – Reinfassung …' }).click();
  await pickOption(page, 'export-source', /^Runde 2 · vom Kunden/);
  const cleanDownload = page.waitForEvent('download');
  await exportDialog.getByTestId('export-submit').click();
  const clean = await cleanDownload;
  expect(clean.suggestedFilename()).toBe('Kessler-Logistics-SLA-round-2.docx');
  const cleanPath = testInfo.outputPath('clean.docx');
  await clean.saveAs(cleanPath);
  const cleanXml = await (
    await JSZip.loadAsync(readFileSync(cleanPath))
  )
    .file('word/document.xml')!
    .async('string');
  expect(cleanXml).toContain('Liability');
  expect(cleanXml).not.toMatch(/<w:ins /);

  // PDF in browser mode goes through the browser's print dialog: what it would print is the
  // document alone, rendered into the print root (the print stylesheet hides the app).
  await page.evaluate(() => {
    const printed: string[] = [];
    Object.assign(window, { printed });
    window.print = () => {
      printed.push(document.querySelector('.print-root')?.textContent ?? '');
    };
  });
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'PDF …' }).click();
  await pickOption(page, 'export-source', /^Runde 2 · vom Kunden/);
  await exportDialog.getByTestId('export-submit').click();
  await expect(exportDialog).toHaveCount(0);
  const printed = await page.evaluate(() => (window as unknown as { printed: string[] }).printed);
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain('Round 2');
  expect(printed[0]).toContain('The Customer may also terminate if two P1 incidents');
  await expect(page.locator('.print-root')).toHaveCount(0);
});

test('a text file named .docx is refused with one clear sentence, and no round is added', async ({
  page,
}, testInfo) => {
  await createDeal(page, { customer: 'Kessler Logistics', language: 'en' });
  const fake = testInfo.outputPath('answer.docx');
  writeFileSync(fake, 'Dear Sir or Madam, please find our comments below.\n');
  await importFile(page, fake);
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('Die Datei ist kein Word-Dokument im DOCX-Format');
  await expect(error).toContainText('Am Deal wurde nichts geändert.');
  await shot(page, 'word', 'import-refused');
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Schließen' }).first().click();
  await page.getByRole('tab', { name: 'Runden' }).click();
  await expect(page.getByText(/Noch keine Runden/)).toBeVisible();
});

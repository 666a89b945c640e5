import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { shot } from './support/app';

/**
 * Compare files (issue 4, DESIGN §2.3): two Word files without a deal. The customer's answer is
 * compared with what we sent; every change is listed, the three it did not track come first and
 * are flagged, and the redline exports as a Word file with tracked changes.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/libreoffice', import.meta.url));

async function pick(page: Page, side: 'older' | 'newer', path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId(`cf-pick-${side}`).click();
  await (await chooser).setFiles(path);
}

test.slow();

test('two Word files: changes listed, silent edits flagged first, redline exported', async ({
  page,
}, testInfo) => {
  await page.goto('/#/compare');
  await expect(page.getByTestId('cf-empty')).toContainText('Zwei Word-Dateien vergleichen');
  await shot(page, 'word', 'compare-files-empty');

  await pick(page, 'older', `${FIXTURES}/en-hosting-round1-sent.docx`);
  await expect(page.getByTestId('cf-older')).toContainText('en-hosting-round1-sent.docx');
  await pick(page, 'newer', `${FIXTURES}/en-hosting-round2-counterparty.docx`);

  const summary = page.getByTestId('cf-summary');
  await expect(summary).toContainText('Unmarkierte Änderungen in der neueren Datei: 3');
  await expect(summary).toContainText('Ihre nachverfolgten Änderungen: 4');
  const changes = page.getByTestId('cf-change');
  await expect(changes).toHaveCount(7);
  await expect(page.getByTestId('silent-badge')).toHaveCount(3);
  for (const index of [0, 1, 2]) await expect(changes.nth(index).getByTestId('silent-badge')).toBeVisible();
  await expect(changes.nth(3).getByTestId('silent-badge')).toHaveCount(0);
  await expect(page.getByTestId('redline-inline')).toContainText('reasonable and');
  await shot(page, 'word', 'compare-files');

  const download = page.waitForEvent('download');
  await page.getByTestId('cf-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('en-hosting-round2-counterparty-redline.docx');
  const target = testInfo.outputPath('redline.docx');
  await file.saveAs(target);
  const xml = await (await JSZip.loadAsync(readFileSync(target))).file('word/document.xml')!.async('string');
  expect(xml).toContain('<w:ins ');
  expect(xml).toContain('<w:del ');
});

test('a file that is not a Word document is refused with a clear sentence', async ({ page }) => {
  await page.goto('/#/compare');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('cf-pick-older').click();
  await (
    await chooser
  ).setFiles({ name: 'notes.docx', mimeType: 'text/plain', buffer: Buffer.from('just text') });
  await expect(page.getByTestId('cf-error')).toContainText('Die Datei ist kein Word-Dokument im DOCX-Format');
});

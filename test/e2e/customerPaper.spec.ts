import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import {
  customerDocx,
  ENGLISH_PAPER,
  GERMAN_PAPER,
  type CustomerPaper,
} from '../../shared/terms/testing/customerDocx';
import { shot } from './support/app';

/**
 * Customer paper (issue 10 §3) in real Chromium: a deal starts from the customer's own Word file,
 * built by the test in German and in English. Its clauses stay as written, its terms are typed by
 * the recogniser and rated by the chosen template's playbook; a file that is not Word is refused
 * with a sentence and no deal is created.
 */

const PLAYBOOKS = fileURLToPath(new URL('../fixtures/playbooks', import.meta.url));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

test.slow();

async function openNewDeal(page: Page, customer: string) {
  await page.goto('/#/deals');
  await page
    .getByRole('button', { name: /Ersten Deal anlegen|Neuer Deal|Create the first deal|New deal/ })
    .first()
    .click();
  const dialog = page.getByTestId('new-deal-dialog');
  await dialog.getByLabel(/Kunde|Customer/).fill(customer);
  await dialog.getByRole('radio', { name: /Business/ }).click();
  await dialog.getByRole('radio', { name: /^(Deutsch|German)$/ }).click();
  return dialog;
}

async function pickPaper(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('customer-paper-pick').click();
  await (await chooser).setFiles({ name, mimeType: DOCX, buffer });
}

async function startFrom(page: Page, customer: string, name: string, paper: CustomerPaper) {
  const dialog = await openNewDeal(page, customer);
  await pickPaper(page, name, Buffer.from(await customerDocx(paper)));
  await expect(dialog.getByTestId('customer-paper-summary')).toContainText(name);
  await expect(dialog.getByTestId('customer-paper-summary')).toContainText(/Werte erkannt|terms recognised/);
  await shot(page, 'customer-paper', `dialog-${paper.language}`);
  await dialog.getByRole('button', { name: /Deal anlegen|Create deal/ }).click();
  await expect(page.getByTestId('deal-workspace')).toBeVisible({ timeout: 30_000 });
}

test('a deal starts from the customer’s German and English documents, terms typed and rated', async ({
  page,
}) => {
  // The team lead's playbook for the Business template: availability target 99.9, fallback 99.95.
  await page.goto('/#/templates/managed-it-business-de');
  await page.getByRole('tab', { name: 'Playbook' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('playbook-import').click();
  await (await chooser).setFiles(`${PLAYBOOKS}/business.json`);
  await expect(page.getByText(/Grenzen für 3 Werte importiert/).first()).toBeVisible();

  await startFrom(page, 'Hafenbetriebe Nord AG', 'kunde-sla.docx', GERMAN_PAPER);
  const workspace = page.getByTestId('deal-workspace');
  // The customer's wording, exactly as written, with its values as terms.
  await expect(workspace).toContainText('Der Auftragnehmer gewährleistet eine Verfügbarkeit von');
  await expect(workspace).toContainText('Klasse A (kritisch)');
  await expect(page.getByTestId('term-band-availability')).toContainText(/\S/);
  await expect(page.getByTestId('term-band-availability')).toHaveAttribute('data-band', 'fallback');
  await expect(page.getByTestId('term-band-p1_response')).toHaveAttribute('data-band', 'limit');
  await shot(page, 'customer-paper', 'deal-de', { fullPage: true });

  await startFrom(page, 'Northwind Retail Ltd', 'customer-sla.docx', ENGLISH_PAPER);
  await expect(workspace).toContainText('The Supplier shall ensure that the Service is available');
  await expect(workspace).toContainText('Severity 1 (Critical)');
  await expect(page.getByTestId('term-band-availability')).toHaveAttribute('data-band', 'limit');
  await shot(page, 'customer-paper', 'deal-en', { fullPage: true });
});

test('a file that is not Word is refused with a sentence, and no deal is created', async ({ page }) => {
  await page.goto('/#/deals');
  const before = await page.getByTestId('deal-row').count();
  const dialog = await openNewDeal(page, 'Kaputt GmbH');
  await pickPaper(page, 'vertrag.docx', Buffer.from('this is not a zip file'));
  await expect(dialog.getByTestId('customer-paper-error')).toContainText('vertrag.docx');
  await expect(dialog.getByTestId('customer-paper-error')).toContainText('Es wurde nichts angelegt.');
  await dialog.getByRole('button', { name: /Abbrechen|Cancel/ }).click();
  await expect(page.getByTestId('deal-row')).toHaveCount(before);
});

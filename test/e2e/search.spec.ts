import { expect, test } from '@playwright/test';
import { createDeal, shot } from './support/app';

/**
 * Search everything (issue 12 §3) in real Chromium: the index is built in its worker from
 * IndexedDB and follows what is typed, so a term value or a sentence written into a draft is found
 * from the deals list and from Ctrl+K, in German and English word forms, written either way.
 */
test.slow();

test('term values, clause wording and templates are found as you type, and follow edits', async ({
  page,
}) => {
  await createDeal(page, { customer: 'Müller Logistik GmbH' });
  await page.getByTestId('term-field-availability').fill('99,95');
  const body = page.getByTestId('clause-body-availability');
  await body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Wartungsarbeiten an Feiertagen gelten als Ausfallzeit.');
  await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');
  await createDeal(page, { customer: 'Acme Hosting Ltd', language: 'en', tier: 'Basic' });

  await page.getByTestId('nav-deals').click();
  const search = page.getByTestId('deal-search');
  const rows = page.getByTestId('deal-row');

  // A number written the English way finds the German "99,95 %", in the draft.
  await search.fill('99.95');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Müller Logistik GmbH');
  await expect(rows.getByTestId('search-snippet')).toContainText(/Entwurf.*Zielverfügbarkeit: 99,95/);
  await expect(rows.locator('mark')).toHaveText(['99,95']);
  await shot(page, 'search', 'deals-number');

  // Another word form than the text ("Feiertag" for "Feiertagen"), typed without its umlaut.
  await search.fill('feiertag ausfallzeit');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Müller');

  // English word forms: "credits" in the English template, "credit" typed; both deals have it.
  await search.fill('credit ');
  await expect(page.getByTestId('deals-table')).toHaveAttribute('data-answered', 'credit ');
  await expect(rows.filter({ hasText: 'Acme Hosting Ltd' })).toHaveCount(1);

  // Nothing anywhere: the list says so.
  await search.fill('Zeppelinwartung');
  await expect(page.getByText('Keine passenden Deals')).toBeVisible();

  // Ctrl+K searches deals and templates alike; Enter opens the chosen result.
  await search.fill('');
  await page.keyboard.press('Control+k');
  const dialog = page.getByTestId('search-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('search-dialog-input').fill('Feiertagen');
  await expect(dialog.getByTestId('search-result').first()).toContainText('Müller Logistik GmbH');
  await dialog.getByTestId('search-dialog-input').fill('Premium');
  await expect(dialog.getByTestId('search-result').filter({ hasText: 'Vorlage' }).first()).toBeVisible();
  await shot(page, 'search', 'dialog');
  await dialog.getByTestId('search-dialog-input').fill('Feiertagen');
  await expect(dialog.getByTestId('search-result').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deal-workspace')).toBeVisible();
  await expect(page.getByTestId('titlebar-deal')).toHaveText('Müller Logistik GmbH – SLA');

  // An edit is found without a reload: the index follows the saved draft.
  const availability = page.getByTestId('term-field-availability');
  await availability.fill('99,85');
  await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');
  await page.getByTestId('nav-deals').click();
  await search.fill('99,95');
  await expect(page.getByTestId('deals-table')).toHaveCount(0);
  await search.fill('99,85 ');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Müller');
});

import { expect, test, type Page } from '@playwright/test';
import { createDeal, shot } from './support/app';

/**
 * The deal workspace in real Chromium with real IndexedDB (issue 2): create a German Business deal
 * through the UI, tailor a term and a clause's wording, reload and find both stored; invalid term
 * values are refused and never stored; clauses are removed (with undo) and moved; switching the UI
 * language leaves the German document German.
 */

/** Reloads the page: everything shown afterwards comes from IndexedDB. */
async function reloadWorkspace(page: Page): Promise<void> {
  await page.reload();
  // Opening the database and fifteen editors can take a while on a busy machine.
  await expect(page.getByTestId('deal-workspace')).toBeVisible({ timeout: 30_000 });
}

const chip = (page: Page, termId: string) =>
  page.locator(`[data-testid="clause-body-availability"] .ws-chip[data-term-id="${termId}"]`).first();
const saveState = (page: Page) => page.getByTestId('save-state');

// Each test drives a whole flow through a real editor; give slow machines room.
test.slow();

test('tailor a German Business deal: term and wording persist, invalid values are refused', async ({
  page,
}) => {
  await createDeal(page);
  await expect(chip(page, 'availability')).toHaveText('99,9\u00a0%');
  await shot(page, 'workspace', 'de-initial');

  // A valid value: the chip in the document follows at once, in German notation.
  const availability = page.getByTestId('term-field-availability');
  await availability.fill('99,5');
  await expect(chip(page, 'availability')).toHaveText('99,5\u00a0%');
  await expect(page.getByTestId('term-changed-availability')).toBeVisible();

  // Wording: type at the end of the availability clause's first paragraph.
  const body = page.getByTestId('clause-body-availability');
  await body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Dies gilt auch an Feiertagen.');
  await expect(body).toContainText('Dies gilt auch an Feiertagen.');
  await expect(saveState(page)).toHaveText('Gespeichert');

  await reloadWorkspace(page);
  await expect(page.getByTestId('term-field-availability')).toHaveValue('99,5');
  await expect(chip(page, 'availability')).toHaveText('99,5\u00a0%');
  await expect(page.getByTestId('clause-body-availability')).toContainText('Dies gilt auch an Feiertagen.');
  // The outline marks the clause as changed against the template.
  await expect(page.getByTestId('outline-availability').getByRole('img')).toHaveCount(2);

  // Over 100 %: refused in the field with a message; the document keeps 99,5 %.
  await page.getByTestId('term-field-availability').fill('140');
  await expect(page.getByTestId('term-error-availability')).toHaveText(/höchstens 100\s%/);
  await expect(chip(page, 'availability')).toHaveText('99,5\u00a0%');
  await shot(page, 'workspace', 'de-invalid');
  // Text in a percent field.
  await page.getByTestId('term-field-availability').fill('abc');
  await expect(page.getByTestId('term-error-availability')).toHaveText(/Zahl/);
  await expect(chip(page, 'availability')).toHaveText('99,5\u00a0%');
  // A negative duration.
  await page.getByTestId('term-field-p1_response').fill('-4');
  await expect(page.getByTestId('term-error-p1_response')).toHaveText(/nicht negativ/);
  await expect(saveState(page)).toHaveText('Gespeichert');

  await reloadWorkspace(page);
  await expect(page.getByTestId('term-field-availability')).toHaveValue('99,5');
  await expect(page.getByTestId('term-field-p1_response')).toHaveValue('1');
  await expect(page.getByTestId('term-error-availability')).toHaveCount(0);
});

test('clicking a chip opens its term; clauses can be removed with undo and moved', async ({ page }) => {
  await createDeal(page);

  // A chip leads to its typed field.
  await page.locator('[data-testid="clause-body-priorities"] .ws-chip[data-term-id="p1_response"]').click();
  await expect(page.getByTestId('term-field-p1_response')).toBeFocused();
  await expect(page.getByTestId('outline-priorities')).toHaveAttribute('data-selected', 'true');
  await shot(page, 'workspace', 'de-table-chip-selected');

  // Remove "Höhere Gewalt" (14) and undo: it comes back in the same place with its number.
  const outline = page.getByTestId('clause-outline');
  await expect(page.getByTestId('clause-number-force-majeure')).toHaveText('14');
  await page.getByTestId('outline-force-majeure').hover();
  await page
    .getByTestId('outline-force-majeure')
    .getByRole('button', { name: /Aktionen/ })
    .click();
  await page.getByRole('menuitem', { name: 'Klausel entfernen' }).click();
  await expect(page.getByTestId('outline-force-majeure')).toHaveCount(0);
  await expect(page.getByTestId('clause-number-data-protection')).toHaveText('14');
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByTestId('clause-number-force-majeure')).toHaveText('14');
  await expect(page.getByTestId('clause-number-data-protection')).toHaveText('15');
  await expect(page.getByLabel('Überschrift von Klausel 14')).toHaveValue('Höhere Gewalt');

  // Move "Haftung" (13) down with Alt+↓: the numbers follow.
  await outline
    .getByRole('button', { name: /Haftung/ })
    .first()
    .click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('clause-number-liability')).toHaveText('14');
  await expect(page.getByTestId('clause-number-force-majeure')).toHaveText('13');
  await expect(outline.locator('li').nth(13)).toContainText('Haftung');

  // Make it a sub-clause of 13 through the menu: it becomes 13.1 and data protection 14.
  await page
    .getByTestId('outline-liability')
    .getByRole('button', { name: /Aktionen/ })
    .click();
  await page.getByRole('menuitem', { name: 'Zur Unterklausel machen' }).click();
  await expect(page.getByTestId('clause-number-liability')).toHaveText('13.1');
  await expect(page.getByTestId('clause-number-data-protection')).toHaveText('14');

  // Add a clause from the template's library.
  await page.getByTestId('add-clause').click();
  await page.getByRole('menuitem').first().click();
  await expect(outline.locator('li')).toHaveCount(16);
  await expect(saveState(page)).toHaveText('Gespeichert');

  await reloadWorkspace(page);
  await expect(page.getByTestId('clause-number-liability')).toHaveText('13.1');
  await expect(outline.locator('li')).toHaveCount(16);

  // Walking away asks for the reason first.
  await page.getByTestId('deal-status').click();
  await page.getByRole('option', { name: 'Abgebrochen' }).click();
  const walkAway = page.getByTestId('walk-away-dialog');
  await walkAway.getByRole('button', { name: 'Deal abbrechen' }).click();
  await expect(walkAway).toContainText('Bitte geben Sie einen Grund an.');
  await walkAway.getByLabel('Grund').fill('Haftungsgrenze unter unserem Minimum');
  await walkAway.getByRole('button', { name: 'Deal abbrechen' }).click();
  await expect(walkAway).toHaveCount(0);
  await expect(page.getByTestId('deal-status')).toHaveText(/Abgebrochen/);
});

test('switching the UI language changes the labels, not the German document', async ({ page, context }) => {
  await createDeal(page);
  await page.getByTestId('term-field-availability').fill('99,5');
  await expect(saveState(page)).toHaveText('Gespeichert');
  await expect(page.getByRole('tab', { name: 'Kennzahlen' })).toBeVisible();

  // Switch in a second window; the workspace stays open and follows the stored setting.
  const settings = await context.newPage();
  await settings.goto('/#/settings');
  await settings.getByTestId('ui-language-en').click();
  await settings.close();

  await expect(page.getByRole('tab', { name: 'Terms' })).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved');
  await expect(chip(page, 'availability')).toHaveText('99,5\u00a0%');
  await expect(page.getByTestId('clause-availability').getByRole('textbox').first()).toHaveValue(
    'Verfügbarkeit und Messung',
  );
  // The field speaks the UI's notation; both separators are understood.
  await expect(page.getByTestId('term-field-availability')).toHaveValue('99.5');
  await page.getByTestId('term-field-availability').fill('99.95');
  await expect(chip(page, 'availability')).toHaveText('99,95\u00a0%');
  await page.getByTestId('term-field-availability').fill('101');
  await expect(page.getByTestId('term-error-availability')).toHaveText(/more than 100/);
  await shot(page, 'workspace', 'en-ui-german-document');
  await page.getByRole('tab', { name: 'Checks' }).click();
  await expect(page.getByTestId('legal-checklist')).toContainText('All essential clauses');
  await shot(page, 'workspace', 'en-checks');
});

import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { shot } from './support/app';

/**
 * Own templates can be retired and deleted, in real Chromium with the German UI. A template a deal
 * started from can only be retired (the delete dialog says why, and how many deals use it); it then
 * leaves the new-deal picker for the Retired section, while its deal keeps working on its version
 * (the legal checklist of that version included). A template no deal uses is deleted for good, the
 * dialog naming what goes. Built-ins offer neither. Keyboard only for the actions, axe on each dialog.
 */

const BUILT_IN = 'Hosting und Rechenzentrum – Business';

async function duplicateBuiltIn(page: Page, name: string) {
  await page.goto('/#/templates');
  await page.getByTestId('templates-table').getByTestId('template-row').filter({ hasText: BUILT_IN }).click();
  await expect(page.getByTestId('template-name')).toHaveText(BUILT_IN);
  await page.getByTestId('duplicate-template').click();
  const dialog = page.getByRole('dialog', { name: 'Vorlage duplizieren' });
  await dialog.getByLabel('Name der neuen Vorlage').fill(name);
  await dialog.getByRole('button', { name: 'Duplizieren' }).click();
  await expect(page.getByTestId('template-name')).toHaveText(name);
}

/** Opens the template's "more actions" menu with the keyboard and picks an item. */
async function chooseAction(page: Page, item: string) {
  await page.getByTestId('template-actions').focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: item }).focus();
  await page.keyboard.press('Enter');
}

/** The own templates the new-deal dialog offers for Hosting, German. */
async function offeredOwnTemplates(page: Page): Promise<string[]> {
  await page.goto('/#/deals');
  await page
    .getByRole('button', { name: /Ersten Deal anlegen|Neuer Deal/ })
    .first()
    .click();
  const dialog = page.getByTestId('new-deal-dialog');
  await dialog.getByRole('radio', { name: 'Hosting', exact: true }).click();
  await dialog.getByRole('radio', { name: 'Eigene Vorlagen' }).click();
  await dialog.getByRole('radio', { name: 'Deutsch' }).click();
  const select = dialog.getByTestId('template-select');
  if (await select.isDisabled()) {
    await page.keyboard.press('Escape');
    return [];
  }
  await select.click();
  const options = await page.getByRole('option').allTextContents();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  return options;
}

test('an own template in use is retired instead of deleted; an unused one is deleted for good', async ({
  page,
}) => {
  // Built-ins offer neither action, and say so.
  await page.goto('/#/templates');
  await page.getByTestId('template-row').filter({ hasText: BUILT_IN }).click();
  await expect(page.getByText('lassen sich weder zurückziehen noch löschen')).toBeVisible();
  await expect(page.getByTestId('template-actions')).toHaveCount(0);

  // An own template whose version 2 drops one essential from the legal checklist.
  await duplicateBuiltIn(page, 'Hosting Nord');
  await page.getByRole('tab', { name: 'Bearbeiten' }).click();
  const editor = page.getByTestId('template-editor');
  await editor
    .getByTestId('template-checklist-force-majeure')
    .getByRole('checkbox', { name: 'Höhere Gewalt' })
    .uncheck();
  await editor.getByTestId('template-save-version').click();
  await expect(page.locator('.toast-message', { hasText: 'Als Version 2 gespeichert.' })).toBeVisible();
  const templateUrl = page.url();

  // A deal starts from it.
  expect(await offeredOwnTemplates(page)).toEqual(['Hosting Nord']);
  await page
    .getByRole('button', { name: /Ersten Deal anlegen|Neuer Deal/ })
    .first()
    .click();
  const newDeal = page.getByTestId('new-deal-dialog');
  await newDeal.getByLabel(/Kunde|Customer/).fill('Nordhafen Logistik GmbH');
  await newDeal.getByRole('radio', { name: 'Hosting', exact: true }).click();
  await newDeal.getByRole('radio', { name: 'Eigene Vorlagen' }).click();
  await newDeal.getByRole('radio', { name: 'Deutsch' }).click();
  await expect(newDeal.getByTestId('template-select')).toContainText('Hosting Nord');
  await newDeal.getByRole('button', { name: 'Deal anlegen' }).click();
  await expect(page.getByTestId('deal-workspace')).toBeVisible({ timeout: 30_000 });
  const dealUrl = page.url();

  // Delete is refused while the deal uses it: the dialog says how many and offers to retire.
  await page.goto(templateUrl);
  await chooseAction(page, 'Löschen …');
  const refused = page.getByTestId('delete-template-dialog');
  await expect(refused.getByRole('heading')).toHaveText('„Hosting Nord“ lässt sich nicht löschen');
  await expect(refused.getByTestId('delete-template-in-use')).toContainText(
    'Ein Deal hat mit einer Version dieser Vorlage begonnen',
  );
  await expect(refused.getByRole('button', { name: 'Endgültig löschen' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'templates', 'delete-refused');
  await refused.getByRole('button', { name: 'Stattdessen zurückziehen' }).click();
  await expect(refused).toHaveCount(0);
  await expect(page.locator('.toast-message', { hasText: '„Hosting Nord“ zurückgezogen' })).toBeVisible();
  const notice = page.getByTestId('template-retired');
  await expect(notice).toContainText('zurückgezogen: wird für neue Deals nicht mehr angeboten.');
  await expect(notice).toContainText('Der Deal, der mit ihr begonnen hat, behält seine Version');
  expect(await seriousViolations(page)).toEqual([]);
  // The toast dismissed (with its close button), so nothing covers the notice.
  await page.locator('.toast button[aria-label]').first().click();
  await shot(page, 'templates', 'retired-notice');

  // It moved to the Retired section of the list, and the new-deal picker no longer offers it.
  await page.goto('/#/templates');
  await expect(page.getByTestId('templates-table')).not.toContainText('Hosting Nord');
  const retired = page.getByTestId('retired-templates');
  await expect(retired.getByRole('heading', { name: 'Zurückgezogene Vorlagen' })).toBeVisible();
  await expect(retired.getByTestId('template-row')).toHaveText([/Hosting Nord.*V2/]);
  expect(await seriousViolations(page)).toEqual([]);
  await retired.scrollIntoViewIfNeeded();
  await shot(page, 'templates', 'retired');
  expect(await offeredOwnTemplates(page)).toEqual([]);

  // The deal works as before, on its version: its legal checklist is version 2's, without force majeure.
  await page.goto(dealUrl);
  await expect(page.getByTestId('deal-workspace')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Prüfungen' }).click();
  const checklist = page.getByTestId('legal-checklist');
  await expect(checklist).toContainText('Haftung');
  await expect(checklist).not.toContainText('Höhere Gewalt');

  // Deleting it is still refused once retired; only Close is offered.
  await page.goto(templateUrl);
  await chooseAction(page, 'Löschen …');
  await expect(refused).toContainText('Sie ist bereits zurückgezogen.');
  await expect(refused.getByRole('button', { name: 'Stattdessen zurückziehen' })).toHaveCount(0);
  await refused.getByRole('button', { name: 'Schließen' }).click();

  // Reactivated (with the keyboard, from the menu), it is offered for new deals again.
  await chooseAction(page, 'Wieder freigeben');
  await expect(
    page.locator('.toast-message', { hasText: 'wird für neue Deals wieder angeboten' }),
  ).toBeVisible();
  await expect(page.getByTestId('template-retired')).toHaveCount(0);
  expect(await offeredOwnTemplates(page)).toEqual(['Hosting Nord']);

  // A wrong duplicate no deal uses: the dialog names what goes, then it is gone for good.
  await duplicateBuiltIn(page, 'Hosting Nord (Kopie aus Versehen)');
  await chooseAction(page, 'Löschen …');
  const remove = page.getByTestId('delete-template-dialog');
  await expect(remove.getByRole('heading')).toHaveText(
    '„Hosting Nord (Kopie aus Versehen)“ endgültig löschen?',
  );
  await expect(remove).toContainText('Kein Deal nutzt diese Vorlage.');
  await expect(remove.getByTestId('delete-template-removes')).toContainText('ihre einzige Version (V1)');
  await expect(remove).toContainText('Das lässt sich nicht rückgängig machen.');
  // Cancel has the focus first, as in every destructive dialog.
  await expect(remove.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'templates', 'delete-dialog');
  await page.keyboard.press('Tab');
  await expect(remove.getByRole('button', { name: 'Endgültig löschen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/templates$/);
  await expect(
    page.locator('.toast-message', { hasText: 'Vorlage „Hosting Nord (Kopie aus Versehen)“ gelöscht.' }),
  ).toBeVisible();
  await expect(page.getByTestId('template-row').filter({ hasText: 'Kopie aus Versehen' })).toHaveCount(0);
  await expect(page.getByTestId('template-row').filter({ hasText: 'Hosting Nord' })).toHaveCount(1);
  expect(await offeredOwnTemplates(page)).toEqual(['Hosting Nord']);
});

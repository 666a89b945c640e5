import { expect, test, type Page } from '@playwright/test';

/**
 * Screenshots of every screen for a person to look at (CONVENTIONS 14), not assertions about pixels.
 * Runs only when SHOTS_DIR is set: `SHOTS_DIR=/tmp/shots npx playwright test … screenshots`.
 */
const dir = process.env.SHOTS_DIR;
// Conditional, not a leftover: taking pictures is for a person looking at them, not part of the gate.
test.skip(!dir, 'set SHOTS_DIR to take screenshots');

async function shot(page: Page, name: string) {
  await page.waitForTimeout(300); // let dialogs and toasts finish their short entrance
  await page.screenshot({ path: `${dir}/${name}.png` });
}

async function addDeal(page: Page, customer: string, tier: string, language: string) {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Kunde|Customer/).fill(customer);
  await dialog.getByRole('radio', { name: tier }).click();
  await dialog.getByRole('radio', { name: language }).click();
  await dialog.getByRole('button', { name: /Deal anlegen|Create deal/ }).click();
  await expect(page).toHaveURL(/#\/deals\/./);
  await page.getByTestId('nav-deals').click();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screens in German (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const suffix = scheme === 'dark' ? '-dark' : '';
    await page.goto('/#/deals');
    await expect(page.getByTestId('deals-empty')).toBeVisible();
    await shot(page, `de-01-deals-empty${suffix}`);
    await page.getByTestId('deals-empty').getByRole('button').click();
    await shot(page, `de-02-new-deal${suffix}`);
    await page.getByRole('dialog').getByRole('button', { name: 'Deal anlegen' }).click();
    await shot(page, `de-03-new-deal-invalid${suffix}`);
    await page.keyboard.press('Escape');

    await addDeal(page, 'Müller Logistik GmbH', 'Business', 'Deutsch');
    await addDeal(page, 'Stadtwerke Beispielstadt', 'Premium', 'Deutsch');
    await addDeal(page, 'Acme Hosting Ltd', 'Basis', 'Englisch');
    await page.getByTestId('deal-row').filter({ hasText: 'Acme' }).getByTestId('deal-menu').click();
    await shot(page, `de-04-deal-menu${suffix}`);
    await page.getByRole('menuitem', { name: 'Archivieren' }).click();
    await shot(page, `de-05-deals-archived-toast${suffix}`);

    await page.getByTestId('deal-row').first().click();
    await page.waitForTimeout(1000);
    await shot(page, `de-06-deal-workspace${suffix}`);

    await page.getByTestId('nav-templates').click();
    await expect(page.getByTestId('template-row').first()).toBeVisible();
    await shot(page, `de-07-templates${suffix}`);
    await page
      .getByTestId('template-row')
      .filter({ hasText: 'Managed IT Services – Business' })
      .filter({ hasText: 'Deutsch' })
      .click();
    await expect(page.locator('.doc-page').first()).toBeVisible();
    await shot(page, `de-08-template-view${suffix}`);
    await page.getByRole('tab', { name: 'Kennzahlen' }).click();
    await shot(page, `de-09-template-terms${suffix}`);
    await page.getByTestId('duplicate-template').click();
    await shot(page, `de-10-duplicate${suffix}`);
    await page.getByRole('dialog').getByRole('button', { name: 'Duplizieren' }).click();
    await expect(page.getByTestId('edit-template')).toBeVisible();
    await page.getByTestId('edit-template').click();
    await shot(page, `de-11-edit-template${suffix}`);
    await page.keyboard.press('Escape');

    await page.getByTestId('nav-settings').click();
    await shot(page, `de-12-settings${suffix}`);
    await page.getByTestId('nav-compare').click();
    await shot(page, `de-13-compare${suffix}`);
    await page.getByTestId('nav-dashboard').click();
    await shot(page, `de-14-dashboard${suffix}`);
  });
}

test('screens in English', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByTestId('ui-language-en').click();
  await shot(page, 'en-01-settings');
  await addDeal(page, 'Acme Hosting Ltd', 'Business', 'English');
  await shot(page, 'en-02-deals');
  await page.getByTestId('nav-templates').click();
  await expect(page.getByTestId('template-row').first()).toBeVisible();
  await shot(page, 'en-03-templates');
});

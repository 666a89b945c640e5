import { expect, test } from '@playwright/test';

/**
 * A real first start (issue 12): without the start-empty switch the other specs use, an empty database
 * gets one clearly named sample deal. The user can delete it, and it never comes back.
 */
test.use({ storageState: { cookies: [], origins: [] } });

test('a first start shows one sample deal, which stays deleted once the user deletes it', async ({
  page,
}) => {
  await page.goto('/#/deals');
  const rows = page.getByTestId('deal-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Beispiel-Deal zum Ausprobieren');
  await expect(rows.first()).toContainText('Beispielkunde GmbH');
  await expect(rows.first()).toContainText('Business');

  // It is a real deal from the built-in template: it opens with its clauses.
  await rows.first().click();
  await expect(page.getByTestId('deal-workspace')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('titlebar-deal')).toHaveText('Beispiel-Deal zum Ausprobieren');
  await expect(page.getByTestId('clause-body-availability')).toContainText('99,9');

  await page.getByTestId('nav-deals').click();
  await rows.first().getByTestId('deal-menu').click();
  await page.getByRole('menuitem', { name: 'Löschen …' }).click();
  await page
    .getByRole('alertdialog', { name: 'Diesen Deal löschen?' })
    .getByRole('button', { name: 'Deal löschen' })
    .click();
  await expect(page.getByTestId('deals-empty')).toContainText('Noch keine Deals');

  // Restarting the app does not bring it back.
  await page.reload();
  await expect(page.getByTestId('deals-empty')).toBeVisible();
  await expect(rows).toHaveCount(0);
});

import { expect, test, type Page } from '@playwright/test';

// Each test runs in a fresh browser context, so it starts with an empty IndexedDB.
// The context's locale is de-DE: with the UI language on "system" the app starts in German.

async function createDeal(page: Page, customer: string, options: { tier?: string; language?: string } = {}) {
  const dialog = page.getByRole('dialog', { name: 'Neuer Deal' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Kunde').fill(customer);
  await dialog.getByRole('radio', { name: options.tier ?? 'Business' }).click();
  await dialog.getByRole('radio', { name: options.language ?? 'Deutsch' }).click();
  await dialog.getByRole('button', { name: 'Deal anlegen' }).click();
  await expect(dialog).toBeHidden();
}

test('a first deal is created from the German Business template and found again by search and status', async ({
  page,
}) => {
  await page.goto('/#/deals');
  const empty = page.getByTestId('deals-empty');
  await expect(empty).toContainText('Noch keine Deals');

  await empty.getByRole('button', { name: 'Ersten Deal anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Deal' });
  // A deal needs a customer: the dialog refuses and says why.
  await dialog.getByRole('button', { name: 'Deal anlegen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Bitte geben Sie den Namen des Kunden ein.');
  await expect(dialog.getByLabel('Kunde')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Kunde').fill('Müller Logistik GmbH');
  await dialog.getByRole('radio', { name: 'Business' }).click();
  await dialog.getByRole('radio', { name: 'Deutsch' }).click();
  await expect(dialog.getByTestId('template-select')).toContainText('Business');
  await dialog.getByRole('button', { name: 'Deal anlegen' }).click();

  // The new deal opens at once; the title bar names it.
  await expect(page).toHaveURL(/#\/deals\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('titlebar-deal')).toHaveText('Müller Logistik GmbH – SLA');

  // A second deal in English, via the keyboard shortcut from the list.
  await page.getByTestId('nav-deals').click();
  await page.keyboard.press('Control+n');
  await createDeal(page, 'Acme Hosting Ltd', { tier: 'Premium', language: 'Englisch' });
  await page.getByTestId('nav-deals').click();

  const rows = page.getByTestId('deal-row');
  await expect(rows).toHaveCount(2);
  const muller = rows.filter({ hasText: 'Müller Logistik GmbH' });
  await expect(muller).toContainText('Business');
  await expect(muller).toContainText('Deutsch');
  await expect(muller).toContainText('Entwurf');
  // "Last changed" is a German date: 27.11.2026, 09:36
  await expect(muller).toContainText(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);

  // Search ignores case and umlauts.
  const search = page.getByRole('searchbox', { name: 'Kunde oder Titel suchen' });
  await search.fill('muller');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Müller Logistik GmbH');
  await search.fill('nobody');
  await expect(page.getByText('Keine passenden Deals')).toBeVisible();
  await page.getByRole('button', { name: 'Suche und Filter zurücksetzen' }).click();
  await expect(rows).toHaveCount(2);

  // Archive one deal: it leaves the everyday view, Undo brings it back.
  await rows.filter({ hasText: 'Acme' }).getByTestId('deal-menu').click();
  await page.getByRole('menuitem', { name: 'Archivieren' }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(rows).toHaveCount(2);

  await rows.filter({ hasText: 'Acme' }).getByTestId('deal-menu').click();
  await page.getByRole('menuitem', { name: 'Archivieren' }).click();
  await expect(rows).toHaveCount(1);

  // Status filter: only archived deals.
  await page.getByTestId('status-filter').click();
  await page.getByRole('option', { name: 'Archiviert', exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Acme Hosting Ltd');
  await expect(rows).toContainText('Archiviert');

  // Delete asks first.
  await rows.getByTestId('deal-menu').click();
  await page.getByRole('menuitem', { name: 'Löschen …' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Diesen Deal löschen?' });
  await confirm.getByRole('button', { name: 'Deal löschen' }).click();
  await expect(page.getByText('Keine passenden Deals')).toBeVisible();

  // Everything is stored: after a reload the remaining deal is still there.
  await page.reload();
  await expect(page.getByTestId('deal-row')).toHaveCount(1);
  await expect(page.getByTestId('deal-row')).toContainText('Müller Logistik GmbH');
});

test('the UI language switches at once and is kept after a reload', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible();
  await expect(page.getByTestId('nav-templates')).toHaveText('Vorlagen');

  await page.getByTestId('ui-language-en').click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByTestId('nav-templates')).toHaveText('Templates');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByTestId('ui-language-en')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('nav-deals').click();
  await expect(page.getByTestId('deals-empty')).toContainText('No deals yet');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('ui-language-de').click();
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('nav-deals')).toBeVisible();
  await expect(page.getByTestId('nav-templates')).toHaveText('Vorlagen');
});

test('the provider name from the settings is kept', async ({ page }) => {
  await page.goto('/#/settings');
  const provider = page.getByLabel('Name des Anbieters');
  await provider.fill('Nordlicht IT GmbH');
  await provider.press('Enter');
  await expect(page.locator('.toast-message', { hasText: 'Gespeichert' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Name des Anbieters')).toHaveValue('Nordlicht IT GmbH');
});

test('a built-in template is duplicated into an own template with its own review date and version', async ({
  page,
}) => {
  await page.goto('/#/templates');
  const rows = page.getByTestId('template-row');
  await expect(rows.first()).toBeVisible();
  const builtInCount = await rows.count();
  // Four families, three tiers, two languages.
  expect(builtInCount).toBeGreaterThanOrEqual(24);

  const business = rows.filter({ hasText: 'Managed IT Services – Business' }).filter({ hasText: 'Deutsch' });
  await business.click();
  await expect(
    page.getByText('Mitgelieferte Vorlagen sind schreibgeschützt.', { exact: false }),
  ).toBeVisible();
  // Clauses are numbered; term values are written as German writes them.
  await expect(page.locator('.doc-number').first()).toHaveText('1');
  await expect(page.locator('.doc-page').first()).toContainText(/\d+,\d+\s%/);

  await page.getByTestId('duplicate-template').click();
  const dialog = page.getByRole('dialog', { name: 'Vorlage duplizieren' });
  const name = dialog.getByLabel('Name der neuen Vorlage');
  await name.fill('Business Logistik');
  await dialog.getByRole('button', { name: 'Duplizieren' }).click();

  await expect(page.getByTestId('template-name')).toHaveText('Business Logistik');
  await expect(page.getByText('Eigene', { exact: true }).first()).toBeVisible();

  // Edit: a review date in the past is flagged as overdue, and saving writes version 2.
  await page.getByTestId('edit-template').click();
  const edit = page.getByRole('dialog', { name: 'Vorlage bearbeiten' });
  await edit.getByLabel('Überprüfungsdatum').fill('2020-05-04');
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('template-review-date')).toContainText('04.05.2020');
  await expect(page.getByTestId('template-review-date')).toContainText('Überprüfung überfällig');

  await page.getByRole('tab', { name: 'Versionsverlauf' }).click();
  await expect(page.getByTestId('template-history').locator('tbody tr')).toHaveCount(2);

  await page.reload();
  await page.getByTestId('nav-templates').click();
  await expect(rows).toHaveCount(builtInCount + 1);
  const own = rows.filter({ hasText: 'Business Logistik' });
  await expect(own).toContainText('Eigene');
  await expect(own).toContainText('V2');
  await expect(own).toContainText('Überprüfung überfällig');

  // The own template is offered for new deals.
  await page.keyboard.press('Control+n');
  const newDeal = page.getByRole('dialog', { name: 'Neuer Deal' });
  await newDeal.getByRole('radio', { name: 'Eigene Vorlagen' }).click();
  await newDeal.getByRole('radio', { name: 'Deutsch' }).click();
  await expect(newDeal.getByTestId('template-select')).toHaveText('Business Logistik');
});

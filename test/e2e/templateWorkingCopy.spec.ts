import { expect, test, type Page } from '@playwright/test';
import { shot } from './support/app';

/**
 * Nothing lost in the template editor (issue 12): an unsaved edit of an own template's clause is
 * kept in the database while the user types, comes back after a reload on its base version, and
 * is gone from the database once it is saved as version 2. German UI, real IndexedDB.
 */

/** The kept working copies, read with raw IndexedDB as stored. */
function keptCopies(page: Page): Promise<{ templateId: string; baseVersion: number }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('sla-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const idb = request.result;
          const all = idb.transaction('templateWorkingCopies').objectStore('templateWorkingCopies').getAll();
          all.onsuccess = () => {
            idb.close();
            resolve(all.result as { templateId: string; baseVersion: number }[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test('an unsaved template edit survives a reload and is gone once saved as a version', async ({ page }) => {
  await page.goto('/#/templates');
  await page.getByTestId('template-row').filter({ hasText: 'Hosting und Rechenzentrum – Business' }).click();
  await page.getByTestId('duplicate-template').click();
  const duplicate = page.getByRole('dialog', { name: 'Vorlage duplizieren' });
  await duplicate.getByLabel('Name der neuen Vorlage').fill('Hosting Nord');
  await duplicate.getByRole('button', { name: 'Duplizieren' }).click();
  await expect(page.getByTestId('template-name')).toHaveText('Hosting Nord');

  await page.getByRole('tab', { name: 'Bearbeiten' }).click();
  const editor = page.getByTestId('template-editor');
  const body = editor.locator('.ws-prose').first();
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Auch für das Ausweichrechenzentrum in Kiel.');
  await expect(editor.getByTestId('template-editor-status')).toHaveText('Nicht gespeicherte Änderungen');
  await expect(editor.getByTestId('template-kept')).toContainText('auf diesem Rechner gesichert');
  expect(await keptCopies(page)).toMatchObject([{ baseVersion: 1 }]);

  // A reload (or a crash): the edit is back, still unsaved, on version 1.
  await page.reload();
  const restored = page.getByTestId('template-editor');
  await expect(restored.getByTestId('template-restored')).toContainText(
    'Ihre nicht gespeicherten Änderungen vom',
  );
  await expect(restored.locator('.ws-prose').first()).toContainText('Ausweichrechenzentrum in Kiel.');
  await expect(restored.getByTestId('template-editor-status')).toHaveText('Nicht gespeicherte Änderungen');
  await expect(restored.getByTestId('template-save-version')).toHaveText('Als Version 2 speichern');
  await shot(page, 'templates', 'working-copy-restored');

  await restored.getByTestId('template-save-version').click();
  await expect(page.locator('.toast-message', { hasText: 'Als Version 2 gespeichert.' })).toBeVisible();
  await expect(restored.getByTestId('template-editor-status')).toHaveText('Keine ungespeicherten Änderungen');
  expect(await keptCopies(page)).toEqual([]);

  // After another reload the saved version shows, and nothing claims to be restored.
  await page.reload();
  await expect(page.getByText('V2', { exact: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Bearbeiten' }).click();
  await expect(page.getByTestId('template-editor').locator('.ws-prose').first()).toContainText(
    'Ausweichrechenzentrum in Kiel.',
  );
  await expect(page.getByTestId('template-restored')).toHaveCount(0);
});

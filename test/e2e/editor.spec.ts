import { expect, test } from '@playwright/test';
import { createDeal } from './support/app';

/**
 * Undo and redo in the clause editor (issue 12 §6): Ctrl+Z takes back typing and Ctrl+Y (or
 * Ctrl+Shift+Z) brings it back, also after the autosave has stored it, and what is stored follows.
 */
test.slow();

test('typing is undone and redone with the keyboard, and the autosave follows without fighting it', async ({
  page,
}) => {
  await createDeal(page);
  const body = page.getByTestId('clause-body-availability');
  const saveState = page.getByTestId('save-state');
  const sentence = ' Dies gilt auch an Feiertagen.';

  await body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(sentence);
  await expect(body).toContainText(sentence.trim());
  await expect(saveState).toHaveText('Gespeichert');

  await page.keyboard.press('Control+z');
  await expect(body).not.toContainText('Feiertagen');
  await expect(saveState).toHaveText('Gespeichert');
  // The undone text stays undone: the save of it did not bring the old text back.
  await page.waitForTimeout(1_000);
  await expect(body).not.toContainText('Feiertagen');

  await page.keyboard.press('Control+y');
  await expect(body).toContainText(sentence.trim());
  await expect(saveState).toHaveText('Gespeichert');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(body).toContainText(sentence.trim());

  await page.keyboard.press('Control+z');
  await expect(body).not.toContainText('Feiertagen');
  await expect(saveState).toHaveText('Gespeichert');
  await page.reload();
  await expect(page.getByTestId('deal-workspace')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('clause-body-availability')).not.toContainText('Feiertagen');
  await expect(page.getByTestId('clause-body-availability')).toContainText('Verfügbarkeit');
});

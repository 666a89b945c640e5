import { expect, test, type Page } from '@playwright/test';
import { createDeal, shot } from './support/app';

/**
 * The negotiation loop of issue 3 in real Chromium with real IndexedDB: create a deal, send round 1,
 * make the customer's round 2 with three edits (a term, a wording, a moved clause), compare, see all
 * three listed, accept one and reject two, build the next draft and find it exactly as decided.
 */

const chip = (page: Page, clauseId: string, termId: string) =>
  page.locator(`[data-testid="clause-body-${clauseId}"] .ws-chip[data-term-id="${termId}"]`).first();
const saveState = (page: Page) => page.getByTestId('save-state');

async function sendRound(page: Page, note: string) {
  await expect(saveState(page)).toHaveText('Gespeichert');
  await page.getByTestId('send-round').click();
  const dialog = page.getByTestId('send-round-dialog');
  // The dialog opens once it has read the round number and the author (a moment after the click).
  await expect(dialog).toBeVisible();
  const author = dialog.getByLabel('Ihr Name');
  if (await author.isVisible()) await author.fill('Anna Berger');
  await dialog.getByLabel('Notiz').fill(note);
  await dialog.getByRole('button', { name: 'Festschreiben und senden' }).click();
  await expect(dialog).toHaveCount(0);
}

/** The customer's answer, typed into the draft: a term, a wording and a moved clause. */
async function makeTheirEdits(page: Page) {
  await page.getByTestId('term-field-availability').fill('99,95');
  await expect(chip(page, 'availability', 'availability')).toHaveText('99,95\u00a0%');

  // Wording: their lawyer writes "Sofern" where we wrote "Soweit".
  const body = page.getByTestId('clause-body-data-protection');
  await body.locator('p').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.type('Sofern');
  await expect(body.locator('p').first()).toHaveText(/^Sofern der Anbieter/);

  await page
    .getByTestId('clause-outline')
    .getByRole('button', { name: /Haftung/ })
    .first()
    .click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('clause-number-liability')).toHaveText('14');
  await expect(saveState(page)).toHaveText('Gespeichert');
}

const rows = (page: Page) => page.getByTestId('change-row');
const selectedRow = (page: Page) => page.locator('[data-testid="change-row"].is-selected');

/** Record their version sits in the menu beside Send round. */
async function recordTheirVersion(page: Page) {
  await page.getByTestId('round-menu').click();
  await page.getByRole('menuitem', { name: /Kundenfassung erfassen|Record their version/ }).click();
}

test.slow();

test('three edits of the customer: listed, decided one by one, and built into our next draft', async ({
  page,
}) => {
  await createDeal(page);
  await sendRound(page, 'Erstangebot');
  await expect(page.getByText('Runde 1 festgeschrieben.', { exact: true })).toBeVisible();

  await makeTheirEdits(page);
  await recordTheirVersion(page);
  const record = page.getByTestId('record-round-dialog');
  await expect(record).toContainText('Passen Sie den Entwurf an');
  await record.getByRole('button', { name: 'Als Kundenrunde erfassen' }).click();
  await page.getByRole('button', { name: 'Vergleichen' }).click();

  // The default pair: our round 1 against their round 2.
  await expect(page).toHaveURL(/#\/deals\/[^/]+\/compare/);
  await expect(page.getByTestId('compare-a')).toHaveText(/Runde 1 \(von uns\)/);
  await expect(page.getByTestId('compare-b')).toHaveText(/Runde 2 \(vom Kunden\)/);
  await expect(page.getByTestId('change-count')).toHaveText('3');
  await expect(rows(page)).toHaveCount(3);
  const termRow = rows(page).and(page.locator('[data-kind="term"]'));
  const wordingRow = rows(page).and(page.locator('[data-kind="wording"]'));
  const movedRow = rows(page).and(page.locator('[data-kind="clause-moved"]'));
  await expect(termRow).toContainText('99,9\u00a0% → 99,95\u00a0%');
  await expect(termRow.getByTestId('change-effect')).toHaveText('Schlechter für uns');
  await expect(wordingRow).toContainText('Datenschutz');
  await expect(wordingRow).toContainText('„Soweit“ → „Sofern“');
  await expect(movedRow).toContainText('Klausel verschoben');
  // The redline marks insertions, deletions and the moved clause in words, not only in colour.
  const inline = page.getByTestId('redline-inline');
  await expect(inline.locator('ins', { hasText: 'Sofern' })).toContainText('eingefügt:');
  await expect(inline.locator('del', { hasText: 'Soweit' })).toContainText('gelöscht:');
  await expect(inline.locator('del', { hasText: '99,9' }).first()).toContainText('gelöscht:');
  await expect(inline).toContainText(/verschoben von 1[34] nach 1[34]/);
  await shot(page, 'compare', 'de-inline');

  // Keyboard: the first change is selected; J and K step through the list.
  await expect(selectedRow(page)).toHaveCount(1);
  const first = await selectedRow(page).getAttribute('data-change-row');
  await page.keyboard.press('j');
  await expect(selectedRow(page)).not.toHaveAttribute('data-change-row', first!);
  await page.keyboard.press('ArrowDown');
  await expect(selectedRow(page)).toHaveAttribute(
    'data-change-row',
    (await rows(page).nth(2).getAttribute('data-change-row'))!,
  );
  await page.keyboard.press('k');
  await page.keyboard.press('K');
  await expect(selectedRow(page)).toHaveAttribute('data-change-row', first!);
  // Space ticks the selected change as reviewed.
  await page.keyboard.press('Space');
  await expect(selectedRow(page).getByTestId('change-reviewed')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('change-list')).toContainText('1 von 3 geprüft');

  // Accept the term, reject the wording (by keyboard) and the move.
  await termRow.getByRole('button').first().click();
  await expect(page.getByTestId('change-details')).toContainText('99,95\u00a0%');
  await page.getByTestId('accept-change').click();
  await expect(termRow.getByTestId('change-decision')).toHaveAttribute('title', 'Angenommen');
  await wordingRow.getByRole('button').first().click();
  await page.keyboard.press('r');
  await expect(wordingRow.getByTestId('change-decision')).toHaveAttribute('title', 'Abgelehnt');
  await movedRow.getByRole('button').first().click();
  await page.getByTestId('reject-change').click();
  await expect(movedRow.getByTestId('change-decision')).toHaveAttribute('title', 'Abgelehnt');
  await expect(page.getByTestId('change-list')).toContainText('3 von 3 geprüft');
  await shot(page, 'compare', 'de-decided');

  // Side by side: our text left, theirs right, in one scroller.
  await page.getByTestId('mode-side-by-side').click();
  const sbs = page.getByTestId('redline-side-by-side');
  await expect(sbs).toBeVisible();
  const protectionA = sbs.getByTestId('sbs-a').filter({ hasText: 'Datenschutz' });
  const protectionB = sbs.getByTestId('sbs-b').filter({ hasText: 'Datenschutz' });
  await expect(protectionA).toContainText('Soweit der Anbieter');
  await expect(protectionA).not.toContainText('Sofern');
  await expect(protectionB).toContainText('Sofern der Anbieter');
  await expect(protectionB).not.toContainText('Soweit');
  await shot(page, 'compare', 'de-side-by-side');
  await page.getByTestId('mode-inline').click();
  await expect(page.getByTestId('redline-inline')).toBeVisible();

  await page.getByTestId('build-draft').click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('1 angenommen, 2 abgelehnt, 0 offen');
  await shot(page, 'compare', 'de-build-confirm');
  await confirm.getByRole('button', { name: 'Entwurf erstellen' }).click();

  // The workspace shows the new draft: their availability, our wording, our order.
  await expect(page).toHaveURL(/#\/deals\/[A-Za-z0-9_-]+$/);
  await expect(
    page.getByText('Nächster Entwurf erstellt: 1 Änderung übernommen.', { exact: true }),
  ).toBeVisible();
  await expect(chip(page, 'availability', 'availability')).toHaveText('99,95\u00a0%');
  await expect(page.getByTestId('term-field-availability')).toHaveValue('99,95');
  await expect(page.getByTestId('clause-body-data-protection').locator('p').first()).toHaveText(
    /^Soweit der Anbieter/,
  );
  await expect(page.getByTestId('clause-number-liability')).toHaveText('13');
  await expect(page.getByTestId('clause-number-force-majeure')).toHaveText('14');

  // Undo brings back the draft as it was (their text).
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByTestId('clause-number-liability')).toHaveText('14');
  await expect(page.getByTestId('clause-body-data-protection').locator('p').first()).toHaveText(
    /^Sofern der Anbieter/,
  );
});

test('a round compared with itself shows no changes; the redline runs in a Web Worker', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await createDeal(page);
  await sendRound(page, '');
  await page.getByRole('tab', { name: 'Runden' }).click();
  await page.getByTestId('round-1').getByRole('link', { name: 'Mit Entwurf vergleichen' }).click();
  // Round 1 against the unchanged draft: nothing changed.
  await expect(page.getByTestId('compare-no-changes')).toContainText('Keine Änderungen');
  await expect(page.getByTestId('build-draft')).toBeDisabled();

  // Round 1 against round 1, picked in the selector.
  await page.getByTestId('compare-b').click();
  await page.getByRole('option', { name: 'Runde 1 (von uns)' }).click();
  await expect(page).toHaveURL(/b=(?!draft)/);
  await expect(page.getByTestId('compare-no-changes')).toBeVisible();
  await shot(page, 'compare', 'de-no-changes');
  // The comparison ran off the UI thread, in the worker file the production build emitted.
  expect(workers.some((url) => /redline\.worker-[\w-]+\.js$/.test(url))).toBe(true);
});

import { expect, test, type Page } from '@playwright/test';
import { createDeal, shot } from './support/app';

/**
 * Negotiation rounds (issue 3) in real Chromium: sending freezes the draft as a chained round with
 * author, note and hash; a frozen round stays as it was when the draft changes; the customer's
 * version is recorded as their round; the timeline, the chain badge and the chart show them.
 */

const shotsDir = process.env.SHOTS_DIR;

const saveState = (page: Page) => page.getByTestId('save-state');

/** Record their version sits in the menu beside Send round. */
async function recordTheirVersion(page: Page) {
  await page.getByTestId('round-menu').click();
  await page.getByRole('menuitem', { name: /Kundenfassung erfassen|Record their version/ }).click();
}

test.slow();

test('send, freeze, record their version: timeline, intact chain, read-only rounds, chart', async ({
  page,
}) => {
  await createDeal(page, { language: 'de' });
  await page.getByRole('tab', { name: 'Runden' }).click();
  await expect(page.getByText('Noch keine Runden.')).toBeVisible();

  // The first send asks for the author's name once and says what is frozen.
  await page.getByTestId('send-round').click();
  const send = page.getByTestId('send-round-dialog');
  await expect(send).toContainText('als unsere Runde 1 festgeschrieben');
  await send.getByRole('button', { name: 'Festschreiben und senden' }).click();
  await expect(send).toContainText('Bitte geben Sie Ihren Namen ein.');
  await send.getByLabel('Ihr Name').fill('Anna Berger');
  await send.getByLabel('Notiz').fill('Erstangebot nach dem Termin vor Ort');
  await shot(page, 'rounds', 'de-send-dialog');
  await send.getByRole('button', { name: 'Festschreiben und senden' }).click();
  await expect(send).toHaveCount(0);

  const round1 = page.getByTestId('round-1');
  await expect(round1).toContainText('Von uns gesendet');
  await expect(round1).toContainText('Anna Berger');
  await expect(round1).toContainText('Erstangebot nach dem Termin vor Ort');
  await expect(round1.locator('.rounds-hash')).toHaveText(/^[0-9a-f]{8}$/);
  await expect(page.getByTestId('chain-status')).toHaveText('Kette intakt');
  await expect(page.getByTestId('deal-status')).toHaveText(/Verhandlung/);

  // The customer wants more availability; the draft now holds their text.
  await page.getByRole('tab', { name: 'Kennzahlen' }).click();
  await page.getByTestId('term-field-availability').fill('99,95');
  await expect(saveState(page)).toHaveText('Gespeichert');

  // Round 1 is frozen: it still shows what was sent.
  await page.getByRole('tab', { name: 'Runden' }).click();
  await round1.getByRole('button', { name: 'Runde 1 öffnen' }).click();
  const view = page.getByTestId('round-view');
  await expect(view).toContainText('Festgeschrieben, nicht mehr änderbar');
  await expect(view.locator('.doc-term', { hasText: '99,9\u00a0%' }).first()).toBeVisible();
  await expect(view.locator('[contenteditable="true"], input, textarea')).toHaveCount(0);
  await shot(page, 'rounds', 'de-round-view');
  await page.keyboard.press('Escape');

  // Their version: the author is not asked again.
  await recordTheirVersion(page);
  const record = page.getByTestId('record-round-dialog');
  await expect(record.getByLabel('Ihr Name')).toHaveCount(0);
  await record.getByLabel('Notiz').fill('Antwort per E-Mail');
  await record.getByRole('button', { name: 'Als Kundenrunde erfassen' }).click();
  await expect(record).toHaveCount(0);
  const round2 = page.getByTestId('round-2');
  await expect(round2).toContainText('Erhalten');
  await expect(page.getByTestId('chain-status')).toHaveText('Kette intakt');
  // The draft stays their text.
  await page.getByRole('tab', { name: 'Kennzahlen' }).click();
  await expect(page.getByTestId('term-field-availability')).toHaveValue('99,95');
  await page.getByRole('tab', { name: 'Runden' }).click();
  await shot(page, 'rounds', 'de-timeline');

  // The chart of availability: our 99,9 % in round 1, their 99,95 % in round 2.
  await page.getByRole('radio', { name: 'Diagramm' }).click();
  const chart = page.getByTestId('negotiation-chart');
  await expect(chart.locator('figcaption')).toHaveText('Runde 1: 99,9\u00a0%; Runde 2: 99,95\u00a0%');
  await expect(chart.locator('svg .recharts-line')).toHaveCount(2);
  await shot(page, 'rounds', 'de-chart');
  await page.getByTestId('chart-term').click();
  await page
    .getByRole('option', { name: /Reaktionszeit P1|P1/ })
    .first()
    .click();
  await expect(chart.locator('figcaption')).toContainText('Runde 2');

  // Compare with previous opens round 1 against round 2.
  await page.getByRole('radio', { name: 'Verlauf' }).click();
  await round2.getByRole('link', { name: 'Mit vorheriger vergleichen' }).click();
  await expect(page.getByTestId('compare-a')).toHaveText(/Runde 1/);
  await expect(page.getByTestId('compare-b')).toHaveText(/Runde 2/);
  await expect(page.getByTestId('change-count')).toHaveText('1');
});

test('English UI: rounds tab, compare screen and chart speak English', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByTestId('ui-language-en').click();
  await createDeal(page, { language: 'en' });
  await page.getByTestId('send-round').click();
  const send = page.getByTestId('send-round-dialog');
  await send.getByLabel('Your name').fill('Anna Berger');
  await send.getByRole('button', { name: 'Freeze and send' }).click();
  await expect(send).toHaveCount(0);
  await page.getByTestId('term-field-availability').fill('99.5');
  await page.getByTestId('term-field-p1_response').fill('2');
  await expect(saveState(page)).toHaveText('Saved');
  await recordTheirVersion(page);
  await page
    .getByTestId('record-round-dialog')
    .getByRole('button', { name: 'Record as their round' })
    .click();
  await page.getByRole('tab', { name: 'Rounds' }).click();
  await expect(page.getByTestId('chain-status')).toHaveText('Chain intact');
  await shot(page, 'rounds', 'en-timeline');
  await page.getByRole('radio', { name: 'Chart' }).click();
  await expect(page.getByTestId('negotiation-chart').locator('figcaption')).toHaveText(
    'Round 1: 99.9\u00a0%; Round 2: 99.5\u00a0%',
  );
  await shot(page, 'rounds', 'en-chart');
  await page.getByRole('radio', { name: 'Timeline' }).click();
  await page.getByTestId('round-2').getByRole('link', { name: 'Compare with previous' }).click();
  await expect(page.getByTestId('change-count')).toHaveText('2');
  await expect(page.getByTestId('change-row').first()).toContainText('Better for us');
  if (shotsDir) {
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${shotsDir}/compare-en-inline.png` });
    await page.getByTestId('mode-side-by-side').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${shotsDir}/compare-en-side-by-side.png` });
  }
});

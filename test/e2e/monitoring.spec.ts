import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { createDeal, shot } from './support/app';

/**
 * After signing (issue 11) in real Chromium, browser mode, on a fixed clock (20 October 2026,
 * 10:00 in Berlin): a Business deal is signed with a review due soon; a CSV of incidents is
 * imported through its preview (one row refused); October shows its availability, no credit and a
 * warning at 80 % of the error budget, September the credit owed; the monthly report downloads as
 * a real Word file; the dashboard lists the agreement, its warning and the review that is due, and
 * completing the review there records it.
 */

const NOW = new Date('2026-10-20T10:00:00+02:00');

// Business (German): Mo–Fr 07:00–20:00, 99.9 %. October 2026 has 22 weekdays = 17,160 service
// minutes, so the budget is 17.16 minutes and a 14-minute outage uses 81.6 % of it.
const CSV = [
  'Störungsnr.;Beginn;Ende;Art;Priorität;Erste Reaktion;Bemerkung',
  'S-1;08.09.2026 08:00;08.09.2026 18:00;Störung;P1;08.09.2026 08:20;Rechenzentrum ohne Strom',
  'S-2;06.10.2026 09:00;06.10.2026 09:14;Störung;P1;06.10.2026 09:05;Firewall-Failover',
  'S-3;07.10.2026 10:00;07.10.2026 12:00;Anfrage;P3;07.10.2026 11:00;Neuer Zugang',
  'S-4;08.10.2026 25:00;08.10.2026 10:00;Störung;P2;;Tippfehler in der Liste',
].join('\n');

async function pickOption(page: Page, testId: string, name: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name }).click();
}

test.slow();

test('sign, import incidents, see the month measured and warned, report, and review from the dashboard', async ({
  page,
}, testInfo) => {
  await page.clock.setFixedTime(NOW);
  await createDeal(page, { customer: 'Müller Logistik GmbH', tier: 'Business', language: 'de' });

  // Sign: the draft is frozen as round 1; the first review is due in a fortnight.
  await page.getByTestId('sign-deal').click();
  const sign = page.getByTestId('sign-dialog');
  await expect(sign).toBeVisible();
  await expect(sign.getByTestId('sign-time-zone')).toHaveValue('Europe/Berlin');
  await sign.getByTestId('signatory-name').first().fill('Eva Roth');
  await sign.getByTestId('signatory-name').nth(1).fill('Jonas Weber');
  // The term began on 1 September (signed later, as happens), so September is measured too.
  await sign.getByTestId('sign-term-start').fill('2026-09-01');
  await sign.getByTestId('sign-next-review').fill('2026-11-03');
  await shot(page, 'monitoring', 'sign-dialog');
  await sign.getByTestId('sign-confirm').click();
  await expect(page).toHaveURL(/#\/deals\/[^/]+\/monitoring$/);
  await expect(page.getByTestId('signed-deal')).toBeVisible();
  await expect(page.getByTestId('signed-on')).toContainText('Runde 1');

  // The signed deal opens on its frozen text and monitoring, not on an editable draft.
  await page.getByRole('tab', { name: 'Vereinbarung' }).click();
  await expect(page.getByTestId('signed-text')).toContainText('Verfügbarkeit');
  await expect(page.getByTestId('signed-text').locator('[contenteditable]')).toHaveCount(0);
  await shot(page, 'monitoring', 'agreement');

  // Import the CSV: the preview names the broken row, and only the valid rows are imported.
  await page.getByRole('tab', { name: /Störungen/ }).click();
  await expect(page.getByTestId('incidents-empty')).toBeVisible();
  await page.getByTestId('import-incidents').click();
  const dialog = page.getByTestId('import-incidents-dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByTestId('import-pick').click();
  await (
    await chooser
  ).setFiles({ name: 'stoerungen.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '4 Zeilen: 3 importierbar, 1 mit Problemen, 0 übersprungen.',
  );
  const broken = dialog.locator('[data-testid="import-row"][data-state="problem"]');
  await expect(broken).toHaveCount(1);
  await expect(broken).toContainText('Beginn „08.10.2026 25:00“ ist kein Datum mit Uhrzeit.');
  await shot(page, 'monitoring', 'import-preview');
  await dialog.getByTestId('import-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('3 Störungen importiert.').first()).toBeVisible();
  // October holds the outage and the ticket.
  await expect(page.getByTestId('incident-row')).toHaveCount(2);
  await shot(page, 'monitoring', 'incidents');

  // October: availability, no credit yet, and the warning at 80 % of the budget.
  await page.getByRole('tab', { name: 'Messung' }).click();
  await expect(page.getByTestId('kpi-availability')).toContainText('99,918 %');
  await expect(page.getByTestId('kpi-availability')).toContainText('Ziel 99,9 %');
  await expect(page.getByTestId('kpi-credit')).toContainText('Keine Gutschrift geschuldet');
  const warnings = page.getByTestId('warning');
  await expect(warnings.first()).toContainText(
    '81,6 % des Fehlerbudgets sind verbraucht (Warnschwelle 80 %).',
  );
  await expect(page.getByTestId('warnings')).toContainText('am 23.10.2026 aufgebraucht');
  await expect(page.getByTestId('burn-down-chart')).toBeVisible();
  await shot(page, 'monitoring', 'october', { fullPage: true });

  // September: ten hours down, a credit of 20 % of 4,200 € is owed.
  await pickOption(page, 'month-select', 'September 2026');
  await expect(page.getByTestId('kpi-credit')).toContainText('840 €');
  await expect(page.getByTestId('kpi-availability')).toContainText('verfehlt');
  await shot(page, 'monitoring', 'september');

  // The monthly report for September downloads as a real Word file.
  await page.getByTestId('report-menu').click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Word-Dokument (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Müller-Logistik-GmbH-SLA-2026-09-report.docx');
  const target = testInfo.outputPath('report.docx');
  await file.saveAs(target);
  const zip = await JSZip.loadAsync(readFileSync(target));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Service-Level-Bericht September 2026');
  expect(xml).toContain('Gutschrift: 20');
  expect(xml).toContain('S-1');

  // The OpenSLO hand-over names the signed target.
  await page.getByTestId('report-menu').click();
  const yamlDownload = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Zusagen als OpenSLO (.yaml)' }).click();
  const yaml = readFileSync(await (await yamlDownload).path(), 'utf8');
  expect(yaml).toContain('apiVersion: openslo/v1');
  expect(yaml).toContain('target: 0.999');
  expect(yaml).toContain('timeZone: Europe/Berlin');

  // The dashboard: the agreement this month, its warning, and the review that is due.
  await page.getByTestId('nav-dashboard').click();
  const row = page.getByTestId('dashboard-agreement');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('dashboard-availability')).toContainText('99,918 %');
  await expect(row.getByTestId('dashboard-credit')).toContainText('keine');
  await expect(page.getByTestId('dashboard-warning').first()).toContainText('Warnschwelle 80 %');
  const review = page.getByTestId('dashboard-review');
  await expect(review).toHaveCount(1);
  await expect(review).toContainText('Müller Logistik');
  await expect(review).toContainText('fällig');
  await expect(page.getByTestId('availability-chart')).toBeVisible();
  await shot(page, 'monitoring', 'dashboard', { fullPage: true });

  // Completing the review records who and when and moves the date on: nothing is due any more.
  await review.getByTestId('dashboard-complete-review').click();
  const complete = page.getByTestId('complete-review-dialog');
  await complete.getByTestId('review-by').fill('Jana Berg');
  await complete.getByRole('button', { name: 'Überprüfung abschließen' }).click();
  await expect(page.getByTestId('dashboard-review')).toHaveCount(0);
  await row.getByRole('link').click();
  await page.getByRole('tab', { name: 'Überprüfungen' }).click();
  await expect(page.getByTestId('review-history')).toContainText('Jana Berg');
  await expect(page.getByTestId('next-review')).toContainText('20.10.2027');
  await shot(page, 'monitoring', 'reviews');
});

test('renegotiating starts a new draft from the signed text while monitoring goes on', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await createDeal(page, { customer: 'Kessler Logistics', tier: 'Premium', language: 'en' });
  await page.getByTestId('sign-deal').click();
  const sign = page.getByTestId('sign-dialog');
  await sign.getByTestId('signatory-name').first().fill('Tom Kessler');
  await sign.getByTestId('sign-confirm').click();
  await expect(page.getByTestId('signed-deal')).toBeVisible();

  await page.getByTestId('renegotiate').click();
  await page.getByRole('button', { name: 'Neu verhandeln' }).click();
  await expect(page.getByTestId('deal-workspace')).toBeVisible();
  await expect(page.getByTestId('deal-status')).toHaveText(/Verhandlung/);
  // The agreement stays in force: monitoring is one click away.
  await page.getByTestId('open-monitoring').click();
  await expect(page.getByTestId('signed-deal')).toBeVisible();
  await expect(page.getByTestId('signed-deal')).toContainText('wird neu verhandelt');
});

test('in English: an on-call export imports as it is and October is measured in Berlin time', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-15T10:00:00+01:00'));
  await page.goto('/#/settings');
  await page.getByTestId('ui-language-en').click();
  await expect(page.getByTestId('nav-templates')).toHaveText('Templates');
  await createDeal(page, { customer: 'Kessler Logistics Ltd', tier: 'Premium', language: 'en' });

  await page.getByTestId('sign-deal').click();
  const sign = page.getByTestId('sign-dialog');
  await sign.getByTestId('signatory-name').first().fill('Tom Kessler');
  await sign.getByTestId('sign-term-start').fill('2026-10-01');
  await sign.getByTestId('sign-confirm').click();
  await expect(page.getByTestId('signed-deal')).toBeVisible();

  await page.getByRole('tab', { name: /Incidents/ }).click();
  await page.getByTestId('import-incidents').click();
  const dialog = page.getByTestId('import-incidents-dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByTestId('import-pick').click();
  await (
    await chooser
  ).setFiles(new URL('../fixtures/incidents/pagerduty-incidents.csv', import.meta.url).pathname);
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '6 rows: 6 can be imported, 0 with problems, 0 skipped.',
  );
  await dialog.getByTestId('import-confirm').click();
  await expect(dialog).toHaveCount(0);

  await pickOption(page, 'month-select', 'October 2026');
  await page.getByRole('tab', { name: 'Measurement' }).click();
  // 169 minutes down in October's 44,700 (the night clocks went back has 25 hours).
  await expect(page.getByTestId('kpi-availability')).toContainText('99.621%');
  await expect(page.getByTestId('kpi-downtime')).toContainText('2 h 49 min');
  await expect(page.getByTestId('kpi-credit')).toContainText('€1,960');
  await expect(page.getByTestId('priority-table')).toContainText('2 met, 1 exceeded');
  await shot(page, 'monitoring', 'english-october', { fullPage: true });

  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('dashboard-agreement')).toContainText('Kessler Logistics Ltd');
  await shot(page, 'monitoring', 'english-dashboard', { fullPage: true });
});

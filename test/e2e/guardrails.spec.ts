import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { createDeal, shot } from './support/app';

/**
 * Guardrails while negotiating (issue 10) in real Chromium: the team lead's playbook is imported
 * (a contradicting file is refused first); the customer asks for 99.99 % against a supplier chain
 * that backs 99.9 % — flagged with the suppliers named; Send round waits for technology and finance,
 * then goes out; a demand beyond walk-away is sent only with an override whose reason is recorded;
 * every export is scanned clean of internal data; the deal is walked away from, found under that
 * filter with its reason, read-only until reopened.
 */

const PLAYBOOKS = fileURLToPath(new URL('../fixtures/playbooks', import.meta.url));

/** Internal values of this deal; none may appear in any exported file. */
const INTERNAL = {
  playbookNotes: ['Q7731', 'Q4412'],
  walkAway: ['99,993', '99.993'],
  suppliers: ['Rechenzentrum Nord', 'Carrier Blau'],
  costs: ['1.234,56', '1234.56', '1234,56', '987,65', '987.65', '2.222,21', '2222.21'],
  margin: ['47,09', '47.09'],
  approvals: ['Tom Technik', 'Fiona Finanz', 'Q5521', 'Q6633'],
  override: ['Q9090'],
};
const INTERNAL_VALUES = Object.values(INTERNAL).flat();

test.slow();

async function importPlaybook(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('playbook-import').click();
  await (await chooser).setFiles(`${PLAYBOOKS}/${file}`);
}

async function pickOption(page: Page, testId: string, name: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name }).click();
}

async function setSetting(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
  await expect(page.getByText('Gespeichert.').first()).toBeVisible();
}

async function addSupplier(page: Page, name: string, availability: string, cost: string) {
  await page.getByTestId('add-supplier').click();
  const dialog = page.getByTestId('supplier-dialog');
  await dialog.getByTestId('supplier-name').fill(name);
  await dialog.getByTestId('supplier-availability').fill(availability);
  await dialog.getByTestId('supplier-cost').fill(cost);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toHaveCount(0);
}

async function approve(page: Page, role: string, name: string, comment: string) {
  await page.getByTestId(`approvals-${role}`).getByTestId('approve').first().click();
  const dialog = page.getByTestId('approval-dialog');
  await dialog.getByTestId('approval-name').fill(name);
  await dialog.getByTestId('approval-comment').fill(comment);
  await dialog.getByRole('button', { name: 'Freigabe erfassen' }).click();
  await expect(dialog).toHaveCount(0);
}

/** Every XML part of a Word file as text, to search for values that must not be there. */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      .map((file) => file.async('string')),
  );
  return parts.join('\n');
}

function expectClean(text: string, what: string) {
  for (const value of INTERNAL_VALUES)
    expect(text, `${what} must not contain “${value}”`).not.toContain(value);
}

test('playbook, back-to-back flag, approvals, override, clean exports, walk away', async ({
  page,
}, testInfo) => {
  // Our company, as every export will name it.
  await page.goto('/#/settings');
  await setSetting(page, 'Name des Anbieters', 'Nordlicht IT GmbH');
  await setSetting(page, 'Anschrift', 'Hafenstraße 1, 20457 Hamburg');
  await setSetting(page, 'Unterzeichner', 'Dr. Petra Vogt');

  // The team lead's playbook for the Business template: a contradicting file changes nothing.
  await page.goto('/#/templates/managed-it-business-de');
  await page.getByRole('tab', { name: 'Playbook' }).click();
  const editor = page.getByTestId('playbook-editor-template');
  await importPlaybook(page, 'inconsistent.json');
  const refused = page.getByTestId('playbook-refused');
  await expect(refused).toContainText('Es wurde nichts geändert.');
  await expect(refused).toContainText('Ausstiegsgrenze ist für uns günstiger als das Ziel');
  await expect(refused).toContainText('kann nicht über 100 % liegen');
  await expect(editor.getByTestId('playbook-row-availability')).toHaveAttribute('data-mode', 'none');
  await importPlaybook(page, 'business.json');
  await expect(
    page.getByText('Grenzen für 3 Werte importiert. Übersprungen: coffee_quality').first(),
  ).toBeVisible();
  await expect(editor.getByTestId('playbook-walkAway-availability')).toHaveValue('99,993');
  await expect(editor.getByTestId('playbook-row-credit_cap')).toHaveAttribute('data-mode', 'own');
  await shot(page, 'guardrails', 'template-playbook', { fullPage: true });

  // A new deal names our company as the provider.
  await createDeal(page, {
    customer: 'Kessler Logistik GmbH',
    tier: 'Business',
    language: 'de',
    from: '/#/deals',
  });
  await expect(page.getByTestId('provider-line')).toHaveText('Anbieter: Nordlicht IT GmbH');

  // The customer asks for 99.99 % and a 30 % credit cap: both within walk-away, both need approval.
  await page.getByTestId('term-field-availability').fill('99,99');
  await expect(page.getByTestId('term-band-availability')).toContainText('Freigabe nötig');
  await expect(page.getByTestId('term-band-availability')).toContainText('(Technik)');
  await page.getByTestId('term-field-credit_cap').fill('30');
  await expect(page.getByTestId('term-band-credit_cap')).toContainText('(Finanzen)');
  await expect(
    page.getByTestId('outline-availability').getByTestId('clause-band-availability'),
  ).toHaveAttribute('data-band', 'limit');
  await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');
  await shot(page, 'guardrails', 'terms-bands');

  // The supplier chain backs 99.9 %: a red flag naming the suppliers.
  await page.getByRole('tab', { name: 'Prüfungen' }).click();
  await addSupplier(page, 'Rechenzentrum Nord', '99,95', '1234,56');
  await addSupplier(page, 'Carrier Blau', '99,95', '987,65');
  await expect(page.getByTestId('composite-availability')).toHaveText('99,9\u00a0%');
  const flag = page.locator('[data-testid="supplier-finding"][data-code="availability-unbacked"]');
  await expect(flag).toContainText('99,99\u00a0% zugesagt');
  await expect(flag).toContainText('Rechenzentrum Nord');
  await expect(flag).toContainText('Carrier Blau');
  await expect(flag).toHaveClass(/gr-item-flag/);
  await expect(page.getByTestId('supplier-margin')).toHaveText('47,09\u00a0%');
  await shot(page, 'guardrails', 'suppliers');

  // The deal negotiates under the template's playbook; the calculators start from the deal.
  await page.getByTestId('open-deal-playbook').click();
  const dealPlaybook = page.getByTestId('deal-playbook-dialog');
  await expect(dealPlaybook.getByTestId('playbook-row-availability')).toHaveAttribute(
    'data-mode',
    'inherited',
  );
  await expect(dealPlaybook.getByTestId('playbook-row-availability')).toContainText('99,993\u00a0%');
  await shot(page, 'guardrails', 'deal-playbook');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Rechner…' }).click();
  const calculators = page.getByTestId('calculators');
  await expect(calculators.getByTestId('calc-availability')).toHaveValue('99,99');
  await calculators.getByTestId('calc-availability').fill('99,9');
  // Measured in the deal's service hours (Monday to Friday 07:00–20:00), then around the clock.
  await expect(calculators.getByTestId('calc-downtime')).toContainText('16,7\u00a0Min.');
  await pickOption(page, 'calc-hours', '24×7');
  await expect(calculators.getByTestId('calc-downtime')).toContainText('43,2\u00a0Min.');
  await expect(calculators.getByTestId('calc-chain')).toHaveValue('99,95 99,95');
  await expect(calculators.getByTestId('calc-credits')).toContainText(
    'Schlechtester Monat: 20\u00a0% = 840\u00a0€',
  );
  await shot(page, 'guardrails', 'calculators');
  await page.keyboard.press('Escape');

  // Send round is blocked until technology and finance approve.
  await page.getByTestId('send-round').click();
  const send = page.getByTestId('send-round-dialog');
  await expect(send.getByTestId('send-blocked')).toContainText('2 Freigaben fehlen');
  await expect(send.getByTestId('send-missing-approval')).toHaveCount(2);
  await expect(send.getByTestId('freeze-submit')).toBeDisabled();
  await shot(page, 'guardrails', 'send-blocked');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Freigaben' }).click();
  await expect(page.getByTestId('approvals-summary')).toContainText('2 Freigaben fehlen');
  await approve(page, 'technology', 'Tom Technik', 'RZ-Vertrag wird angehoben, Q5521');
  await expect(page.getByTestId('approvals-summary')).toContainText('1 Freigabe fehlt');
  await page.getByTestId('send-round').click();
  await expect(send.getByTestId('send-blocked')).toContainText('1 Freigabe fehlt');
  await expect(send.getByTestId('freeze-submit')).toBeDisabled();
  await page.keyboard.press('Escape');
  await approve(page, 'finance', 'Fiona Finanz', 'Deckel vertretbar, Q6633');
  await expect(page.getByTestId('approvals-summary')).toHaveText('Alle Freigaben liegen vor.');
  await shot(page, 'guardrails', 'approvals');

  await page.getByTestId('send-round').click();
  await expect(send.getByTestId('send-blocked')).toHaveCount(0);
  await send.getByLabel('Ihr Name').fill('Anna Berger');
  await send.getByTestId('freeze-submit').click();
  await expect(send).toHaveCount(0);
  await page.getByRole('tab', { name: 'Runden' }).click();
  await expect(page.getByTestId('round-1')).toContainText('Von uns gesendet');
  await expect(page.getByTestId('round-1').getByTestId('round-override')).toHaveCount(0);

  // Beyond walk-away: shown plainly; sent only with an override whose reason stays on the round.
  await page.getByRole('tab', { name: 'Werte' }).click();
  await page.getByTestId('term-field-availability').fill('99,995');
  await expect(page.getByTestId('beyond-banner')).toContainText(
    'Eine Forderung liegt jenseits der Ausstiegsgrenze',
  );
  await expect(page.getByTestId('beyond-banner')).toContainText('99,993\u00a0%');
  await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');
  await page.getByTestId('send-round').click();
  await expect(send.locator('[data-testid="send-warning"][data-code="beyond"]')).toBeVisible();
  // Approvals are per round: technology and management for the new demand, finance again for the cap.
  await expect(send.getByTestId('send-missing-approval')).toHaveCount(3);
  await send.getByTestId('send-override').check();
  await send.getByTestId('freeze-submit').click();
  await expect(send).toContainText('Bitte geben Sie die Begründung an.');
  await send.getByTestId('send-override-reason').fill('Kunde drängt auf den Termin, Q9090');
  await shot(page, 'guardrails', 'send-override');
  await send.getByTestId('freeze-submit').click();
  await expect(send).toHaveCount(0);
  await page.getByRole('tab', { name: 'Runden' }).click();
  const override = page.getByTestId('round-2').getByTestId('round-override');
  await expect(override).toContainText('Ohne alle Freigaben gesendet: Kunde drängt auf den Termin, Q9090');
  await expect(override).toContainText('Geschäftsführung');

  // Every export names our company and holds nothing internal.
  const exportDialog = page.getByTestId('export-dialog');
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Word – Reinfassung…' }).click();
  await pickOption(page, 'export-source', /^Runde 2 · unsere/);
  const cleanDownload = page.waitForEvent('download');
  await exportDialog.getByTestId('export-submit').click();
  const clean = await cleanDownload;
  await clean.saveAs(testInfo.outputPath('clean.docx'));
  const cleanText = await docxText(readFileSync(testInfo.outputPath('clean.docx')));
  expect(cleanText).toContain('Nordlicht IT GmbH');
  expect(cleanText).toContain('Kessler Logistik GmbH');
  expectClean(cleanText, 'the clean Word file');

  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Word – mit Änderungen…' }).click();
  await pickOption(page, 'export-older', /^Runde 1 · unsere/);
  await pickOption(page, 'export-newer', /^Runde 2 · unsere/);
  const redlineDownload = page.waitForEvent('download');
  await exportDialog.getByTestId('export-submit').click();
  const redline = await redlineDownload;
  await redline.saveAs(testInfo.outputPath('redline.docx'));
  const redlineText = await docxText(readFileSync(testInfo.outputPath('redline.docx')));
  expect(redlineText).toMatch(/<w:ins /);
  expectClean(redlineText, 'the Word redline');

  // What a PDF holds is what is rendered into the print root while the browser prints; every
  // rendering of it is kept (the print dialog itself is replaced by a no-op).
  await page.evaluate(() => {
    const printed: string[] = [];
    Object.assign(window, { printed });
    window.print = () => {};
    new MutationObserver(() => {
      const root = document.querySelector('.print-root');
      if (root?.innerHTML) printed.push(root.innerHTML);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  await pickOption(page, 'export-source', /^Runde 2 · unsere/);
  await exportDialog.getByTestId('export-submit').click();
  await expect(exportDialog).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed.join('\n')))
    .toContain('Nordlicht IT GmbH');
  const printed = await page.evaluate(() => (window as unknown as { printed: string[] }).printed.join('\n'));
  expect(printed).toContain('Kessler Logistik GmbH');
  expectClean(printed, 'the PDF');

  // Walk away, with the reason: visible on the deal, read-only, and found under that filter.
  await page.getByTestId('banner-walk-away').click();
  const walkAway = page.getByTestId('walk-away-dialog');
  await walkAway.getByRole('button', { name: 'Deal abbrechen' }).click();
  await expect(walkAway).toContainText('Bitte geben Sie einen Grund an.');
  await walkAway.getByLabel('Grund').fill('Kunde besteht auf 99,995 % ohne Aufpreis');
  await walkAway.getByRole('button', { name: 'Deal abbrechen' }).click();
  await expect(walkAway).toHaveCount(0);
  const closed = page.getByTestId('closed-banner');
  await expect(closed).toContainText('Abgebrochen: Kunde besteht auf 99,995 % ohne Aufpreis');
  await expect(page.getByTestId('send-round')).toBeDisabled();
  await page.getByRole('tab', { name: 'Werte' }).click();
  await expect(page.getByTestId('term-field-availability')).not.toBeEditable();
  await expect(page.getByTestId('clause-body-availability')).toHaveAttribute('contenteditable', 'false');
  await shot(page, 'guardrails', 'walked-away');

  await page.getByTestId('nav-deals').click();
  await pickOption(page, 'status-filter', 'Abgebrochen');
  const row = page.getByTestId('deal-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Kessler Logistik GmbH');
  await expect(row.getByTestId('walk-away-reason')).toHaveText(
    'Abgebrochen: Kunde besteht auf 99,995 % ohne Aufpreis',
  );
  await shot(page, 'guardrails', 'deals-walked-away');

  // Reopening is deliberate, and makes the deal editable again.
  await row.click();
  await page.getByTestId('closed-banner').getByRole('button', { name: 'Deal wieder öffnen…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Wieder öffnen' }).click();
  await expect(page.getByTestId('closed-banner')).toHaveCount(0);
  await expect(page.getByTestId('deal-status')).toHaveText(/In Verhandlung/);
  await expect(page.getByTestId('term-field-availability')).toBeEditable();
});

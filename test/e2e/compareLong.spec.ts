import { expect, test, type Page } from '@playwright/test';
import type { Clause, SlaDocument } from '../../shared/model/document';
import { writeDocx } from '../../shared/docx/write/writeDocx';
import { createDeal, shot } from './support/app';
import { seriousViolations } from './support/axe';

/**
 * Issue 12 §4 in real Chromium: the compare screens draw only a window of a long redline. A
 * 48-clause agreement and the customer's answer, which changes a word in clause 2 and one in
 * clause 45, are imported as round 1 and round 2; on the deal's compare screen the Next Change key
 * goes from the first change to the one far below the first screen, scrolls it in, focuses its row
 * and accepts it — with only a window of the clauses in the DOM. On Compare files, an answer that
 * changes every clause gives 96 changes: the change list is windowed too, stepped through by key
 * with one tab stop, and axe finds nothing serious on it.
 */

const CLAUSES = 48;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TOPICS = ['Scope', 'Service hours', 'Availability', 'Maintenance', 'Reporting', 'Escalation'];

/** Our agreement, or their answer: two words changed, or (`everywhere`) two in every clause. */
function agreement(answer: boolean, everywhere = false): SlaDocument {
  const clauses: Clause[] = Array.from({ length: CLAUSES }, (_, index) => {
    const number = index + 1;
    const sentence = (k: number) =>
      `Provision ${number}.${k} of this agreement sets out how the provider and the customer work together on ${TOPICS[index % TOPICS.length]!.toLowerCase()}, how it is measured each month and how either party raises a concern in writing.`;
    let text = [1, 2, 3, 4].map(sentence).join(' ');
    if (answer && (everywhere || number === 2)) text = text.replace('in writing.', 'in writing or by phone.');
    if (answer && (everywhere || number === 45)) text = text.replace('each month', 'each quarter');
    return {
      id: `clause-${number}`,
      kind: 'other',
      heading: `${TOPICS[index % TOPICS.length]} ${number}`,
      level: 1,
      body: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    };
  });
  return {
    version: 2,
    title: 'Service Level Agreement',
    language: 'en',
    parties: { provider: 'Brightline IT GmbH', customer: 'Kessler Logistics AG' },
    clauses,
    terms: [],
  };
}

async function file(answer: boolean, everywhere = false) {
  const bytes = await writeDocx(agreement(answer, everywhere), {
    // The same header and footer in both: only the two words of the clauses change.
    dealName: 'Kessler – Long',
    roundLabel: 'Round 1',
    shortHash: '5e1f0c2a',
  });
  return { name: answer ? 'long-answer.docx' : 'long-sent.docx', mimeType: DOCX, buffer: Buffer.from(bytes) };
}

async function importRound(page: Page, answer: boolean) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-word').click();
  await (await chooser).setFiles(await file(answer));
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-review')).toBeVisible({ timeout: 30_000 });
  if (!answer) {
    await page.getByTestId('import-side').click();
    await page
      .getByRole('option', { name: 'Die Fassung, die wir gesendet haben (außerhalb der App)' })
      .click();
  }
  // Round 1 is not the deal's template: the dialog asks whether it is meant.
  const other = dialog.getByTestId('import-confirm-other');
  if (await other.isVisible()) await other.check();
  await dialog.getByTestId('import-record').click();
  await expect(dialog.getByTestId('import-done')).toContainText(answer ? 'Runde 2' : 'Runde 1');
  return dialog;
}

const rows = (page: Page) => page.getByTestId('change-row');
/** How many rows the windowed redline has in all: the clauses, and the file's header and footer. */
const allRows = async (page: Page) =>
  Number(await page.getByTestId('redline-rows').getAttribute('data-rows'));
const drawnClauses = (page: Page) => page.locator('[data-testid="redline-inline"] section.cmp-clause');

test.slow();

test('a long pair: Next Change scrolls a change far below into view, focuses it, and it is accepted', async ({
  page,
}) => {
  await createDeal(page, { customer: 'Kessler Logistics', language: 'en' });
  const first = await importRound(page, false);
  await first.getByRole('button', { name: 'Schließen' }).first().click();
  const second = await importRound(page, true);
  await second.getByTestId('import-compare').click();
  await expect(page).toHaveURL(/#\/deals\/[^/]+\/compare\?a=.+&b=.+/);

  await expect(rows(page)).toHaveCount(2);
  const redline = page.getByTestId('redline-inline');
  await expect(redline).toContainText('or by phone');
  // Only a window of the 48 clauses is drawn; the redline knows them all.
  expect(await allRows(page)).toBeGreaterThanOrEqual(CLAUSES);
  expect(await drawnClauses(page).count()).toBeLessThan(CLAUSES / 2);
  await expect(redline).not.toContainText('each quarter');

  // Next Change: the change in clause 45 is drawn, scrolled into view and its row focused.
  await expect(rows(page).first()).toHaveClass(/is-selected/);
  await page.keyboard.press('j');
  const far = rows(page).nth(1);
  await expect(far).toHaveClass(/is-selected/);
  await expect(far.getByRole('button').first()).toBeFocused();
  const change = redline.locator('ins', { hasText: 'quarter' });
  await expect(change).toBeInViewport();
  await expect(change).toHaveClass(/is-selected/);
  await expect(redline).not.toContainText('or by phone');
  expect(await drawnClauses(page).count()).toBeLessThan(CLAUSES / 2);
  await expect(page.getByTestId('change-details')).toContainText('quarter');
  await shot(page, 'compare', 'long-far-change');

  await page.keyboard.press('a');
  await expect(far.getByTestId('change-decision')).toHaveAttribute('title', 'Angenommen');
  await expect(rows(page).first().getByTestId('change-decision')).toHaveAttribute('title', 'Offen');
  // Accept moves on to the next open change, the first one: selected and focused, drawn again.
  await expect(rows(page).first()).toHaveClass(/is-selected/);
  await expect(rows(page).first().getByRole('button').first()).toBeFocused();

  // Back up with K: the first change is drawn again and shown.
  await page.keyboard.press('k');
  await expect(rows(page).first()).toHaveClass(/is-selected/);
  await expect(redline.locator('ins', { hasText: 'or by phone' })).toBeInViewport();

  // Side by side is windowed the same way and shows the selection.
  await page.getByTestId('mode-side-by-side').click();
  const sbs = page.getByTestId('redline-side-by-side');
  await expect(sbs.getByTestId('sbs-b').filter({ hasText: 'or by phone' })).toBeInViewport();
  expect(await sbs.getByTestId('sbs-b').count()).toBeLessThan(CLAUSES / 2);
});

test('Compare files: a long pair with many changes, the list and the redline windowed and stepped through by key', async ({
  page,
}) => {
  await page.goto('/#/compare');
  // The newer file first: it waits for the older one, then is read once, against it.
  for (const answer of [true, false]) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId(answer ? 'cf-pick-newer' : 'cf-pick-older').click();
    await (await chooser).setFiles(await file(answer, true));
    if (answer) await expect(page.getByTestId('cf-waiting')).toContainText('Wählen Sie nun die ältere Datei');
  }
  const changes = CLAUSES * 2;
  await expect(page.getByTestId('change-count')).toHaveText(String(changes), { timeout: 30_000 });
  // Only windows of the 96 changes and the 48 clauses are drawn.
  expect(await rows(page).count()).toBeLessThan(changes / 2);
  expect(await allRows(page)).toBeGreaterThanOrEqual(CLAUSES);
  expect(await drawnClauses(page).count()).toBeLessThan(CLAUSES / 2);
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(changes));

  // Sixty steps down: the 61st change's row is drawn, in view, focused and says where it is.
  for (let step = 0; step < 60; step++) await page.keyboard.press('j');
  const row = page.locator('[data-testid="change-row"][aria-posinset="61"]');
  await expect(row).toHaveClass(/is-selected/);
  await expect(row).toBeInViewport();
  await expect(row.getByRole('button').first()).toBeFocused();
  const details = page.getByTestId('change-details');
  await expect(details).toContainText(/Klausel 31\./);
  await expect(
    page.locator('[data-testid="redline-inline"] .is-selected', { hasText: /quarter|or by phone/ }).first(),
  ).toBeInViewport();
  expect(await rows(page).count()).toBeLessThan(changes / 2);
  // One tab stop for the list: the selected row's.
  await expect(page.locator('[data-testid="change-row"] .cmp-row-main[tabindex="0"]')).toHaveCount(1);
  await shot(page, 'word', 'compare-files-long');

  expect(
    (await seriousViolations(page)).map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
});

test('Compare files: the screen’s own find (Ctrl+F) finds a clause the windowed redline has not drawn', async ({
  page,
}) => {
  await page.goto('/#/compare');
  for (const answer of [false, true]) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId(answer ? 'cf-pick-newer' : 'cf-pick-older').click();
    await (await chooser).setFiles(await file(answer));
  }
  await expect(page.getByTestId('change-count')).toHaveText('2', { timeout: 30_000 });
  const target = page.locator('[data-testid="redline-inline"] section.cmp-clause', {
    hasText: 'Escalation 48',
  });
  // Far below the first screen: not drawn, so the browser's find could not see it.
  await expect(target).toHaveCount(0);

  await page.keyboard.press('Control+f');
  const input = page.getByTestId('redline-find-input');
  await expect(input).toBeFocused();
  await input.fill('escalation  48');
  await expect(page.getByTestId('redline-find-status')).toHaveText('1 von 1');
  await input.press('Enter');
  await expect(target).toBeInViewport();
  // The words are marked where they stand (CSS Custom Highlight API), the current match apart.
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('cmp-find-current')?.size ?? 0))
    .toBeGreaterThan(0);
  // Words of every clause: stepping goes from one clause with a match to the next, round again.
  await input.fill('provision 47.1');
  await expect(page.getByTestId('redline-find-status')).toHaveText('1 von 1');
  await input.fill('each quarter');
  await expect(page.getByTestId('redline-find-status')).toHaveText('1 von 1');
  await input.fill('in writing');
  await expect(page.getByTestId('redline-find-status')).toHaveText(`1 von ${CLAUSES}`);
  await input.press('Shift+Enter');
  await expect(page.getByTestId('redline-find-status')).toHaveText(`${CLAUSES} von ${CLAUSES}`);
  await expect(
    page.locator('[data-testid="redline-inline"] section.cmp-clause', { hasText: 'Escalation 48' }),
  ).toBeInViewport();
  await shot(page, 'word', 'compare-files-find');

  expect((await seriousViolations(page)).map((violation) => violation.id)).toEqual([]);

  // Escape closes it; the redline keeps the focus.
  await input.press('Escape');
  await expect(page.getByTestId('redline-find')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Änderungen zwischen den beiden Fassungen' })).toBeFocused();
});

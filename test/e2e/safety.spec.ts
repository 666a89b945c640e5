import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serializeBackup } from '../../shared/backup';
import { forgeBackup } from '../../shared/backup/testing/forgeBackup';
import { sampleBackup } from '../../shared/backup/testing/sampleBackup';
import { makeDocx } from '../../shared/docx/testing/makeDocx';
import { createDeal, shot } from './support/app';

/**
 * Issue 9 in real Chromium: review work survives a reload, two tabs on one draft never lose a word
 * silently, and a German user reads every error in German.
 */
test.slow();

const saveState = (page: Page) => page.getByTestId('save-state');
const rows = (page: Page) => page.getByTestId('change-row');
const selectedRow = (page: Page) => page.locator('[data-testid="change-row"].is-selected');

async function sendRound(page: Page) {
  await expect(saveState(page)).toHaveText('Gespeichert');
  await page.getByTestId('send-round').click();
  const dialog = page.getByTestId('send-round-dialog');
  // The dialog opens once it has read the round number and the author (a moment after the click).
  await expect(dialog).toBeVisible();
  const author = dialog.getByLabel('Ihr Name');
  if (await author.isVisible()) await author.fill('Anna Berger');
  await dialog.getByRole('button', { name: 'Festschreiben und senden' }).click();
  await expect(dialog).toHaveCount(0);
}

/** Their answer with three changes (a term, a wording, a moved clause), recorded as round 2. */
async function recordTheirAnswer(page: Page) {
  await page.getByTestId('term-field-availability').fill('99,95');
  const body = page.getByTestId('clause-body-data-protection');
  await body.locator('p').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.type('Sofern');
  await page
    .getByTestId('clause-outline')
    .getByRole('button', { name: /Haftung/ })
    .first()
    .click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(saveState(page)).toHaveText('Gespeichert');
  await page.getByTestId('round-menu').click();
  await page.getByRole('menuitem', { name: 'Kundenfassung erfassen' }).click();
  await page
    .getByTestId('record-round-dialog')
    .getByRole('button', { name: 'Als Kundenrunde erfassen' })
    .click();
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(rows(page)).toHaveCount(3);
}

const rowId = async (page: Page, index: number) =>
  (await rows(page).nth(index).getAttribute('data-change-row'))!;
const decisionOf = (page: Page, id: string) =>
  page.locator(`[data-change-row="${id}"]`).getByTestId('change-decision');

test('decisions, ticks and notes survive a reload; Accept moves on to the next open change; Undo goes back', async ({
  page,
}) => {
  await createDeal(page);
  await sendRound(page);
  await recordTheirAnswer(page);

  const [first, second, third] = [await rowId(page, 0), await rowId(page, 1), await rowId(page, 2)];
  await expect(selectedRow(page)).toHaveAttribute('data-change-row', first);
  // A accepts the selected change and moves on to the next open one (Word's "Accept and Move to Next").
  await page.keyboard.press('a');
  await expect(decisionOf(page, first)).toHaveAttribute('title', 'Angenommen');
  await expect(selectedRow(page)).toHaveAttribute('data-change-row', second);
  // Undo takes the decision back and returns to where it was made.
  await page.keyboard.press('u');
  await expect(decisionOf(page, first)).toHaveAttribute('title', 'Offen');
  await expect(selectedRow(page)).toHaveAttribute('data-change-row', first);
  await page.getByTestId('accept-change').click();
  await expect(selectedRow(page)).toHaveAttribute('data-change-row', second);
  await page.getByTestId('reject-change').click();
  await expect(decisionOf(page, second)).toHaveAttribute('title', 'Abgelehnt');
  // The third stays open but is ticked reviewed and gets a note.
  await expect(selectedRow(page)).toHaveAttribute('data-change-row', third);
  await page.locator(`[data-change-row="${third}"]`).getByTestId('change-reviewed').click();
  await page.getByTestId('change-note').fill('Verschiebung mit dem Kunden klären.');
  await page.getByTestId('change-list').click({ position: { x: 10, y: 10 } });
  await expect(page.getByTestId('change-list')).toContainText('3 von 3 geprüft');
  await shot(page, 'safety', 'review-work');

  await page.reload();
  await expect(rows(page)).toHaveCount(3);
  await expect(decisionOf(page, first)).toHaveAttribute('title', 'Angenommen');
  await expect(decisionOf(page, second)).toHaveAttribute('title', 'Abgelehnt');
  await expect(decisionOf(page, third)).toHaveAttribute('title', 'Offen');
  await expect(page.locator(`[data-change-row="${third}"]`).getByTestId('change-reviewed')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByTestId('change-list')).toContainText('3 von 3 geprüft');
  await page.locator(`[data-change-row="${third}"] .cmp-row-main`).click();
  await expect(page.getByTestId('change-note')).toHaveValue('Verschiebung mit dem Kunden klären.');
});

const clause = (page: Page) => page.getByTestId('clause-body-availability');

async function typeAtEnd(page: Page, text: string) {
  await clause(page)
    .locator('p')
    .first()
    .click({ position: { x: 4, y: 6 } });
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

test('two tabs on one draft: the second reads until it takes over, and no word is lost', async ({
  page,
  context,
}) => {
  await createDeal(page);
  const dealUrl = page.url();
  await typeAtEnd(page, ' ErstesFenster');
  await expect(saveState(page)).toHaveText('Gespeichert');

  const other = await context.newPage();
  await other.goto(dealUrl);
  await expect(other.getByTestId('deal-lock-banner')).toHaveAttribute('data-state', 'elsewhere');
  await expect(other.getByTestId('deal-lock-banner')).toContainText('in einem anderen Fenster');
  // Read-only while the other window has the deal: the workspace says so, the text takes no typing.
  await expect(other.getByTestId('deal-workspace')).toHaveAttribute('data-read-only', 'true');
  await expect(clause(other)).toHaveAttribute('contenteditable', 'false');
  await expect(clause(other)).toContainText('ErstesFenster');

  // Typing goes on in the first tab; its last words are not saved yet when the second takes over.
  await typeAtEnd(page, ' NochNichtGespeichert');
  await other.getByTestId('deal-take-over').click();
  await expect(other.getByTestId('deal-lock-banner')).toHaveCount(0);
  await expect(page.getByTestId('deal-lock-banner')).toHaveAttribute('data-state', 'taken');
  await expect(page.getByTestId('deal-workspace')).toHaveAttribute('data-read-only', 'true');
  // The first tab saved before it handed over: the second starts from every word.
  await expect(clause(other)).toContainText('ErstesFenster NochNichtGespeichert');

  await typeAtEnd(other, ' ZweitesFenster');
  await expect(saveState(other)).toHaveText('Gespeichert');
  // The read-only tab follows.
  await expect(clause(page)).toContainText('ErstesFenster NochNichtGespeichert ZweitesFenster');
  await shot(page, 'safety', 'taken-over');

  await other.reload();
  await expect(clause(other)).toContainText('ErstesFenster NochNichtGespeichert ZweitesFenster');
});

/** Words of an English sentence that a German message never contains. */
const ENGLISH =
  /\b(the|file|was|were|is|not|and|refused|damaged|cannot|backup|record|invalid|expected|Too|characters)\b/;

test('a German user reads only German for a hostile Word file and for bad backups', async ({
  page,
}, testInfo) => {
  await createDeal(page);
  // A Word file with a DOCTYPE (the way to an XXE attack): refused before anything is read.
  const hostile = testInfo.outputPath('feindlich.docx');
  writeFileSync(
    hostile,
    await makeDocx({
      body: '',
      documentXml:
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>',
    }),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-word').click();
  await (await chooser).setFiles(hostile);
  const importError = page.getByTestId('import-error');
  await expect(importError).toContainText('Dokumenttyp-Deklaration');
  expect(await importError.innerText()).not.toMatch(ENGLISH);
  await page.keyboard.press('Escape');

  const sample = serializeBackup(sampleBackup());
  const bad: [string, string, RegExp][] = [
    [
      'ungueltig.json',
      forgeBackup(sample, (b) => (b.tables.rounds[1]!.note = 42)),
      /ungültigen Datensatz \(Runden, Datensatz 2, Feld note\)/,
    ],
    [
      'gefaelscht.json',
      forgeBackup(sample, (b) => (b.tables.rounds[1]!.author = 'Jemand anderes')),
      /Runde 2 wurde verändert, nachdem sie festgeschrieben war/,
    ],
    ['abgeschnitten.json', sample.slice(0, sample.length - 40), /unvollständig/],
    ['zu-neu.json', forgeBackup(sample, (b) => (b.header.schemaVersion = 99)), /neueren Version/],
  ];
  for (const [name, text, expected] of bad) {
    const path = testInfo.outputPath(name);
    writeFileSync(path, text);
    await page.goto('/#/settings');
    const section = page.getByTestId('data-section');
    const files = page.waitForEvent('filechooser');
    await section.getByRole('button', { name: 'Aus Datei wiederherstellen …' }).click();
    await (await files).setFiles(path);
    const notice = section.getByTestId('data-notice');
    await expect(notice).toContainText(
      'Diese Sicherung wurde nicht wiederhergestellt. Es wurde nichts verändert.',
    );
    await expect(notice).toContainText(expected);
    expect(await notice.innerText(), name).not.toMatch(ENGLISH);
  }
  await shot(page, 'safety', 'german-backup-refusal');
});

import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { importDocx } from '../../shared/docx/importDocx';
import { createDeal, shot } from './support/app';
import { seriousViolations } from './support/axe';

/**
 * Comment threads in the workspace (issue 12 §6): the customer's Word file brings a comment with a
 * reply; the outline and the clause show a marker; we reply and resolve; after a reload it is all
 * still there; the exported draft carries the thread as a Word thread, our reply under their
 * comment and the thread done, and a comment of our own beside it.
 *
 * The customer's file is built here from the app's own export of the draft (so it maps onto our
 * clauses exactly), with a comment and a reply added as Word 2013+ writes them: comments.xml,
 * commentsExtended.xml (`w15:paraIdParent`), and ranges around the words in document.xml.
 */
test.slow();

const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Serious or critical axe findings on what the page shows, light and dark (as accessibility.spec). */
async function axeFindings(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const violation of await seriousViolations(page))
      found.push(
        `${scheme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
      );
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

async function pickOption(page: Page, testId: string, name: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name }).click();
}

async function exportDraft(page: Page, path: string): Promise<Buffer> {
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Word – Reinfassung …' }).click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-dialog').getByTestId('export-submit').click();
  await (await download).saveAs(path);
  return readFileSync(path);
}

/** Their answer: our draft's file with a comment by Eva Roth on `words`, and Jan Brandt's reply. */
async function withTheirThread(ours: Buffer, words: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(ours);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const text = `<w:t xml:space="preserve">${words}`;
  const at = documentXml.indexOf(text);
  expect(at, `the draft's file holds “${words}”`).toBeGreaterThan(0);
  const runStart = documentXml.lastIndexOf('<w:r>', at);
  const runEnd = documentXml.indexOf('</w:r>', at) + '</w:r>'.length;
  const marked =
    documentXml.slice(0, runStart) +
    '<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>' +
    documentXml.slice(runStart, runEnd) +
    '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' +
    '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>' +
    documentXml.slice(runEnd);
  zip.file('word/document.xml', marked);
  zip.file(
    'word/comments.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}" xmlns:w14="${W14}">` +
      '<w:comment w:id="0" w:author="Eva Roth" w:initials="ER" w:date="2026-11-20T09:00:00Z">' +
      '<w:p w14:paraId="1A2B3C01"><w:r><w:t>Why not 99.95 % for the core services?</w:t></w:r></w:p></w:comment>' +
      '<w:comment w:id="1" w:author="Jan Brandt" w:initials="JB" w:date="2026-11-20T10:00:00Z">' +
      '<w:p w14:paraId="1A2B3C02"><w:r><w:t>Our board asks for it.</w:t></w:r></w:p></w:comment></w:comments>',
  );
  zip.file(
    'word/commentsExtended.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="${W15}">` +
      '<w15:commentEx w15:paraId="1A2B3C01" w15:done="0"/>' +
      '<w15:commentEx w15:paraId="1A2B3C02" w15:paraIdParent="1A2B3C01" w15:done="0"/></w15:commentsEx>',
  );
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' +
        '<Relationship Id="rIdC2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' +
        '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('their comment thread: marker in outline and clause, reply, resolve, reload, exported as a Word thread', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await createDeal(page, { customer: 'Kessler Logistics', language: 'en' });
  await expect(page.locator('[data-testid^="outline-comments-"]')).toHaveCount(0);

  // Their answer arrives with a comment and a reply on the availability clause (its first words).
  const draftFile = await exportDraft(page, testInfo.outputPath('draft.docx'));
  const answer = await withTheirThread(draftFile, 'The Provider keeps each Core Service');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-word').click();
  await (
    await chooser
  ).setFiles({
    name: 'kessler-answer.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: answer,
  });
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-review')).toBeVisible();
  await expect(dialog.getByTestId('imported-comment')).toContainText('Why not 99.95 %');
  await pickOption(page, 'import-side', 'Die Antwort des Kunden (erhaltene Runde)');
  await dialog.getByRole('button', { name: 'Als erhaltene Runde 1 speichern' }).click();
  await expect(dialog.getByTestId('import-done')).toContainText('Runde 1');
  await dialog.getByRole('button', { name: 'Schließen' }).first().click();

  // The outline marks the clause with one open comment, named for screen readers.
  const outlineMarker = page.locator('[data-testid^="outline-comments-"]');
  await expect(outlineMarker).toHaveCount(1);
  await expect(outlineMarker).toHaveAttribute('aria-label', '1 offener Kommentar');
  const clauseId = (await outlineMarker.getAttribute('data-testid'))!.replace('outline-comments-', '');
  await expect(page.getByTestId('comments-tab')).toHaveText('Kommentare (1)');

  // The clause's marker opens its thread in the inspector: their comment and their reply.
  const clauseMarker = page.getByTestId(`clause-comments-${clauseId}`);
  await expect(clauseMarker).toHaveAccessibleName('1 offener Kommentar zu Klausel 4 anzeigen');
  await clauseMarker.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('comments-panel');
  const threads = panel.getByTestId(`comments-group-${clauseId}`).getByTestId('comment-thread');
  await expect(threads).toHaveCount(1);
  const thread = threads.filter({ hasText: 'Eva Roth' });
  await expect(thread.getByTestId('comment-entry')).toHaveText([
    /Eva Roth.*Why not 99\.95 % for the core services\?/,
    /Jan Brandt.*Our board asks for it\./,
  ]);
  await expect(thread).toContainText('Zu: „The Provider keeps each Core Service');
  // Their comment and reply are shown exactly as written: nothing to edit or delete them with.
  await expect(thread.getByTestId('comment-edit')).toHaveCount(0);
  await expect(thread.getByTestId('comment-delete')).toHaveCount(0);
  await shot(page, 'comments', 'thread-open');
  expect(await axeFindings(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'comments', 'thread-open-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Our reply: the name is asked once, then the reply sits under theirs, marked as ours.
  await panel.getByTestId('comment-author').fill('Jonas Weber');
  await thread
    .getByTestId('comment-reply-text')
    .fill('We can offer 99.95 % with the premium support package.');
  await thread.getByTestId('comment-reply').click();
  await expect(thread.getByTestId('comment-entry')).toHaveCount(3);
  await expect(thread.getByTestId('comment-entry').nth(2)).toContainText('Jonas Weber');
  await expect(thread.getByTestId('comment-entry').nth(2)).toContainText('unserer');
  await expect(thread.getByTestId('comment-edit')).toHaveCount(1);
  await expect(thread.getByTestId('comment-entry').nth(2).getByTestId('comment-edit')).toHaveCount(1);
  await expect(panel.getByTestId('comment-author')).toHaveCount(0);

  // A comment of our own on the same clause.
  const own = panel.getByTestId('comment-new');
  await own.getByTestId('comment-new-text').fill('Please confirm the measuring point: the load balancer.');
  await own.getByTestId('comment-new-submit').click();
  await expect(threads).toHaveCount(2);
  await expect(outlineMarker).toHaveAttribute('aria-label', '2 offene Kommentare');

  // Resolve their thread: it leaves the open list and the markers count one.
  await thread.getByTestId('comment-resolve').click();
  await expect(outlineMarker).toHaveAttribute('aria-label', '1 offener Kommentar');
  await expect(panel.getByTestId('comment-thread')).toHaveCount(1);
  await panel.getByTestId('comments-filter-all').click();
  const resolved = panel.locator('[data-testid="comment-thread"][data-resolved]');
  await expect(resolved).toHaveCount(1);
  await expect(resolved.getByTestId('comment-state')).toHaveText('Erledigt');
  await expect(resolved).toContainText('Erledigt von Jonas Weber');
  await shot(page, 'comments', 'thread-resolved');
  expect(await axeFindings(page)).toEqual([]);

  // After a reload everything is still there.
  await page.reload();
  await expect(page.getByTestId('deal-workspace')).toBeVisible();
  await expect(page.getByTestId(`outline-comments-${clauseId}`)).toHaveAttribute(
    'aria-label',
    '1 offener Kommentar',
  );
  await page.getByTestId(`clause-comments-${clauseId}`).click();
  await page.getByTestId('comments-filter-all').click();
  const again = page.getByTestId('comments-panel').getByTestId('comment-thread');
  await expect(again).toHaveCount(2);
  await expect(again.filter({ hasText: 'Eva Roth' }).getByTestId('comment-entry')).toHaveCount(3);
  await expect(again.filter({ hasText: 'Eva Roth' })).toHaveAttribute('data-resolved', 'true');

  // The exported draft carries both threads: our reply under their comment, that thread done.
  const exported = await exportDraft(page, testInfo.outputPath('answer.docx'));
  const back = await importDocx(new Uint8Array(exported));
  const theirs = back.comments.find((comment) => comment.author === 'Eva Roth');
  expect(theirs).toMatchObject({ text: 'Why not 99.95 % for the core services?', resolved: true });
  expect(theirs?.anchorText).toContain('The Provider keeps each Core Service');
  expect(theirs?.replies?.map((reply) => [reply.author, reply.text])).toEqual([
    ['Jan Brandt', 'Our board asks for it.'],
    ['Jonas Weber', 'We can offer 99.95 % with the premium support package.'],
  ]);
  const ours = back.comments.find((comment) => comment.author === 'Jonas Weber');
  expect(ours).toMatchObject({ text: 'Please confirm the measuring point: the load balancer.' });
  expect(ours?.resolved).toBeUndefined();
});

test('a closed deal shows its comments, read-only', async ({ page }) => {
  await createDeal(page, { customer: 'Nordlicht GmbH', language: 'en' });
  await page.getByTestId('clause-outline').locator('.ws-outline-link').first().click();
  await page.getByRole('tab', { name: 'Kommentare' }).click();
  const panel = page.getByTestId('comments-panel');
  await expect(panel.getByTestId('comments-empty')).toHaveText(
    'Zu diesem Deal gibt es noch keine Kommentare.',
  );
  await panel.getByTestId('comment-author').fill('Jonas Weber');
  await panel.getByTestId('comment-new-text').fill('Scope: do we include the branch offices?');
  await panel.getByTestId('comment-new-submit').click();
  await expect(panel.getByTestId('comment-thread')).toHaveCount(1);
  await expect(panel.getByTestId('comment-edit')).toHaveCount(1);

  await page.getByTestId('deal-status').click();
  await page.getByRole('option', { name: 'Abgebrochen' }).click();
  const walkAway = page.getByTestId('walk-away-dialog');
  await walkAway.getByLabel('Grund').fill('Budget gestrichen');
  await walkAway.getByRole('button', { name: 'Deal abbrechen' }).click();
  await expect(walkAway).toHaveCount(0);

  await expect(panel).toContainText('Dieser Deal ist nur lesbar');
  await expect(panel.getByTestId('comment-thread')).toContainText('Scope: do we include the branch offices?');
  await expect(panel.getByTestId('comment-reply-text')).toHaveCount(0);
  await expect(panel.getByTestId('comment-resolve')).toHaveCount(0);
  await expect(panel.getByTestId('comment-new')).toHaveCount(0);
  await expect(panel.getByTestId('comment-edit')).toHaveCount(0);
  await expect(panel.getByTestId('comment-delete')).toHaveCount(0);
});

/** Selects `words` (the `nth` copy) inside `root` as a reader would, by a DOM selection the editor takes up. */
async function selectWords(root: Locator, words: string, nth = 0): Promise<void> {
  await root.evaluate(
    (element, [wanted, index]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1))
          if (seen++ === index) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + wanted.length);
            const selection = window.getSelection()!;
            selection.removeAllRanges();
            selection.addRange(range);
            return;
          }
      }
      throw new Error(`“${wanted}” #${index} is not in the clause`);
    },
    [words, nth] as const,
  );
}

test('our comment on selected words: marked on them after a reload, replies edited and deleted, exported around exactly them', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await createDeal(page, { customer: 'Kessler Logistics', language: 'en' });
  const clause = page.getByTestId('clause-availability');
  const body = clause.locator('.ProseMirror');
  // Clicking the text makes it the clause's editor.
  await clause.getByTestId('clause-body-availability').click();
  await expect(body).toBeVisible();

  // The second “calendar month” of the clause (its second paragraph), selected, and Ctrl+Alt+M.
  await selectWords(body, 'calendar month', 1);
  await page.keyboard.press('Control+Alt+M');
  const panel = page.getByTestId('comments-panel');
  const box = panel.getByTestId('comment-new');
  await expect(box.getByTestId('comment-new-text')).toBeFocused();
  await expect(box.getByTestId('comment-new-anchor')).toHaveText(
    'Zu den markierten Worten: „calendar month“',
  );
  // While the comment is written, the words stay marked as selected for it.
  await expect(body.locator('.cm-mark-pending')).toHaveText('calendar month');
  await shot(page, 'comments', 'words-selected');
  await box.getByTestId('comment-new-text').fill('Calendar month in which time zone?');
  await panel.getByTestId('comment-author').fill('Jonas Weber');
  await box.getByTestId('comment-new-submit').click();

  // On exactly those words: the second paragraph's copy, not the first.
  const mark = body.locator('.cm-mark:not(.cm-mark-pending)');
  await expect(mark).toHaveText('calendar month');
  await expect(mark).toHaveAttribute('title', 'Kommentar von Jonas Weber zu diesen Worten');
  await expect(body.locator('p').nth(1).locator('.cm-mark')).toHaveCount(1);
  const thread = panel
    .getByTestId('comment-thread')
    .filter({ hasText: 'Calendar month in which time zone?' });
  await expect(thread.getByTestId('comment-anchor')).toHaveText('Zu: „calendar month“');
  expect(await axeFindings(page)).toEqual([]);
  await shot(page, 'comments', 'on-selected-words');

  // Two replies; the first gets a typo fixed, the second is taken back (Undo once, then for good).
  for (const text of ['Berlin tmie, as the SLA says.', 'Or UTC?']) {
    await thread.getByTestId('comment-reply-text').fill(text);
    await thread.getByTestId('comment-reply').click();
    await expect(thread.getByTestId('comment-entry').filter({ hasText: text })).toHaveCount(1);
  }
  const first = thread.getByTestId('comment-entry').nth(1);
  // The name says which reply the button is for.
  await expect(first.getByTestId('comment-edit')).toHaveAccessibleName(/^Ihre Antwort vom .* bearbeiten$/);
  await first.getByTestId('comment-edit').click();
  const field = first.getByTestId('comment-edit-text');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Berlin tmie, as the SLA says.');
  await field.fill('Berlin time, as the SLA says.');
  await page.keyboard.press('Control+Enter');
  await expect(first.getByTestId('comment-edited')).toHaveText('bearbeitet');
  await expect(first).toContainText('Berlin time, as the SLA says.');
  await expect(first.getByTestId('comment-edit')).toBeFocused();
  expect(await axeFindings(page)).toEqual([]);
  await shot(page, 'comments', 'reply-edited');

  const second = thread.getByTestId('comment-entry').filter({ hasText: 'Or UTC?' });
  await second.getByTestId('comment-delete').click();
  await expect(thread.getByTestId('comment-entry')).toHaveCount(2);
  // The focus stays in the thread (the button went with the reply).
  await expect(page.locator('.cm-thread-slot:focus')).toContainText('Calendar month in which time zone?');
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(thread.getByTestId('comment-entry')).toHaveCount(3);
  await thread
    .getByTestId('comment-entry')
    .filter({ hasText: 'Or UTC?' })
    .getByTestId('comment-delete')
    .click();
  await expect(thread.getByTestId('comment-entry')).toHaveCount(2);

  // After a reload: on the same words, the reply edited, the deleted one gone.
  await page.reload();
  await expect(page.getByTestId('deal-workspace')).toBeVisible();
  await expect(page.getByTestId('clause-availability').locator('.cm-mark')).toHaveText('calendar month');
  await page.getByTestId('clause-comments-availability').click();
  const again = page.getByTestId('comments-panel').getByTestId('comment-thread');
  await expect(again.getByTestId('comment-entry')).toHaveText([
    /Jonas Weber.*Calendar month in which time zone\?/,
    /Jonas Weber.*bearbeitet.*Berlin time, as the SLA says\./,
  ]);

  // The Word file carries the comment around exactly those words, and our reader reads them back.
  const exported = await exportDraft(page, testInfo.outputPath('on-words.docx'));
  const back = await importDocx(new Uint8Array(exported));
  expect(back.comments).toHaveLength(1);
  expect(back.comments[0]).toMatchObject({
    text: 'Calendar month in which time zone?',
    anchorText: 'calendar month',
  });
  expect(back.comments[0]!.replies?.map((reply) => reply.text)).toEqual(['Berlin time, as the SLA says.']);
  const xml = await (await JSZip.loadAsync(exported)).file('word/document.xml')!.async('string');
  const start = xml.indexOf('<w:commentRangeStart');
  expect(xml.slice(xml.lastIndexOf('<w:p>', start), start)).toContain('Service Hours of a ');

  // The words edited away: the comment stays, at the clause heading, and says so.
  const live = page.getByTestId('clause-availability').locator('.ProseMirror');
  await page.getByTestId('clause-body-availability').click();
  await expect(live).toBeVisible();
  await selectWords(live, 'calendar month', 1);
  await page.keyboard.type('month');
  await expect(live.locator('.cm-mark')).toHaveCount(0);
  await expect(again.getByTestId('comment-anchor-gone')).toContainText(
    'Die kommentierten Worte wurden geändert',
  );
  await expect(page.getByTestId('outline-comments-availability')).toHaveAttribute(
    'aria-label',
    '1 offener Kommentar',
  );
  expect(await axeFindings(page)).toEqual([]);
  await shot(page, 'comments', 'words-changed');
});

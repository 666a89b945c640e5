import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { packHash, type PackFile } from '../../shared/templates/pack/packFormat';
import { shot } from './support/app';

/**
 * Templates a team lead owns (issue 12 §1, §2) in real Chromium, German UI: an own template's
 * clause and a term default are edited and saved as version 2; the redline between versions 1
 * and 2 shows both changes; the template goes out as a pack and comes into a fresh profile (a new
 * browser context) with both versions; importing it again adds nothing; a tampered pack is refused
 * in German and nothing changes. The pack is signed with the exporting installation's key: the
 * preview names the key's fingerprint and whether the profile has seen it; a pack edited by hand
 * with its hash computed anew is refused by its signature; one without a signature is called unsigned.
 * The template's own checklist (one essential dropped) is saved with version 2 and travels in the pack.
 */

test.slow();

async function importPack(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('pack-import').click();
  await (await chooser).setFiles(file);
}

test('an own template is edited into version 2, compared, packed and imported elsewhere', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/#/templates');
  await page
    .getByTestId('template-row')
    .filter({ hasText: 'Managed IT Services – Business' })
    .filter({ hasText: 'Deutsch' })
    .click();
  await page.getByTestId('duplicate-template').click();
  const duplicate = page.getByRole('dialog', { name: 'Vorlage duplizieren' });
  await duplicate.getByLabel('Name der neuen Vorlage').fill('Teamvorlage Logistik');
  await duplicate.getByRole('button', { name: 'Duplizieren' }).click();
  await expect(page.getByTestId('template-name')).toHaveText('Teamvorlage Logistik');

  // Edit: one clause's wording with the deal editor, and the availability default.
  await page.getByRole('tab', { name: 'Bearbeiten' }).click();
  const editor = page.getByTestId('template-editor');
  await expect(editor.getByTestId('template-editor-status')).toHaveText('Keine ungespeicherten Änderungen');
  const body = editor.locator('.ws-prose').first();
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Gilt auch für Lagerstandorte.');
  const availability = editor.getByTestId('template-term-value-availability');
  await availability.fill('99,95');
  await expect(editor.getByTestId('template-editor-status')).toHaveText('Nicht gespeicherte Änderungen');
  // A value its kind does not allow is refused next to the field and not taken.
  await availability.fill('120');
  await expect(editor.getByTestId('template-term-availability').getByRole('alert')).toBeVisible();
  await availability.fill('99,95');
  // This template's deals need no force-majeure clause: its checklist drops it.
  const forceMajeure = editor.getByTestId('template-checklist-force-majeure');
  await forceMajeure.getByRole('checkbox', { name: 'Höhere Gewalt' }).uncheck();
  await expect(forceMajeure).toContainText('nicht verlangt');
  await expect(editor.getByTestId('template-checklist-liability')).toContainText('vorhanden');
  await shot(page, 'templates', 'editor');
  await editor.getByTestId('template-save-version').click();
  await expect(page.locator('.toast-message', { hasText: 'Als Version 2 gespeichert.' })).toBeVisible();
  await expect(page.getByText('V2', { exact: true }).first()).toBeVisible();

  // The history: both versions, and the redline between them shows the new words and value.
  await page.getByRole('tab', { name: 'Versionsverlauf' }).click();
  await expect(page.getByTestId('template-history').locator('tbody tr')).toHaveCount(2);
  const redline = page.getByTestId('template-history-redline');
  await expect(redline.locator('ins', { hasText: 'Lagerstandorte' })).toBeVisible();
  await expect(redline.locator('ins', { hasText: '99,95' }).first()).toBeVisible();
  await expect(page.getByTestId('template-history-summary')).toContainText(
    'Geänderte Vorgaben: Zielverfügbarkeit',
  );
  await expect(page.getByTestId('template-history-summary')).toContainText(
    'Die Checkliste verlangt nicht mehr: Höhere Gewalt',
  );
  await shot(page, 'templates', 'history', { fullPage: false });

  // Export the pack (every version).
  await page.getByTestId('nav-templates').click();
  await page.getByTestId('pack-export').click();
  const exportDialog = page.getByTestId('pack-export-dialog');
  await expect(exportDialog).toContainText('Teamvorlage Logistik');
  await exportDialog.getByLabel('Verfasst von').fill('Anna Teamleitung');
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Exportieren' }).click();
  const packPath = testInfo.outputPath('team.slapack.json');
  await (await download).saveAs(packPath);
  const packText = readFileSync(packPath, 'utf8');
  const packJson = JSON.parse(packText) as PackFile;
  expect(packJson).toMatchObject({ format: 'sla-workbench-pack', formatVersion: 1 });
  expect(packJson.signature).toMatchObject({
    algorithm: 'ed25519',
    keyId: expect.stringMatching(/^[0-9a-f]{32}$/),
  });
  const fingerprint = packJson.signature!.keyId.match(/.{4}/g)!.join(' ');

  // A fresh profile: a new browser context with its own IndexedDB.
  const origin = new URL(page.url()).origin;
  const sales = await browser.newContext({
    baseURL: origin,
    locale: 'de-DE',
    storageState: {
      cookies: [],
      origins: [{ origin, localStorage: [{ name: 'sla-workbench:start-empty', value: '1' }] }],
    },
  });
  const other = await sales.newPage();
  await other.goto('/#/templates');
  await expect(other.getByTestId('template-row').first()).toBeVisible();
  await expect(other.getByTestId('template-row').filter({ hasText: 'Teamvorlage Logistik' })).toHaveCount(0);

  // A tampered pack is refused in German, and nothing is imported.
  const tampered = testInfo.outputPath('tampered.slapack.json');
  writeFileSync(tampered, packText.replace('Gilt auch für Lagerstandorte.', 'Gilt nirgends.'));
  await importPack(other, tampered);
  const refused = other.getByTestId('pack-import-refused');
  await expect(refused).toContainText('Das Paket wurde nach dem Export verändert');
  await expect(refused).toContainText('Es wurde nichts geändert.');
  await shot(other, 'templates', 'pack-refused');
  await refused.getByRole('button', { name: 'Schließen' }).first().click();
  await expect(other.getByTestId('template-row').filter({ hasText: 'Teamvorlage Logistik' })).toHaveCount(0);

  // Edited by hand with the hash computed anew: the signature no longer fits, refused.
  const forgedJson = JSON.parse(
    packText.replace('Gilt auch für Lagerstandorte.', 'Gilt nirgends.'),
  ) as PackFile;
  forgedJson.contentHash = packHash(forgedJson);
  const forged = testInfo.outputPath('forged.slapack.json');
  writeFileSync(forged, JSON.stringify(forgedJson));
  await importPack(other, forged);
  await expect(refused).toContainText('Die Signatur des Pakets passt nicht zu seinem Inhalt');
  await expect(refused).toContainText('Es wurde nichts geändert.');
  await refused.getByRole('button', { name: 'Schließen' }).first().click();
  await expect(other.getByTestId('template-row').filter({ hasText: 'Teamvorlage Logistik' })).toHaveCount(0);

  // The real pack: preview first, then import.
  await importPack(other, packPath);
  const preview = other.getByTestId('pack-import-preview');
  await expect(preview).toContainText('Von Anna Teamleitung');
  await expect(preview.getByTestId('pack-signature')).toContainText(
    `Signiert von der Installation mit dem Schlüssel-Fingerabdruck: ${fingerprint}`,
  );
  await expect(preview.getByTestId('pack-signer')).toHaveAttribute('data-seen', 'new');
  await expect(preview.getByTestId('pack-signer')).toContainText('kennt diesen Schlüssel noch nicht');
  await expect(preview.getByTestId('pack-plan')).toContainText('Teamvorlage Logistik');
  await expect(preview.getByTestId('pack-plan')).toContainText('Version 2 als Version 2');
  await shot(other, 'templates', 'pack-preview');
  await preview.getByTestId('pack-import-confirm').click();
  await expect(other.locator('.toast-message', { hasText: 'Paket importiert.' })).toBeVisible();
  const imported = other.getByTestId('template-row').filter({ hasText: 'Teamvorlage Logistik' });
  await expect(imported).toContainText('V2');

  // Again: nothing new, and the signer's key is known now.
  await importPack(other, packPath);
  await expect(other.getByTestId('pack-up-to-date')).toBeVisible();
  await expect(other.getByTestId('pack-signer')).toHaveAttribute('data-seen', 'known');
  await other.keyboard.press('Escape');

  // A pack made before packs were signed is read, and the preview says it is unsigned.
  const { signature: _signature, ...unsignedJson } = packJson;
  const unsigned = testInfo.outputPath('unsigned.slapack.json');
  writeFileSync(unsigned, JSON.stringify(unsignedJson));
  await importPack(other, unsigned);
  await expect(other.getByTestId('pack-signature')).toContainText('Dieses Paket ist nicht signiert');
  await expect(other.getByTestId('pack-up-to-date')).toBeVisible();
  await other.keyboard.press('Escape');

  await imported.click();
  await other.getByRole('tab', { name: 'Versionsverlauf' }).click();
  await expect(other.getByTestId('template-history').locator('tbody tr')).toHaveCount(2);
  await expect(
    other.getByTestId('template-history-redline').locator('ins', { hasText: 'Lagerstandorte' }),
  ).toBeVisible();
  // The checklist came with the pack.
  await expect(other.getByTestId('template-history-summary')).toContainText(
    'Die Checkliste verlangt nicht mehr: Höhere Gewalt',
  );
  await sales.close();
});

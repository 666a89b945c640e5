import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createDeal } from './support/app';
import { COLOUR_RULES, seriousViolations } from './support/axe';

/**
 * Accessibility (issue 12 §5): axe-core over every screen and the dialogs and menus on them, in the
 * light and the dark theme, with no serious or critical violation (WCAG 2.1 A and AA rules). A
 * violation names its rule, the elements and why, so the failure message says what to fix.
 */
test.slow();

/**
 * axe over what the page shows now: every rule in the light theme, then the colour rules again in
 * the dark one (the system's choice is switched in place, so each screen, dialog and menu is opened
 * once for both).
 */
async function audit(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Let entrance animations and the theme change end: axe measures contrast on what is painted.
    await page.waitForTimeout(350);
    const violations = await seriousViolations(page, scheme === 'dark' ? COLOUR_RULES : undefined);
    found.push(
      ...violations.map(
        (violation) =>
          `${where} (${scheme}): ${violation.id} (${violation.impact}) ${violation.help} — ` +
          violation.nodes
            .slice(0, 3)
            .map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ')}`)
            .join(' | '),
      ),
    );
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/**
 * The README gallery (issue 12 §8): with GALLERY=1 the light run keeps a picture of each main
 * screen in assets/screenshots/, taken from the real app as it is audited.
 */
const GALLERY = process.env.GALLERY === '1' ? 'assets/screenshots' : null;
async function gallery(page: Page, scheme: 'light' | 'dark', name: string): Promise<void> {
  if (!GALLERY || scheme !== 'light') return;
  mkdirSync(GALLERY, { recursive: true });
  await page.screenshot({ path: `${GALLERY}/${name}.png` });
}

{
  const scheme = 'light';
  test('every screen has no serious or critical axe violation, in the light and the dark theme', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1360, height: 860 });
    const found: string[] = [];

    await page.goto('/#/deals');
    await expect(page.getByTestId('deals-empty')).toBeVisible();
    found.push(...(await audit(page, 'deals (empty)')));

    await page.getByTestId('deals-empty').getByRole('button').click();
    await expect(page.getByTestId('new-deal-dialog')).toBeVisible();
    found.push(...(await audit(page, 'new deal dialog')));
    await page.keyboard.press('Escape');

    await createDeal(page, { customer: 'Müller Logistik GmbH' });
    found.push(...(await audit(page, 'workspace · terms')));
    await gallery(page, scheme, 'workspace');
    for (const tab of ['Prüfungen', 'Runden', 'Freigaben', 'Kommentare']) {
      await page.getByRole('tab', { name: tab }).click();
      found.push(...(await audit(page, `workspace · ${tab}`)));
    }

    // A round, so the rounds tab, the round menu and the compare screen have content.
    await page.getByTestId('send-round').click();
    const send = page.getByTestId('send-round-dialog');
    await send.getByLabel('Ihr Name').fill('Anna Berger');
    found.push(...(await audit(page, 'send round dialog')));
    await send.getByRole('button', { name: 'Festschreiben und senden' }).click();
    await expect(send).toHaveCount(0);
    await page.getByRole('tab', { name: 'Runden' }).click();
    found.push(...(await audit(page, 'workspace · rounds timeline')));
    await page.getByRole('tab', { name: 'Kennzahlen' }).click();
    await page.getByTestId('term-field-availability').fill('99,95');
    await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');
    await page.getByRole('tab', { name: 'Runden' }).click();
    await page
      .getByRole('link', { name: /Mit Entwurf vergleichen/ })
      .first()
      .click();
    await expect(page).toHaveURL(/compare/);
    await page.waitForTimeout(1_000);
    found.push(...(await audit(page, 'compare rounds')));
    await gallery(page, scheme, 'compare');

    // A signed deal: its monitoring screen, every tab (issue 11).
    await createDeal(page, { customer: 'Nordwind Reederei AG' });
    await page.getByTestId('sign-deal').click();
    const sign = page.getByTestId('sign-dialog');
    await sign.getByTestId('signatory-name').first().fill('Eva Roth');
    found.push(...(await audit(page, 'sign dialog')));
    await sign.getByTestId('sign-confirm').click();
    await expect(page.getByTestId('signed-deal')).toBeVisible();
    found.push(...(await audit(page, 'signed deal · measurement')));
    await gallery(page, scheme, 'monitoring');
    for (const tab of [/^Störungen/, /^Vereinbarung$/, /^Überprüfungen$/]) {
      await page.getByRole('tab', { name: tab }).click();
      found.push(...(await audit(page, `signed deal · ${tab.source}`)));
    }

    await createDeal(page, { customer: 'Acme Hosting Ltd', language: 'en' });
    await page.getByTestId('nav-deals').click();
    await expect(page.getByTestId('deal-row')).toHaveCount(3);
    found.push(...(await audit(page, 'deals list')));
    await gallery(page, scheme, 'deals');
    await page.getByTestId('deal-row').first().getByTestId('deal-menu').click();
    await expect(page.getByRole('menu')).toBeVisible();
    found.push(...(await audit(page, 'deal row menu')));
    await page.keyboard.press('Escape');
    await page.getByTestId('deal-search').fill('99,95');
    await expect(page.getByTestId('deal-row')).toHaveCount(1);
    found.push(...(await audit(page, 'deals list searched')));

    await page.keyboard.press('Control+k');
    await page.getByTestId('search-dialog-input').fill('Verfügbarkeit');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
    found.push(...(await audit(page, 'search dialog')));
    await gallery(page, scheme, 'search');
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-deals').focus();
    await page.keyboard.press('F1');
    await expect(page.getByTestId('shortcut-sheet')).toBeVisible();
    found.push(...(await audit(page, 'shortcut sheet')));
    await page.keyboard.press('Escape');

    await page.getByTestId('nav-templates').click();
    await expect(page.getByTestId('template-row').first()).toBeVisible();
    found.push(...(await audit(page, 'templates')));
    await gallery(page, scheme, 'templates');
    await page.getByTestId('template-row').first().click();
    await expect(page.locator('.doc-page').first()).toBeVisible();
    found.push(...(await audit(page, 'template')));
    await page.getByRole('tab', { name: 'Playbook' }).click();
    found.push(...(await audit(page, 'template · playbook')));

    await page.getByTestId('nav-compare').click();
    found.push(...(await audit(page, 'compare files')));
    await page.getByTestId('nav-dashboard').click();
    await expect(page.getByText('Nordwind Reederei AG').first()).toBeVisible();
    found.push(...(await audit(page, 'dashboard')));
    await gallery(page, scheme, 'dashboard');
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('data-section')).toBeVisible();
    found.push(...(await audit(page, 'settings')));

    expect(found, found.join('\n')).toEqual([]);
  });
}

test('the deals list, its row menu and a deal are used with the keyboard alone', async ({ page }) => {
  await createDeal(page, { customer: 'Müller Logistik GmbH' });
  await createDeal(page, { customer: 'Acme Hosting Ltd', language: 'en' });
  await page.getByTestId('nav-deals').click();
  const rows = page.getByTestId('deal-row');
  await expect(rows).toHaveCount(2);

  // One tab stop for the rows: ↓ moves, Enter opens.
  await page.getByTestId('deal-search').focus();
  await page.keyboard.press('Tab'); // status filter
  await page.keyboard.press('Tab'); // sort
  await page.keyboard.press('Tab'); // first row
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1)).toContainText('Müller');

  // Its menu: Tab to the "…" button, ↓ opens it, Escape gives the focus back.
  await page.keyboard.press('Tab');
  await expect(rows.nth(1).getByTestId('deal-menu')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Öffnen' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(rows.nth(1).getByTestId('deal-menu')).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('titlebar-deal')).toHaveText('Müller Logistik GmbH – SLA');

  // Tabbing into a clause puts the caret in its editor: typing changes the text.
  await page.getByTestId('clause-availability').locator('.ws-clause-heading').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Vorab: ');
  await expect(page.getByTestId('clause-body-availability')).toContainText('Vorab: ');
});

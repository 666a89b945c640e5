import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/**
 * Steps most end-to-end tests share. The labels match both UI languages, so a test can run them
 * whatever language it switched to.
 */

export interface NewDealOptions {
  customer?: string;
  tier?: 'Basic' | 'Business' | 'Premium';
  /** The template's (and so the document's) language. */
  language?: 'de' | 'en';
  /** Start from this hash route instead of the start screen. */
  from?: string;
}

const LANGUAGE_LABEL = { de: /^(Deutsch|German)$/, en: /^(Englisch|English)$/ } as const;
/** The German UI and templates call the Basic tier "Basis". */
const TEMPLATE_NAME = { Basic: /Basic|Basis/, Business: /Business/, Premium: /Premium/ } as const;

/** Creates a deal through the new-deal dialog and waits for its workspace. */
export async function createDeal(page: Page, options: NewDealOptions = {}): Promise<void> {
  const { customer = 'Müller Logistik GmbH', tier = 'Business', language = 'de', from = '/' } = options;
  await page.goto(from);
  await page
    .getByRole('button', { name: /Ersten Deal anlegen|Neuer Deal|Create the first deal|New deal/ })
    .first()
    .click();
  const dialog = page.getByTestId('new-deal-dialog');
  await dialog.getByLabel(/Kunde|Customer/).fill(customer);
  await dialog.getByRole('radio', { name: TEMPLATE_NAME[tier] }).click();
  await dialog.getByRole('radio', { name: LANGUAGE_LABEL[language] }).click();
  await expect(dialog.getByTestId('template-select')).toContainText(TEMPLATE_NAME[tier]);
  await dialog.getByRole('button', { name: /Deal anlegen|Create deal/ }).click();
  await expect(page).toHaveURL(/#\/deals\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('deal-workspace')).toBeVisible({ timeout: 30_000 });
}

/** With SHOTS_DIR set, keeps a screenshot `<prefix>-<name>.png` there for looking at it. */
export async function shot(
  page: Page,
  prefix: string,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${dir}/${prefix}-${name}.png`, fullPage: options.fullPage ?? false });
}

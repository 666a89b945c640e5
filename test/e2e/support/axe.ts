import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** The WCAG 2.1 A and AA rules every spec audits with. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The rules whose answer a theme can change: contrast of text, and links told from the text around
 * them by colour alone. Every other rule reads structure (names, roles, order), the same in both.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's serious and critical violations on what the page shows now: the WCAG rules, or only
 * `rules` (axe's runOnly takes tags or rules, not both).
 */
export async function seriousViolations(page: Page, rules?: readonly string[]): Promise<Violation[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (rules ? axe.withRules([...rules]) : axe.withTags(WCAG_TAGS)).analyze();
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

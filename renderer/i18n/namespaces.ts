import type { en } from './locales/en/english';

/** The UI languages. */
export type UiLocale = 'de' | 'en';
export const UI_LOCALES: readonly UiLocale[] = ['de', 'en'];

/**
 * Every i18n namespace, without loading a language (renderer/i18n/i18n.ts loads one at a time);
 * `satisfies` and plurals.test.ts keep it equal to the namespaces the locale files export.
 */
export const NAMESPACES = [
  'common',
  'deals',
  'templates',
  'settings',
  'workspace',
  'rounds',
  'compare',
  'compareFind',
  'word',
  'wordImport',
  'backup',
  'workbench',
  'errors',
  'document',
  'guardrails',
  'playbook',
  'monitoring',
  'dashboard',
  'templateEditor',
  'comments',
] as const satisfies readonly (keyof typeof en)[];

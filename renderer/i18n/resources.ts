import { de } from './locales/de/german';
import { en } from './locales/en/english';

/**
 * Both UI languages, for tests and types. The app itself loads one language at a time
 * (renderer/i18n/i18n.ts): the other is a chunk of its own, fetched when the user switches.
 */
export const resources = { en, de } as const;

export { NAMESPACES, UI_LOCALES, type UiLocale } from './namespaces';

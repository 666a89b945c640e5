import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, resources, type UiLocale } from './resources';

/** The stored preference (settings key `uiLanguage`). */
export type UiLanguagePreference = UiLocale | 'system';

/** German for a German system locale, English for everything else. */
export function systemLocale(
  languages: readonly string[] = navigator.languages ?? [navigator.language],
): UiLocale {
  const first = languages[0]?.toLowerCase() ?? 'en';
  return first.startsWith('de') ? 'de' : 'en';
}

export function resolveUiLanguage(preference: UiLanguagePreference | undefined | null): UiLocale {
  return preference === 'de' || preference === 'en' ? preference : systemLocale();
}

/** Intl locale of a UI language: dates and numbers follow the UI (`99,9 %` in German). */
export const INTL_LOCALE: Record<UiLocale, string> = { de: 'de-DE', en: 'en-GB' };

// Initialised synchronously with bundled resources (initAsync: false), so the first render has text.
export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: systemLocale(),
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes already.
  returnNull: false,
});

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

export async function applyUiLanguage(preference: UiLanguagePreference | undefined | null): Promise<void> {
  const locale = resolveUiLanguage(preference);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, type UiLocale } from './namespaces';

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

type Bundle = Record<string, unknown>;
const bundles = new Map<string, Promise<Bundle>>();

/**
 * One UI language at a time (issue 12 §4: both languages' texts were an eighth of the start-up
 * code): each is its own chunk, bundled with the app (offline), imported when first used.
 */
function loadLanguage(language: string): Promise<Bundle> {
  let bundle = bundles.get(language);
  if (!bundle) {
    bundle =
      language === 'de'
        ? import('./locales/de/german').then((module) => module.de)
        : import('./locales/en/english').then((module) => module.en);
    bundles.set(language, bundle);
  }
  return bundle;
}

const bundledLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    loadLanguage(language).then(
      (bundle) => callback(null, bundle[namespace] as never),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

// The system's language is loaded before the first render (top-level await), so it has text; the
// other one when the user chooses it (applyUiLanguage). No fallback language: the locale files
// have the same keys (LocaleShape), and a fallback would load the second language at every start.
export const i18n: I18n = i18next.createInstance();
await i18n
  .use(bundledLanguages)
  .use(initReactI18next)
  .init({
    lng: systemLocale(),
    fallbackLng: false,
    supportedLngs: ['de', 'en'],
    load: 'languageOnly',
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  });

// Documents are written in their own language, whatever the UI's (labels in exported files): their
// callers load it first (i18n.loadLanguages); the other language also follows once the app is idle,
// off the start-up path, so a screen showing a document in it never waits.
setTimeout(() => void i18n.loadLanguages(['de', 'en']), 10_000);

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

export async function applyUiLanguage(preference: UiLanguagePreference | undefined | null): Promise<void> {
  const locale = resolveUiLanguage(preference);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

import type { i18n as I18n } from 'i18next';
import type { SampleDealRequest } from '../../db';

/**
 * A browser-profile switch (localStorage, since the database does not exist yet at first start) that
 * makes a new database start empty, without the sample deal. The end-to-end tests set it for every
 * spec that expects an empty list (test/config/playwright.config.ts); so can an administrator who
 * prepares machines. Persisted name: renaming it needs the config changed too.
 */
export const START_EMPTY_KEY = 'sla-workbench:start-empty';

function startsEmpty(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(START_EMPTY_KEY) === '1';
  } catch {
    // Storage can be off limits (privacy settings); then the app behaves as on any first start.
    return false;
  }
}

/** The sample deal of a first start, named in the UI language the app has just settled on. */
export function sampleDealRequest(
  i18n: Pick<I18n, 'language' | 't'>,
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): SampleDealRequest {
  return {
    allowed: !startsEmpty(storage),
    language: i18n.language === 'de' ? 'de' : 'en',
    title: i18n.t('deals:sample.title'),
    customerName: i18n.t('deals:sample.customer'),
  };
}

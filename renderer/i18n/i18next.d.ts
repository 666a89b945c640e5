import 'i18next';
import type { resources } from './resources';

// Typed keys: `t('deals:empty.title')` is checked against the English resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}

import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model';

/** The UI language as a document language, for the shared sentence builders (describeBand …). */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'de' ? 'de' : 'en';
}

import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { applyUiLanguage } from '../i18n/i18n';
import { useRepositories } from './RepositoriesContext';

/**
 * Keeps the UI language in step with the stored setting, including changes made in another window.
 * A system language change is picked up as well when the setting is `system`.
 */
export function useUiLanguageSetting(): void {
  const { settings } = useRepositories();
  const preference = useLiveQuery(() => settings.get('uiLanguage'), [settings]);
  useEffect(() => {
    if (preference === undefined) return;
    void applyUiLanguage(preference);
    if (preference !== 'system') return;
    const onSystemChange = () => void applyUiLanguage('system');
    window.addEventListener('languagechange', onSystemChange);
    return () => window.removeEventListener('languagechange', onSystemChange);
  }, [preference]);
}

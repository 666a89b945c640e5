import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import { Button } from '../../components/Button';
import { useRepositories } from '../../db';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { navigate } from '../../src/useRoute';
import '../safety/safety.css';

/**
 * Says, on every screen, that the last automatic backup failed, until a later one succeeds (issue 9:
 * a failed automatic backup is not only logged). Main asks again every few minutes.
 */
export function AutomaticBackupBanner() {
  const { t } = useTranslation('backup');
  const format = useLocaleFormat();
  const { settings } = useRepositories();
  const state = useLiveQuery(
    async () => ({
      failedAt: await settings.get('automaticBackupFailedAt'),
      succeededAt: await settings.get('lastAutomaticBackupAt'),
    }),
    [settings],
  );
  if (!state?.failedAt || state.failedAt <= state.succeededAt) return null;
  return (
    <div className="app-banner app-banner-danger" role="alert" data-testid="automatic-backup-failed">
      <AlertTriangle size={16} aria-hidden />
      <span>{t('automaticFailed', { date: format.dateTime(state.failedAt) })}</span>
      <Button size="sm" onClick={() => navigate({ screen: 'settings' })}>
        {t('automaticFailedAction')}
      </Button>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DatabaseZap } from 'lucide-react';
import { Button } from '../../components/Button';
import { useRepositories } from '../../db';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { navigate } from '../../src/useRoute';
import { dataWasDiscarded, readKnownData, recordKnownData, type KnownData } from './knownData';
import './safety.css';

/**
 * Keeps a note of how many deals the database holds, and says so loudly when it suddenly holds none
 * (the browser discarded it): the user is sent to restore a backup instead of starting over unaware.
 */
export function DataLossNotice() {
  const { t } = useTranslation('errors');
  const format = useLocaleFormat();
  const { deals } = useRepositories();
  const count = useLiveQuery(() => deals.count(), [deals]);
  // What the app knew when this window opened, read once.
  const [known] = useState<KnownData | null>(readKnownData);
  const [dismissed, setDismissed] = useState(false);
  const lost = count !== undefined && !dismissed && dataWasDiscarded(known, count) ? known : null;

  useEffect(() => {
    // Not while the loss is shown: the note of what was there is the evidence.
    if (count !== undefined && !lost) recordKnownData(count);
  }, [count, lost]);

  if (!lost) return null;
  return (
    <div className="app-banner app-banner-danger" role="alert" data-testid="data-lost">
      <DatabaseZap size={16} aria-hidden />
      <span>{t('safety.dataLost', { deals: lost.deals, date: format.dateTime(lost.at) })}</span>
      <Button size="sm" variant="primary" onClick={() => navigate({ screen: 'settings' })}>
        {t('safety.dataLostRestore')}
      </Button>
      <Button size="sm" onClick={() => setDismissed(true)}>
        {t('safety.dataLostDismiss')}
      </Button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Lock } from 'lucide-react';
import { Button } from '../../components/Button';
import type { DealLock } from './useDealLock';
import './safety.css';

/** Says why this window cannot edit the deal, and lets the user take it over (issue 9). */
export function DealLockBanner({ lock }: { lock: DealLock }) {
  const { t } = useTranslation('errors');
  if (lock.state === 'owner') return null;
  const text =
    lock.state === 'taken'
      ? t('safety.lock.taken')
      : lock.state === 'waiting'
        ? t('safety.lock.waiting')
        : t('safety.lock.elsewhere');
  return (
    <div
      className="app-banner app-banner-info"
      role="status"
      data-testid="deal-lock-banner"
      data-state={lock.state}
    >
      <Lock size={16} aria-hidden />
      <span>{text}</span>
      {lock.state !== 'waiting' && (
        <Button size="sm" variant="primary" onClick={lock.takeOver} data-testid="deal-take-over">
          {t('safety.lock.takeOver')}
        </Button>
      )}
    </div>
  );
}

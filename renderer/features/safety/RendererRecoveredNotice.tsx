import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RotateCcw } from 'lucide-react';
import { Button } from '../../components/Button';
import { getPlatform } from '../../platform/platform';
import type { RendererGoneReason } from '../../../shared/ipc/contract';
import './safety.css';

/**
 * After main reloaded a crashed window (Electron), says what happened and what that means for the
 * user's work (issue 9: a crashed renderer is reloaded and the user told).
 */
export function RendererRecoveredNotice() {
  const { t } = useTranslation('errors');
  const [reason, setReason] = useState<RendererGoneReason | null>(null);
  useEffect(() => getPlatform().onRendererRecovered(setReason), []);
  if (!reason) return null;
  return (
    <div className="app-banner app-banner-info" role="alert" data-testid="renderer-recovered">
      <RotateCcw size={16} aria-hidden />
      <span>{t('safety.recovered.message', { reason: t(`safety.recovered.reasons.${reason}`) })}</span>
      <Button size="sm" onClick={() => setReason(null)}>
        {t('safety.recovered.dismiss')}
      </Button>
    </div>
  );
}

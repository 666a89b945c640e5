import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import './word.css';

/** "Silent edit": the counterparty changed this without Word's track changes (issue 4). */
export function SilentEditBadge() {
  const { t } = useTranslation('word');
  return (
    <span className="word-silent-badge" title={t('silentBadgeHint')} data-testid="silent-badge">
      <AlertTriangle size={12} aria-hidden />
      {t('silentBadge')}
    </span>
  );
}

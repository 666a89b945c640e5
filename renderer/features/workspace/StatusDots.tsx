import { useTranslation } from 'react-i18next';
import { StatusDot } from '../../components/StatusDot';

/** The outline's and the page's markers of what differs from the template. */
export function StatusDots({
  wordingChanged,
  changedTerms,
}: {
  wordingChanged: boolean;
  changedTerms: number;
}) {
  const { t } = useTranslation('workspace');
  if (!wordingChanged && changedTerms === 0) return null;
  return (
    <span className="ws-dots">
      {wordingChanged && <StatusDot tone="accent" label={t('status.wordingChanged')} />}
      {changedTerms > 0 && (
        <StatusDot tone="warning" label={t('status.termsChanged', { count: changedTerms })} />
      )}
    </span>
  );
}

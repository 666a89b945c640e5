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
  // Most clauses show none: they skip the translation hook (issue 12 §4, one per clause twice).
  if (!wordingChanged && changedTerms === 0) return null;
  return <Dots wordingChanged={wordingChanged} changedTerms={changedTerms} />;
}

function Dots({ wordingChanged, changedTerms }: { wordingChanged: boolean; changedTerms: number }) {
  const { t } = useTranslation('workspace');
  return (
    <span className="ws-dots">
      {wordingChanged && <StatusDot tone="accent" label={t('status.wordingChanged')} />}
      {changedTerms > 0 && (
        <StatusDot tone="warning" label={t('status.termsChanged', { count: changedTerms })} />
      )}
    </span>
  );
}

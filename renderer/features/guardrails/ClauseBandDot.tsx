import { useTranslation } from 'react-i18next';
import { OctagonAlert, ShieldAlert } from 'lucide-react';
import { BAND_NAMES } from '../../../shared/playbook/describeBand';
import { useGuardrails } from './GuardrailsContext';
import { useUiLanguage } from './useUiLanguage';

/**
 * The outline's marker of a clause whose terms need approval or lie beyond walk-away: a shield,
 * or a red octagon. A shape of its own, so it is not mistaken for the "changed" dots beside it.
 */
export function ClauseBandDot({ clauseId }: { clauseId: string }) {
  const band = useGuardrails().clauseBands.get(clauseId);
  // Most clauses show none: they skip the translation hooks (issue 12 §4, one per clause).
  if (band !== 'limit' && band !== 'beyond') return null;
  return <BandDot clauseId={clauseId} band={band} />;
}

function BandDot({ clauseId, band }: { clauseId: string; band: 'limit' | 'beyond' }) {
  const { t } = useTranslation('guardrails');
  const language = useUiLanguage();
  const Icon = band === 'beyond' ? OctagonAlert : ShieldAlert;
  return (
    <span
      className="gr-clause-band"
      role="img"
      aria-label={t('band.label', { band: BAND_NAMES[language][band] })}
      title={t('band.label', { band: BAND_NAMES[language][band] })}
      data-testid={`clause-band-${clauseId}`}
      data-band={band}
    >
      <Icon size={13} aria-hidden />
    </span>
  );
}

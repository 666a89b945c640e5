import { useTranslation } from 'react-i18next';
import { ShieldAlert } from 'lucide-react';
import type { Round } from '../../../shared/model';
import { requirementKeyText } from './guardrailText';
import './guardrails.css';

/** On a round sent without all approvals: the recorded reason, and which approvals were missing. */
export function RoundOverrideNote({ round }: { round: Round }) {
  const { t } = useTranslation('guardrails');
  const { t: tp } = useTranslation('playbook');
  if (!round.sendOverride) return null;
  const label = (id: string) => round.document.terms.find((term) => term.id === id)?.label ?? id;
  const missing = round.sendOverride.unresolved.map((key) =>
    requirementKeyText(key, label, (role) => tp(`owners.${role as 'legal'}`)),
  );
  return (
    <p className="gr-round-override" data-testid="round-override">
      <ShieldAlert size={13} aria-hidden />
      <span>
        {t('round.override', { reason: round.sendOverride.reason })}
        {missing.length > 0 && <span className="gr-round-override-missing"> ({missing.join(', ')})</span>}
      </span>
    </p>
  );
}

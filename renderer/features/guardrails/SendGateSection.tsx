import { useTranslation } from 'react-i18next';
import { OctagonAlert, TriangleAlert } from 'lucide-react';
import type { SendGate } from '../../../shared/checks/sendGate';
import type { Term } from '../../../shared/model';
import { describeBand } from '../../../shared/playbook/describeBand';
import { bandOf } from '../../../shared/playbook/bandOf';
import { Field } from '../../components/Field';
import { useGuardrails } from './GuardrailsContext';
import { waitingText, warningText } from './guardrailText';
import { useUiLanguage } from './useUiLanguage';
import './guardrails.css';

export interface SendOverride {
  enabled: boolean;
  reason: string;
}

export interface SendGateSectionProps {
  gate: SendGate;
  override: SendOverride;
  onOverrideChange(override: SendOverride): void;
  reasonError: string | null;
}

/**
 * In the send dialog: the warnings (nothing changed, a legal-checklist clause missing, a term beyond
 * walk-away) and, while approvals are missing, the block with the way around it: an override reason
 * recorded on the round.
 */
export function SendGateSection({ gate, override, onOverrideChange, reasonError }: SendGateSectionProps) {
  const { t } = useTranslation('guardrails');
  const { t: tp } = useTranslation('playbook');
  const language = useUiLanguage();
  const { data } = useGuardrails();
  const terms: Term[] = gate.requirements.flatMap((status) =>
    status.requirement.kind === 'term' ? [status.requirement.term] : [],
  );
  const termsById = new Map(terms.map((term) => [term.id, term]));
  const describe = (term: Term) =>
    describeBand({ term, verdict: bandOf(term, data?.playbook.playbook.get(term.id)) }, language);
  const open = gate.requirements.filter((status) => status.state !== 'approved');

  return (
    <div className="gr-send" data-testid="send-gate">
      {gate.warnings.length > 0 && (
        <section className="gr-send-warnings" data-testid="send-warnings">
          <h3 className="gr-send-title">{t('send.warnings')}</h3>
          <ul className="gr-list">
            {gate.warnings.map((warning) => (
              <li
                key={warning.code}
                className="gr-item gr-item-warning"
                data-testid="send-warning"
                data-code={warning.code}
              >
                <TriangleAlert size={14} aria-hidden />
                <span>{warningText(t, warning, language, termsById, describe)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {gate.blocked && (
        <section className="gr-send-blocked" role="alert" data-testid="send-blocked">
          <p className="gr-send-title">
            <OctagonAlert size={15} aria-hidden />
            {t('send.blocked', { count: open.length })}
          </p>
          <ul className="gr-list">
            {open.map((status) => (
              <li key={status.requirement.key} className="gr-item" data-testid="send-missing-approval">
                <span>
                  {waitingText(t, status.requirement, language, tp(`owners.${status.requirement.role}`))}
                </span>
              </li>
            ))}
          </ul>
          <label className="gr-check">
            <input
              type="checkbox"
              checked={override.enabled}
              onChange={(event) => onOverrideChange({ ...override, enabled: event.target.checked })}
              data-testid="send-override"
            />
            {t('send.override')}
          </label>
          {override.enabled && (
            <Field label={t('send.overrideReason')} hint={t('send.overrideHint')} error={reasonError}>
              {(control) => (
                <textarea
                  {...control}
                  className="input ws-textarea"
                  rows={3}
                  maxLength={5_000}
                  value={override.reason}
                  onChange={(event) => onOverrideChange({ ...override, reason: event.target.value })}
                  data-testid="send-override-reason"
                />
              )}
            </Field>
          )}
        </section>
      )}
    </div>
  );
}

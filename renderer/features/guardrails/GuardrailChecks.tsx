import { useTranslation } from 'react-i18next';
import { ListChecks, TriangleAlert } from 'lucide-react';
import type { Term } from '../../../shared/model';
import { describeBand } from '../../../shared/playbook/describeBand';
import { Button } from '../../components/Button';
import { useWorkspaceStore } from '../workspace/useWorkspaceStore';
import { BandBadge } from './BandBadge';
import { useGuardrails } from './GuardrailsContext';
import { warningText } from './guardrailText';
import { SupplierPanel } from './SupplierPanel';
import { useGuardrailsStore } from './useGuardrailsStore';
import { useUiLanguage } from './useUiLanguage';
import './guardrails.css';

/**
 * The Checks tab's guardrails, above the legal checklist (DESIGN §9: playbook, margins, legal
 * checklist): what the send dialog will warn about, where the terms stand against the playbook, and
 * the supplier commitments with whether they back the promises.
 */
export function GuardrailChecks({ dealId, terms }: { dealId: string; terms: readonly Term[] }) {
  const { t } = useTranslation('guardrails');
  const language = useUiLanguage();
  const { gate, verdicts } = useGuardrails();
  const openDialog = useGuardrailsStore((state) => state.open);
  const focusTerm = useWorkspaceStore((state) => state.focusTerm);
  const termsById = new Map(terms.map((term) => [term.id, term]));
  const describe = (term: Term) => {
    const verdict = verdicts.get(term.id);
    return verdict ? describeBand({ term, verdict }, language) : '';
  };
  const rated = terms.filter((term) => verdicts.get(term.id)?.band);
  const attention = rated.filter((term) => verdicts.get(term.id)?.band !== 'target');

  return (
    <div className="gr-checks" data-testid="guardrail-checks">
      <section className="gr-section" data-testid="pre-send-warnings">
        <h3 className="ws-term-group-title">{t('checks.beforeSending')}</h3>
        {gate && gate.warnings.length > 0 ? (
          <ul className="gr-list">
            {gate.warnings.map((warning) => (
              <li key={warning.code} className="gr-item gr-item-warning">
                <TriangleAlert size={14} aria-hidden />
                <span>{warningText(t, warning, language, termsById, describe)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="ws-empty">{t('checks.noWarnings')}</p>
        )}
      </section>

      <section className="gr-section" data-testid="playbook-summary">
        <h3 className="ws-term-group-title">{t('checks.playbook')}</h3>
        {rated.length === 0 ? (
          <p className="ws-empty">{t('checks.playbookNone')}</p>
        ) : (
          <>
            <p className="gr-summary">{t('checks.playbookCount', { count: rated.length })}</p>
            <ul className="gr-list">
              {attention.map((term) => {
                const band = verdicts.get(term.id)?.band;
                return (
                  <li key={term.id} className="gr-item">
                    {band && <BandBadge band={band} />}
                    <button type="button" className="gr-link" onClick={() => focusTerm(term.id)}>
                      {term.label}
                    </button>
                    <span className="gr-item-detail">{describe(term)}</span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <div className="gr-actions">
          <Button
            size="sm"
            icon={<ListChecks size={14} aria-hidden />}
            onClick={() => openDialog('playbook')}
            data-testid="open-deal-playbook"
          >
            {t('checks.editPlaybook')}
          </Button>
        </div>
      </section>

      <section className="gr-section" data-testid="backing-summary">
        <h3 className="ws-term-group-title">{t('checks.backing')}</h3>
        <SupplierPanel dealId={dealId} terms={terms} />
      </section>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Lock, OctagonAlert, RotateCcw } from 'lucide-react';
import type { Deal, DealStatus, Term } from '../../../shared/model';
import { describeBand } from '../../../shared/playbook/describeBand';
import { Button } from '../../components/Button';
import { useGuardrails } from './GuardrailsContext';
import { ReopenDialog } from './ReopenDialog';
import { useGuardrailsStore } from './useGuardrailsStore';
import { useUiLanguage } from './useUiLanguage';
import { WalkAwayDialog } from './WalkAwayDialog';
import './guardrails.css';

export interface DealBannerProps {
  deal: Deal;
  terms: readonly Term[];
  onStatusChange(status: DealStatus, walkAwayReason?: string): Promise<void>;
}

/**
 * Under the deal header: a closed deal says so (with the walk-away reason) and offers to reopen
 * it; an open deal with a demand beyond walk-away says so plainly and offers to walk away.
 */
export function DealBanner({ deal, terms, onStatusChange }: DealBannerProps) {
  const { t } = useTranslation('guardrails');
  const language = useUiLanguage();
  const { verdicts, readOnly } = useGuardrails();
  const open = useGuardrailsStore((state) => state.open);
  const beyond = terms.flatMap((term) => {
    const verdict = verdicts.get(term.id);
    return verdict?.band === 'beyond' ? [`${term.label} ${describeBand({ term, verdict }, language)}`] : [];
  });

  let banner = null;
  if (readOnly)
    banner = (
      <div className="gr-banner gr-banner-closed" role="status" data-testid="closed-banner">
        <Lock size={15} aria-hidden />
        <div className="gr-banner-text">
          <strong>
            {deal.status === 'walked-away'
              ? t('banner.walkedAway', { reason: deal.walkAwayReason ?? '' })
              : t('banner.signed')}
          </strong>
          <span>{t('banner.readOnly')}</span>
        </div>
        <Button size="sm" icon={<RotateCcw size={14} aria-hidden />} onClick={() => open('reopen')}>
          {t('banner.reopen')}
        </Button>
      </div>
    );
  else if (beyond.length > 0)
    banner = (
      <div className="gr-banner gr-banner-beyond" role="alert" data-testid="beyond-banner">
        <OctagonAlert size={15} aria-hidden />
        <div className="gr-banner-text">
          <strong>{t('banner.beyond', { count: beyond.length })}</strong>
          <ul className="gr-banner-list">
            {beyond.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </div>
        <Button size="sm" variant="danger" onClick={() => open('walk-away')} data-testid="banner-walk-away">
          {t('banner.walkAway')}
        </Button>
      </div>
    );

  return (
    <>
      {banner}
      <WalkAwayDialog deal={deal} onStatusChange={onStatusChange} />
      <ReopenDialog deal={deal} onStatusChange={onStatusChange} />
    </>
  );
}

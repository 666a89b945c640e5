import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertCircle, Check, LoaderCircle, PencilLine } from 'lucide-react';
import { isClosed } from '../../../shared/checks/closedDeal';
import { DEAL_STATUSES, type Deal, type DealStatus } from '../../../shared/model';
import { Select } from '../../components/Select';
import type { AutosaveResult } from '../../db';
import { describeError } from '../../errors/describeError';
import { ProviderLine } from '../guardrails/CompanyProfileDialog';
import { useGuardrailsStore } from '../guardrails/useGuardrailsStore';
import { RoundActions } from '../rounds/RoundActions';
import { SignAction } from '../monitoring/SignAction';

// Word import/export brings docx, jszip and the import code: its own chunk, preloaded when idle.
const WordActions = lazy(() => import('../word/WordActions').then((m) => ({ default: m.WordActions })));

export interface DealHeaderProps {
  deal: Deal;
  /** `flush` lets Send round freeze what is on screen, not what was last autosaved. */
  autosave: Pick<AutosaveResult, 'status' | 'error'> & Partial<Pick<AutosaveResult, 'flush' | 'retryAt'>>;
  onStatusChange(status: DealStatus, walkAwayReason?: string): Promise<void>;
  /** The provider the draft names (our company in this deal). */
  provider: string;
}

function SaveState({ status, error, retryAt }: Pick<AutosaveResult, 'status' | 'error' | 'retryAt'>) {
  const { t } = useTranslation('workspace');
  const icon = {
    saved: <Check size={14} aria-hidden />,
    saving: <LoaderCircle size={14} aria-hidden className="ws-spin" />,
    pending: <PencilLine size={14} aria-hidden />,
    error: <AlertCircle size={14} aria-hidden />,
    conflict: <AlertCircle size={14} aria-hidden />,
  }[status];
  // The full sentence is in the workspace's save banner; here the state in a word or two.
  const label = status === 'error' && retryAt !== undefined ? t('save.retrying') : t(`save.${status}`);
  return (
    <span
      className={`ws-save ws-save-${status}`}
      role="status"
      aria-live="polite"
      data-testid="save-state"
      title={error === undefined ? undefined : describeError(error)}
    >
      {icon}
      <span>{label}</span>
    </span>
  );
}

/** Title area: what the deal is, who it is with, where it stands, and whether the draft is saved. */
export function DealHeader({ deal, autosave, onStatusChange, provider }: DealHeaderProps) {
  const { t } = useTranslation('workspace');
  const { t: tc } = useTranslation('common');
  const openGuardrail = useGuardrailsStore((state) => state.open);
  const [signing, setSigning] = useState(false);

  return (
    <header className="ws-header">
      <div className="ws-header-main">
        <h1 className="ws-title" data-testid="deal-title">
          {deal.title}
        </h1>
        <p className="ws-subtitle">
          <span>{deal.customer.name}</span>
          <span aria-hidden>·</span>
          <ProviderLine deal={deal} provider={provider} />
          <span aria-hidden>·</span>
          <span>{t('header.template', { name: deal.template.name, version: deal.template.version })}</span>
        </p>
      </div>
      <div className="ws-header-side">
        <Suspense fallback={null}>
          <WordActions deal={deal} />
        </Suspense>
        <RoundActions dealId={deal.id} flush={autosave.flush} />
        <SignAction deal={deal} open={signing} onOpenChange={setSigning} flush={autosave.flush} />
        <SaveState status={autosave.status} error={autosave.error} retryAt={autosave.retryAt} />
        <Select
          value={deal.status}
          ariaLabel={t('header.status')}
          testId="deal-status"
          options={DEAL_STATUSES.map((status) => ({ value: status, label: tc(`status.${status}`) }))}
          onValueChange={(status) => {
            // Walking away asks for the reason; leaving a closed status is reopening (issue 10).
            if (status === 'walked-away') openGuardrail('walk-away');
            // Signing is recorded with its date, signatories and clock (issue 11), not just a status.
            else if (status === 'signed') setSigning(true);
            else if (isClosed(deal.status) && !isClosed(status)) openGuardrail('reopen', status);
            else void onStatusChange(status);
          }}
        />
      </div>
    </header>
  );
}

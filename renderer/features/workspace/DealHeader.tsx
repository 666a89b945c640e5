import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertCircle, Check, LoaderCircle, PencilLine } from 'lucide-react';
import { DEAL_STATUSES, type Deal, type DealStatus } from '../../../shared/model';
import { Select } from '../../components/Select';
import { Dialog } from '../../components/Dialog';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import type { AutosaveResult } from '../../db';
import { describeError } from '../../errors/describeError';
import { WordActions } from '../word/WordActions';
import { RoundActions } from '../rounds/RoundActions';

export interface DealHeaderProps {
  deal: Deal;
  /** `flush` lets Send round freeze what is on screen, not what was last autosaved. */
  autosave: Pick<AutosaveResult, 'status' | 'error'> & Partial<Pick<AutosaveResult, 'flush' | 'retryAt'>>;
  onStatusChange(status: DealStatus, walkAwayReason?: string): Promise<void>;
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
export function DealHeader({ deal, autosave, onStatusChange }: DealHeaderProps) {
  const { t } = useTranslation('workspace');
  const { t: tc } = useTranslation('common');
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  return (
    <header className="ws-header">
      <div className="ws-header-main">
        <h1 className="ws-title" data-testid="deal-title">
          {deal.title}
        </h1>
        <p className="ws-subtitle">
          <span>{deal.customer.name}</span>
          <span aria-hidden>·</span>
          <span>{t('header.template', { name: deal.template.name, version: deal.template.version })}</span>
        </p>
      </div>
      <div className="ws-header-side">
        <WordActions deal={deal} />
        <RoundActions dealId={deal.id} flush={autosave.flush} />
        <SaveState status={autosave.status} error={autosave.error} retryAt={autosave.retryAt} />
        <Select
          value={deal.status}
          ariaLabel={t('header.status')}
          testId="deal-status"
          options={DEAL_STATUSES.map((status) => ({ value: status, label: tc(`status.${status}`) }))}
          onValueChange={(status) => {
            if (status === 'walked-away') {
              setReason(deal.walkAwayReason ?? '');
              setReasonError(null);
              setAskReason(true);
            } else void onStatusChange(status);
          }}
        />
      </div>
      <Dialog
        open={askReason}
        onOpenChange={setAskReason}
        title={t('walkAway.title')}
        description={t('walkAway.description')}
        testId="walk-away-dialog"
        onSubmit={() => {
          if (!reason.trim()) {
            setReasonError(t('walkAway.required'));
            return;
          }
          void onStatusChange('walked-away', reason.trim()).then(() => setAskReason(false));
        }}
        footer={
          <>
            <Button onClick={() => setAskReason(false)}>{tc('actions.cancel')}</Button>
            <Button type="submit" variant="danger">
              {t('walkAway.confirm')}
            </Button>
          </>
        }
      >
        <Field label={t('walkAway.reason')} error={reasonError}>
          {(control) => (
            <textarea
              {...control}
              className="input ws-textarea"
              rows={4}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setReasonError(null);
              }}
            />
          )}
        </Field>
      </Dialog>
    </header>
  );
}

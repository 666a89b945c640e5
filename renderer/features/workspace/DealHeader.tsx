import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertCircle, Check, LoaderCircle, PencilLine } from 'lucide-react';
import { DEAL_STATUSES, type Deal, type DealStatus } from '../../../shared/model';
import { Select } from '../../components/Select';
import { Dialog } from '../../components/Dialog';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import type { AutosaveResult } from '../../db';
import { RoundActions } from '../rounds/RoundActions';

// Word import/export brings docx, jszip and the import code: its own chunk, preloaded when idle.
const WordActions = lazy(() => import('../word/WordActions').then((m) => ({ default: m.WordActions })));

export interface DealHeaderProps {
  deal: Deal;
  /** `flush` lets Send round freeze what is on screen, not what was last autosaved. */
  autosave: Pick<AutosaveResult, 'status' | 'error'> & Partial<Pick<AutosaveResult, 'flush'>>;
  onStatusChange(status: DealStatus, walkAwayReason?: string): Promise<void>;
}

function SaveState({ status, error }: Pick<AutosaveResult, 'status' | 'error'>) {
  const { t } = useTranslation('workspace');
  const icon = {
    saved: <Check size={14} aria-hidden />,
    saving: <LoaderCircle size={14} aria-hidden className="ws-spin" />,
    pending: <PencilLine size={14} aria-hidden />,
    error: <AlertCircle size={14} aria-hidden />,
  }[status];
  return (
    <span
      className={`ws-save ws-save-${status}`}
      role="status"
      aria-live="polite"
      data-testid="save-state"
      title={status === 'error' ? error : undefined}
    >
      {icon}
      <span>{status === 'error' ? t('save.error', { message: error ?? '' }) : t(`save.${status}`)}</span>
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
        <Suspense fallback={null}>
          <WordActions deal={deal} />
        </Suspense>
        <RoundActions dealId={deal.id} flush={autosave.flush} />
        <SaveState status={autosave.status} error={autosave.error} />
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

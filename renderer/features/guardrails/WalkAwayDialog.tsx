import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deal, DealStatus } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useGuardrailsStore } from './useGuardrailsStore';

/** Closes the deal as walked away; the reason is required and stays visible on the deal and in the list. */
export function WalkAwayDialog({
  deal,
  onStatusChange,
}: {
  deal: Deal;
  onStatusChange(status: DealStatus, walkAwayReason?: string): Promise<void>;
}) {
  const open = useGuardrailsStore((state) => state.dialog === 'walk-away');
  const close = useGuardrailsStore((state) => state.close);
  return open ? <OpenWalkAwayDialog deal={deal} onStatusChange={onStatusChange} onClose={close} /> : null;
}

function OpenWalkAwayDialog({
  deal,
  onStatusChange,
  onClose,
}: {
  deal: Deal;
  onStatusChange(status: DealStatus, walkAwayReason?: string): Promise<void>;
  onClose(): void;
}) {
  const { t } = useTranslation('workspace');
  const { t: tc } = useTranslation('common');
  const [reason, setReason] = useState(deal.walkAwayReason ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={t('walkAway.title')}
      description={t('walkAway.description')}
      testId="walk-away-dialog"
      onSubmit={() => {
        if (!reason.trim()) {
          setError(t('walkAway.required'));
          return;
        }
        void onStatusChange('walked-away', reason.trim()).then(onClose);
      }}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button type="submit" variant="danger">
            {t('walkAway.confirm')}
          </Button>
        </>
      }
    >
      <Field label={t('walkAway.reason')} error={error}>
        {(control) => (
          <textarea
            {...control}
            className="input ws-textarea"
            rows={4}
            maxLength={5_000}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setError(null);
            }}
          />
        )}
      </Field>
    </Dialog>
  );
}

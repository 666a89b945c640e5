import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { reopenedStatus } from '../../../shared/checks/closedDeal';
import type { Deal, DealStatus } from '../../../shared/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { useGuardrailsStore } from './useGuardrailsStore';

/** Reopening a signed or walked-away deal is deliberate: it asks first (issue 10, closed is closed). */
export function ReopenDialog(props: ReopenDialogProps) {
  // Mounted with every workspace, asked for rarely: nothing runs until it is (issue 12 §4).
  const open = useGuardrailsStore((state) => state.dialog === 'reopen');
  return open ? <OpenReopenDialog {...props} /> : null;
}

interface ReopenDialogProps {
  deal: Deal;
  onStatusChange(status: DealStatus): Promise<void>;
}

function OpenReopenDialog({ deal, onStatusChange }: ReopenDialogProps) {
  const { t } = useTranslation('guardrails');
  const { t: tc } = useTranslation('common');
  const repositories = useRepositories();
  const open = useGuardrailsStore((state) => state.dialog === 'reopen');
  const picked = useGuardrailsStore((state) => state.reopenTo);
  const close = useGuardrailsStore((state) => state.close);
  const hasRounds = useLiveQuery(
    async () => (await repositories.rounds.count(deal.id)) > 0,
    [repositories, deal.id],
  );
  const status = picked ?? reopenedStatus(hasRounds ?? false);
  return (
    <ConfirmDialog
      // Shown once it knows which status reopening leads to.
      open={open && hasRounds !== undefined}
      onOpenChange={(next) => {
        if (!next) close();
      }}
      title={t('reopen.title')}
      description={t('reopen.description', { status: tc(`status.${status}`) })}
      confirmLabel={t('reopen.confirm')}
      onConfirm={() => {
        void onStatusChange(status).then(() => showToast({ message: t('reopen.done') }));
        close();
      }}
    />
  );
}

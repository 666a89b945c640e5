import { useTranslation } from 'react-i18next';
import type { DealStatus } from '../../../shared/model';
import { Badge } from '../../components/Badge';
import type { StatusTone } from '../../components/StatusDot';

const TONE: Record<DealStatus, StatusTone> = {
  drafting: 'neutral',
  negotiating: 'accent',
  approval: 'warning',
  signed: 'success',
  'walked-away': 'danger',
  archived: 'muted',
};

/** The status with its dot; long lists pass `label`, translated once for all their rows. */
export function DealStatusBadge({ status, label }: { status: DealStatus; label?: string }) {
  return label === undefined ? (
    <TranslatedBadge status={status} />
  ) : (
    <StatusBadge status={status} label={label} />
  );
}

function TranslatedBadge({ status }: { status: DealStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={status} label={t(`status.${status}`)} />;
}

function StatusBadge({ status, label }: { status: DealStatus; label: string }) {
  return (
    <Badge tone={TONE[status]} dot>
      {label}
    </Badge>
  );
}

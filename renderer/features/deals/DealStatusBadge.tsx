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

export function DealStatusBadge({ status }: { status: DealStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={TONE[status]} dot>
      {t(`status.${status}`)}
    </Badge>
  );
}

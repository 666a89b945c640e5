import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Inbox, Send } from 'lucide-react';
import type { Side } from '../../../shared/model';
import { Button } from '../../components/Button';
import { FreezeRoundDialog } from './FreezeRoundDialog';
import './rounds.css';

/** The workspace header's round actions: send our round, or record the customer's version. */
export function RoundActions({ dealId, flush }: { dealId: string; flush?: () => Promise<void> }) {
  const { t } = useTranslation('rounds');
  const [side, setSide] = useState<Side>('us');
  const [open, setOpen] = useState(false);
  const start = (next: Side) => {
    setSide(next);
    setOpen(true);
  };
  return (
    <div className="rounds-actions">
      <Button
        size="sm"
        icon={<Inbox size={14} aria-hidden />}
        onClick={() => start('them')}
        data-testid="record-round"
      >
        {t('record.button')}
      </Button>
      <Button
        size="sm"
        variant="primary"
        icon={<Send size={14} aria-hidden />}
        onClick={() => start('us')}
        data-testid="send-round"
      >
        {t('send.button')}
      </Button>
      <FreezeRoundDialog dealId={dealId} side={side} open={open} onOpenChange={setOpen} flush={flush} />
    </div>
  );
}

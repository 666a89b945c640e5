import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown, Inbox, Send } from 'lucide-react';
import type { Side } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Menu } from '../../components/Menu';
import { FreezeRoundDialog } from './FreezeRoundDialog';
import { useGuardrails } from '../guardrails/GuardrailsContext';
import './rounds.css';

/**
 * The workspace header's round actions: Send round, and beside it (less frequent now that Word
 * files can be imported) recording the customer's version typed into the draft.
 */
export function RoundActions({ dealId, flush }: { dealId: string; flush?: () => Promise<void> }) {
  const { t } = useTranslation('rounds');
  const [side, setSide] = useState<Side>('us');
  const [open, setOpen] = useState(false);
  // A signed or walked-away deal takes no new rounds until it is reopened (issue 10).
  const { readOnly } = useGuardrails();
  const start = (next: Side) => {
    setSide(next);
    setOpen(true);
  };
  return (
    <div className="rounds-split">
      <Button
        size="sm"
        variant="primary"
        icon={<Send size={14} aria-hidden />}
        onClick={() => start('us')}
        disabled={readOnly}
        data-testid="send-round"
      >
        {t('send.button')}
      </Button>
      <Menu
        trigger={
          <Button
            size="sm"
            variant="primary"
            className="rounds-split-more"
            aria-label={t('send.more')}
            title={t('send.more')}
            icon={<ChevronDown size={14} aria-hidden />}
            disabled={readOnly}
            data-testid="round-menu"
          />
        }
        items={[
          { label: t('record.button'), icon: <Inbox size={14} aria-hidden />, onSelect: () => start('them') },
        ]}
      />
      {/* Mounted while asked for only: opening a deal runs none of it (issue 12 §4). */}
      {open && (
        <FreezeRoundDialog dealId={dealId} side={side} open={open} onOpenChange={setOpen} flush={flush} />
      )}
    </div>
  );
}

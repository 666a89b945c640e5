import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Side } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { describeError } from '../../errors/describeError';
import { useGuardrails } from '../guardrails/GuardrailsContext';
import { SendGateSection, type SendOverride } from '../guardrails/SendGateSection';
import { newRoundId, recordTheirRound, SendBlockedError, sendRound } from './roundActions';

export interface FreezeRoundDialogProps {
  dealId: string;
  side: Side;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Writes pending edits of the open workspace first, so the round is what the user sees. */
  flush?: () => Promise<void>;
}

/** Confirms what is frozen (our round or their recorded version), with a note and, once, the author. */
export function FreezeRoundDialog({ dealId, side, open, onOpenChange, flush }: FreezeRoundDialogProps) {
  const { t } = useTranslation('rounds');
  const { t: tc } = useTranslation('common');
  const { t: tg } = useTranslation('guardrails');
  const repositories = useRepositories();
  // Our round goes out only with its approvals (issue 10); their round is a record, never blocked.
  const guardrails = useGuardrails();
  const gate = side === 'us' ? guardrails.gate : null;
  const [override, setOverride] = useState<SendOverride>({ enabled: false, reason: '' });
  const [reasonError, setReasonError] = useState<string | null>(null);
  const overriding = gate?.blocked === true && override.enabled;
  // Read while the dialog is open only: the workspace mounts it closed with every deal it opens, and
  // the draft read here is validated in full (issue 12 §4: opening a deal). It opens once read.
  const info = useLiveQuery(async () => {
    if (!open) return null;
    const [last, draft, author] = await Promise.all([
      repositories.rounds.last(dealId),
      repositories.drafts.get(dealId),
      repositories.settings.get('authorName'),
    ]);
    return {
      number: (last?.number ?? 0) + 1,
      clauses: draft?.document.clauses.length ?? 0,
      terms: draft?.document.terms.length ?? 0,
      author,
    };
  }, [repositories, dealId, open]);
  const [note, setNote] = useState('');
  const [author, setAuthor] = useState('');
  const [authorError, setAuthorError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per round the user means to freeze: a retry after a failure is the same action, never a
  // second round. Made at the first attempt, dropped when the round exists or the dialog closes.
  const roundId = useRef<string | null>(null);
  const askAuthor = !!info && !info.author;

  const submit = async () => {
    if (!info || busy) return;
    const name = askAuthor ? author.trim() : info.author;
    if (!name) {
      setAuthorError(t('send.authorRequired'));
      return;
    }
    if (overriding && !override.reason.trim()) {
      setReasonError(tg('send.overrideRequired'));
      return;
    }
    if (gate?.blocked && !overriding) return;
    setBusy(true);
    try {
      await flush?.();
      roundId.current ??= newRoundId();
      const input = { dealId, note, author: name, roundId: roundId.current, rememberAuthor: askAuthor };
      const round =
        side === 'us'
          ? await sendRound(repositories, {
              ...input,
              ...(overriding ? { overrideReason: override.reason } : {}),
            })
          : await recordTheirRound(repositories, input);
      roundId.current = null;
      onOpenChange(false);
      setNote('');
      setOverride({ enabled: false, reason: '' });
      if (side === 'us') showToast({ message: t('send.done', { number: round.number }) });
      else
        showToast({
          message: t('record.done', { number: round.number }),
          action: {
            label: t('record.compare'),
            run: () => navigate({ screen: 'deal-compare', dealId }),
          },
        });
    } catch (error) {
      // Approvals changed between showing the dialog and sending: the dialog shows the block now.
      if (error instanceof SendBlockedError) return;
      showToast({
        message: t('send.failed', { message: describeError(error) }),
        tone: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  const number = info?.number ?? 1;
  return (
    <Dialog
      open={open && !!info}
      onOpenChange={(next) => {
        if (!next) roundId.current = null;
        onOpenChange(next);
      }}
      title={side === 'us' ? t('send.title', { number }) : t('record.title', { number })}
      description={
        side === 'us'
          ? t('send.description', { number, clauses: info?.clauses ?? 0, terms: info?.terms ?? 0 })
          : t('record.description')
      }
      testId={side === 'us' ? 'send-round-dialog' : 'record-round-dialog'}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button
            onClick={() => {
              roundId.current = null;
              onOpenChange(false);
            }}
          >
            {tc('actions.cancel')}
          </Button>
          <Button
            type="submit"
            variant={overriding ? 'danger' : 'primary'}
            disabled={!info || busy || (gate?.blocked === true && !overriding)}
            data-testid="freeze-submit"
          >
            {side === 'us'
              ? overriding
                ? tg('send.confirmOverride')
                : t('send.confirm')
              : t('record.confirm')}
          </Button>
        </>
      }
    >
      {gate && (
        <SendGateSection
          gate={gate}
          override={override}
          onOverrideChange={(next) => {
            setOverride(next);
            setReasonError(null);
          }}
          reasonError={reasonError}
        />
      )}
      {askAuthor && (
        <Field label={t('send.author')} hint={t('send.authorHint')} error={authorError}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={author}
              autoComplete="name"
              onChange={(event) => {
                setAuthor(event.target.value);
                setAuthorError(null);
              }}
            />
          )}
        </Field>
      )}
      <Field label={t('send.note')}>
        {(control) => (
          <textarea
            {...control}
            className="input rounds-note-input"
            rows={3}
            maxLength={5_000}
            placeholder={t('send.notePlaceholder')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowDownLeft, ArrowUpRight, GitCompareArrows, ShieldAlert, ShieldCheck } from 'lucide-react';
import type { Round } from '../../../shared/model';
import { verifyChain } from '../../../shared/rounds/hashRound';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useRepositories } from '../../src/RepositoriesContext';
import { compareHash } from '../compare/compareHash';
import { DRAFT_SOURCE } from '../compare/defaultComparison';
import { RoundOverrideNote } from '../guardrails/RoundOverrideNote';
import { NegotiationChart } from './NegotiationChart';
import { RoundViewDialog } from './RoundViewDialog';
import './rounds.css';

type View = 'timeline' | 'chart';

/** The workspace inspector's Rounds tab: chain status, the timeline of rounds, and the negotiation chart. */
export function RoundsTab({ dealId }: { dealId: string }) {
  const { t } = useTranslation('rounds');
  const repositories = useRepositories();
  const rounds = useLiveQuery(() => repositories.rounds.list(dealId), [repositories, dealId]);
  const [view, setView] = useState<View>('timeline');
  const [open, setOpen] = useState<Round | null>(null);
  if (!rounds) return null;
  if (rounds.length === 0) return <p className="rounds-empty">{t('tab.none')}</p>;
  const chain = verifyChain(rounds);

  return (
    <div className="rounds-tab" data-testid="rounds-tab">
      <div className="rounds-tab-head">
        <span
          className={`rounds-chain ${chain.ok ? 'rounds-chain-ok' : 'rounds-chain-broken'}`}
          title={chain.ok ? t('tab.chainHint') : chain.reason}
          data-testid="chain-status"
        >
          {chain.ok ? <ShieldCheck size={14} aria-hidden /> : <ShieldAlert size={14} aria-hidden />}
          {chain.ok ? t('tab.chainOk') : t('tab.chainBroken', { number: chain.brokenAt })}
        </span>
        <div className="segmented" role="radiogroup" aria-label={t('tab.label')}>
          {(['timeline', 'chart'] as const).map((item) => (
            <button
              key={item}
              type="button"
              role="radio"
              aria-checked={view === item}
              data-state={view === item ? 'on' : 'off'}
              className="segmented-item"
              onClick={() => setView(item)}
            >
              {t(`tab.${item}`)}
            </button>
          ))}
        </div>
      </div>
      {view === 'timeline' ? (
        <Timeline
          rounds={rounds}
          dealId={dealId}
          brokenAt={chain.ok ? null : chain.brokenAt}
          onOpen={setOpen}
        />
      ) : (
        <NegotiationChart rounds={rounds} />
      )}
      <RoundViewDialog round={open} onClose={() => setOpen(null)} />
    </div>
  );
}

function Timeline({
  rounds,
  dealId,
  brokenAt,
  onOpen,
}: {
  rounds: readonly Round[];
  dealId: string;
  brokenAt: number | null;
  onOpen(round: Round): void;
}) {
  const { t } = useTranslation('rounds');
  const format = useLocaleFormat();
  const newestFirst = [...rounds].reverse();
  return (
    <ol className="rounds-timeline" aria-label={t('tab.timeline')}>
      {newestFirst.map((round) => {
        const previous = rounds.find((other) => other.number === round.number - 1);
        const SideIcon = round.side === 'us' ? ArrowUpRight : ArrowDownLeft;
        return (
          <li
            key={round.id}
            className={`rounds-item rounds-side-${round.side}${brokenAt === round.number ? ' rounds-item-broken' : ''}`}
            data-testid={`round-${round.number}`}
          >
            <span className="rounds-marker" aria-hidden>
              <SideIcon size={13} />
            </span>
            <div className="rounds-item-body">
              <div className="rounds-item-title">
                <button
                  type="button"
                  className="rounds-open"
                  onClick={() => onOpen(round)}
                  aria-label={t('tab.open', { number: round.number })}
                >
                  {t('tab.round', { number: round.number })}
                </button>
                <span className={`rounds-side rounds-side-label-${round.side}`}>
                  {t(round.side === 'us' ? 'side.us' : 'side.them')}
                </span>
              </div>
              <p className="rounds-item-meta">
                <span>{round.author || t('tab.noAuthor')}</span>
                <span aria-hidden>·</span>
                <time dateTime={round.createdAt}>{format.dateTime(round.createdAt)}</time>
                <code className="rounds-hash" title={t('tab.hash', { hash: round.hash })}>
                  {round.hash.slice(0, 8)}
                </code>
              </p>
              {round.note && <p className="rounds-item-note">{round.note}</p>}
              <RoundOverrideNote round={round} />
              <div className="rounds-item-actions">
                {previous && (
                  <a className="btn btn-ghost btn-sm" href={compareHash(dealId, previous.id, round.id)}>
                    <GitCompareArrows size={13} aria-hidden />
                    {t('tab.compareWithPrevious')}
                  </a>
                )}
                <a className="btn btn-ghost btn-sm" href={compareHash(dealId, round.id, DRAFT_SOURCE)}>
                  <GitCompareArrows size={13} aria-hidden />
                  {t('tab.compareWithDraft')}
                </a>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

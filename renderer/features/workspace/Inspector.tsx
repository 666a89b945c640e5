import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { ShieldCheck, ShieldAlert } from 'lucide-react';
import { verifyChain } from '../../../shared/rounds/hashRound';
import { Tabs } from '../../components/Tabs';
import { useRepositories } from '../../src/RepositoriesContext';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { ChecksTab, type ChecksTabProps } from './ChecksTab';
import { TermPanel, type TermPanelProps } from './TermPanel';
import { useWorkspaceStore, type InspectorTab } from './useWorkspaceStore';

export interface InspectorProps extends Omit<TermPanelProps, 'groups'>, ChecksTabProps {
  dealId: string;
  termGroups: TermPanelProps['groups'];
}

function RoundsTab({ dealId }: { dealId: string }) {
  const { t } = useTranslation('workspace');
  const format = useLocaleFormat();
  const repositories = useRepositories();
  const rounds = useLiveQuery(() => repositories.rounds.list(dealId), [repositories, dealId]);
  if (!rounds) return null;
  if (rounds.length === 0) return <p className="ws-empty">{t('rounds.none')}</p>;
  const chain = verifyChain(rounds);
  return (
    <div className="ws-rounds">
      <p className={`ws-chain ${chain.ok ? 'ws-chain-ok' : 'ws-chain-broken'}`}>
        {chain.ok ? <ShieldCheck size={14} aria-hidden /> : <ShieldAlert size={14} aria-hidden />}
        {chain.ok ? t('rounds.chainOk') : t('rounds.chainBroken', { number: chain.brokenAt })}
      </p>
      <ol className="ws-round-list">
        {[...rounds].reverse().map((round) => (
          <li key={round.id} className="ws-round">
            <span className="ws-round-number">{t('rounds.round', { number: round.number })}</span>
            <span className="ws-round-side">
              {t(round.side === 'us' ? 'rounds.sent' : 'rounds.received')}
            </span>
            <span className="ws-round-date">{format.dateTime(round.createdAt)}</span>
            <code className="ws-round-hash" title={round.hash}>
              {round.hash.slice(0, 12)}
            </code>
            {round.note && <p className="ws-round-note">{round.note}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Right pane: terms, checks, rounds and approvals of the deal. */
export const Inspector = memo(function Inspector({
  dealId,
  termGroups,
  groupTitles,
  terms,
  originals,
  uiLanguage,
  docLanguage,
  update,
  missing,
  outline,
}: InspectorProps) {
  const { t } = useTranslation('workspace');
  const tab = useWorkspaceStore((state) => state.inspectorTab);
  const setTab = useWorkspaceStore((state) => state.setInspectorTab);
  return (
    <aside className="ws-inspector" aria-label={t('inspector.label')}>
      <Tabs
        label={t('inspector.label')}
        value={tab}
        onValueChange={(value) => setTab(value as InspectorTab)}
        className="ws-tabs"
        tabs={[
          {
            value: 'terms',
            label: t('inspector.terms'),
            content: (
              <TermPanel
                groups={termGroups}
                groupTitles={groupTitles}
                terms={terms}
                originals={originals}
                uiLanguage={uiLanguage}
                docLanguage={docLanguage}
                update={update}
              />
            ),
          },
          {
            value: 'checks',
            label: t('inspector.checks'),
            content: <ChecksTab missing={missing} outline={outline} uiLanguage={uiLanguage} />,
          },
          { value: 'rounds', label: t('inspector.rounds'), content: <RoundsTab dealId={dealId} /> },
          {
            value: 'approvals',
            label: t('inspector.approvals'),
            content: <p className="ws-empty">{t('approvals.later')}</p>,
          },
        ]}
      />
    </aside>
  );
});

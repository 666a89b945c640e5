import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { ShieldCheck, ShieldAlert } from 'lucide-react';
import type { Language, SlaDocument, Template } from '../../../shared/model';
import { verifyChain } from '../../../shared/rounds/hashRound';
import { Tabs } from '../../components/Tabs';
import { useRepositories } from '../../src/RepositoriesContext';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { TermPanel } from './TermPanel';
import { useWorkspaceStore, type InspectorTab } from './useWorkspaceStore';

export interface InspectorProps {
  dealId: string;
  doc: SlaDocument;
  numbers: readonly string[];
  template: Template | undefined;
  uiLanguage: Language;
  update(edit: (doc: SlaDocument) => SlaDocument): void;
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

/** Right pane: the selected clause's context — terms, checks, rounds and approvals. */
export function Inspector({ dealId, doc, numbers, template, uiLanguage, update }: InspectorProps) {
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
                doc={doc}
                numbers={numbers}
                template={template}
                uiLanguage={uiLanguage}
                update={update}
              />
            ),
          },
          {
            value: 'checks',
            label: t('inspector.checks'),
            content: <p className="ws-empty">{t('checks.later')}</p>,
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
}

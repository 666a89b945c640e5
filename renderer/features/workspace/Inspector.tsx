import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs';
import { RoundsTab } from '../rounds/RoundsTab';
import { ApprovalsPanel } from '../guardrails/ApprovalsPanel';
import { GuardrailChecks } from '../guardrails/GuardrailChecks';
import { CommentsPanel } from '../comments/CommentsPanel';
import { CommentsTabLabel } from '../comments/CommentMarkers';
import { ChecksTab, type ChecksTabProps } from './ChecksTab';
import { TermPanel, type TermPanelProps } from './TermPanel';
import { useWorkspaceStore, type InspectorTab } from './useWorkspaceStore';

export interface InspectorProps extends Omit<TermPanelProps, 'groups'>, ChecksTabProps {
  dealId: string;
  termGroups: TermPanelProps['groups'];
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
  const termLabel = (id: string) => terms.find((term) => term.id === id)?.label ?? id;
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
            content: (
              <>
                <GuardrailChecks dealId={dealId} terms={terms} />
                <ChecksTab missing={missing} outline={outline} uiLanguage={uiLanguage} />
              </>
            ),
          },
          { value: 'rounds', label: t('inspector.rounds'), content: <RoundsTab dealId={dealId} /> },
          {
            value: 'approvals',
            label: t('inspector.approvals'),
            content: <ApprovalsPanel dealId={dealId} termLabel={termLabel} />,
          },
          { value: 'comments', label: <CommentsTabLabel />, content: <CommentsPanel titles={groupTitles} /> },
        ]}
      />
    </aside>
  );
});

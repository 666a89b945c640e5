import { useLiveQuery } from 'dexie-react-hooks';
import type { Term } from '../../../shared/model';
import { bandOf } from '../../../shared/playbook/bandOf';
import { describeBand } from '../../../shared/playbook/describeBand';
import type { Playbook } from '../../../shared/playbook/playbook';
import { useRepositories } from '../../src/RepositoriesContext';
import { BandBadge } from './BandBadge';
import { useUiLanguage } from './useUiLanguage';
import './guardrails.css';

/** The structured term change of a redline change (`Change['term']` of shared/redline). */
export interface TermChange {
  id: string;
  before: Term | null;
  after: Term | null;
}

/**
 * For the compare screen (issue 8 owns it; mount this beside a term change):
 * "99.9 → 99.99%: beyond walk-away 99.95% (technology)" with the band as a chip. Pass the deal's
 * playbook if the screen already has it (`usePlaybookOfDeal`); otherwise this reads it itself.
 */
export function ChangeBandNote({
  dealId,
  change,
  playbook,
}: {
  dealId: string;
  change: TermChange;
  playbook?: Playbook;
}) {
  const own = usePlaybookOfDeal(playbook ? null : dealId);
  const language = useUiLanguage();
  const limits = playbook ?? own;
  if (!limits || !change.after) return null;
  const verdict = bandOf(change.after, limits.get(change.id));
  if (verdict.band === null && verdict.reason !== 'incomparable') return null;
  return (
    <p className="gr-change-band" data-testid="change-band" data-band={verdict.band ?? 'unrated'}>
      {verdict.band && <BandBadge band={verdict.band} />}
      <span>{describeBand({ term: change.after, before: change.before, verdict }, language)}</span>
    </p>
  );
}

/** The playbook a deal negotiates under, live; `null` for no deal. */
export function usePlaybookOfDeal(dealId: string | null): Playbook | undefined {
  const repositories = useRepositories();
  const templateId = useLiveQuery(
    async () => (dealId ? (await repositories.deals.get(dealId))?.template.id : undefined),
    [repositories, dealId],
  );
  return useLiveQuery(
    async () =>
      dealId && templateId
        ? (await repositories.playbooks.effective(templateId, dealId)).playbook
        : undefined,
    [repositories, dealId, templateId],
  );
}

import { useDeferredValue, useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isClosed } from '../../../shared/checks/closedDeal';
import type { Deal, SlaDocument } from '../../../shared/model';
import { referencedTermIds } from '../../../shared/model';
import { bandOf, worstBand, type Band, type BandVerdict } from '../../../shared/playbook/bandOf';
import { backToBack } from '../../../shared/suppliers/backToBack';
import { useRepositories } from '../../src/RepositoriesContext';
import type { DealGuardrails } from './GuardrailsContext';
import { gateOf, loadGuardrailData } from './loadGuardrails';

/**
 * The open deal's guardrails, live: stored data from the database, computed against the document
 * on screen (unsaved keystrokes included), so bands and flags follow every edit. Also gives an old
 * deal its company profile on the first open (issue 10).
 */
export function useDealGuardrails(
  dealId: string,
  deal: Deal | null | undefined,
  doc: SlaDocument | null | undefined,
): DealGuardrails {
  const repositories = useRepositories();
  const data = useLiveQuery(() => loadGuardrailData(repositories, dealId), [repositories, dealId]);

  useEffect(() => {
    repositories.companyProfiles.ensureForDeal(dealId).catch(() => undefined);
  }, [repositories, dealId]);

  const terms = doc?.terms;
  const clauses = doc?.clauses;
  const playbook = data?.playbook.playbook;
  const verdicts = useMemo(() => {
    const map = new Map<string, BandVerdict>();
    if (!terms || !playbook) return map;
    for (const term of terms) map.set(term.id, bandOf(term, playbook.get(term.id)));
    return map;
  }, [terms, playbook]);

  const clauseBands = useMemo(() => {
    const map = new Map<string, Band>();
    for (const clause of clauses ?? []) {
      const band = worstBand(referencedTermIds([clause]).map((id) => verdicts.get(id)?.band ?? null));
      if (band) map.set(clause.id, band);
    }
    return map;
  }, [clauses, verdicts]);

  const links = data?.suppliers.links;
  const margins = data?.margins;
  const backing = useMemo(
    () => (terms && links && margins && links.length > 0 ? backToBack(terms, links, margins) : null),
    [terms, links, margins],
  );
  // The gate compares whole documents; deferred, so a keystroke never waits for it.
  const deferredDoc = useDeferredValue(doc);
  const gate = useMemo(
    () => (data && deferredDoc ? gateOf(data, deferredDoc) : null),
    [data, deferredDoc],
  );

  return {
    data: data ?? null,
    verdicts,
    clauseBands,
    backToBack: backing,
    gate,
    readOnly: deal ? isClosed(deal.status) : false,
  };
}

import { useDeferredValue, useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isClosed } from '../../../shared/checks/closedDeal';
import type { Deal, SlaDocument, Template } from '../../../shared/model';
import { referencedTermIds } from '../../../shared/model';
import { bandOf, worstBand, type Band, type BandVerdict } from '../../../shared/playbook/bandOf';
import { backToBack } from '../../../shared/suppliers/backToBack';
import { useRepositories } from '../../src/RepositoriesContext';
import type { DealGuardrails } from './GuardrailsContext';
import { checklistOf } from '../../../shared/templates/legalChecklist';
import { gateOf, loadStoredGuardrails, type DealGuardrailData } from './loadGuardrails';

/**
 * The open deal's guardrails, live: stored data from the database, computed against the document
 * on screen (unsaved keystrokes included), so bands and flags follow every edit. Also gives an old
 * deal its company profile on the first open (issue 10).
 */
export function useDealGuardrails(
  dealId: string,
  deal: Deal | null | undefined,
  doc: SlaDocument | null | undefined,
  template: Template | undefined,
  /** False holds the reads back (the workspace: until its first paint); the deal's state is never. */
  { read = true }: { read?: boolean } = {},
): DealGuardrails {
  const repositories = useRepositories();
  const templateId = read ? deal?.template.id : undefined;
  // Keyed by the template id, not the deal: a draft save (which touches the deal) reads nothing here.
  const stored = useLiveQuery(
    async () =>
      templateId
        ? await loadStoredGuardrails(repositories, { id: dealId, template: { id: templateId } })
        : null,
    [repositories, dealId, templateId],
  );
  const templateDocument = template?.document ?? null;
  const checklist = useMemo(() => checklistOf(template), [template]);
  const data = useMemo<DealGuardrailData | null>(
    () => (stored ? { ...stored, templateDocument, checklist } : null),
    [stored, templateDocument, checklist],
  );

  useEffect(() => {
    // An old deal's first open writes its profile (and may name the provider in its draft).
    if (read) repositories.companyProfiles.ensureForDeal(dealId).catch(() => undefined);
  }, [repositories, dealId, read]);

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
  const gate = useMemo(() => (data && deferredDoc ? gateOf(data, deferredDoc) : null), [data, deferredDoc]);
  const readOnly = deal ? isClosed(deal.status) : false;

  return useMemo(
    () => ({ data, verdicts, clauseBands, backToBack: backing, gate, checklist, readOnly }),
    [data, verdicts, clauseBands, backing, gate, checklist, readOnly],
  );
}

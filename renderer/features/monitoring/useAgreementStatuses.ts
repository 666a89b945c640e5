import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { agreementTermsFrom, type AgreementTerms } from '../../../shared/monitoring/agreementTerms';
import {
  agreementStatus,
  measuredIncidents,
  type AgreementStatus,
} from '../../../shared/monitoring/agreementStatus';
import type { MeasuredIncident } from '../../../shared/monitoring/measure';
import type { Deal } from '../../../shared/model';
import type { Agreement } from '../../../shared/monitoring/model';
import { useRepositories } from '../../src/RepositoriesContext';

export interface AgreementOverview {
  agreement: Agreement;
  deal: Deal;
  terms: AgreementTerms;
  incidents: MeasuredIncident[];
  status: AgreementStatus;
}

/** Every agreement in force with where it stands now (dashboard and notifications). */
export function useAgreementStatuses(now: number): AgreementOverview[] | undefined {
  const repositories = useRepositories();
  const data = useLiveQuery(async () => {
    const agreements = await repositories.agreements.active();
    const dealIds = agreements.map((a) => a.dealId);
    const [deals, rounds, incidents] = await Promise.all([
      Promise.all(dealIds.map((id) => repositories.deals.get(id))),
      Promise.all(agreements.map((a) => repositories.rounds.get(a.roundId))),
      repositories.incidents.listForDeals(dealIds),
    ]);
    return agreements.flatMap((agreement, index) => {
      const deal = deals[index];
      const round = rounds[index];
      if (!deal || !round) return [];
      return [{ agreement, deal, round, incidents: incidents.filter((i) => i.dealId === agreement.dealId) }];
    });
  }, [repositories]);

  // Terms are read once per signed round; the clock only re-measures.
  const read = useMemo(
    () =>
      data?.map((entry) => ({
        agreement: entry.agreement,
        deal: entry.deal,
        terms: agreementTermsFrom(entry.round.document),
        incidents: measuredIncidents(entry.incidents),
      })),
    [data],
  );
  return useMemo(
    () =>
      read?.map((entry) => ({
        ...entry,
        status: agreementStatus(entry.terms, entry.agreement, entry.incidents, now),
      })),
    [read, now],
  );
}

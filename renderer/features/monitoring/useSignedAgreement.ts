import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { agreementTermsFrom, type AgreementTerms } from '../../../shared/monitoring/agreementTerms';
import type { Deal, Round } from '../../../shared/model';
import type { Agreement, Incident, Review } from '../../../shared/monitoring/model';
import { useRepositories } from '../../src/RepositoriesContext';

export interface SignedAgreement {
  deal: Deal;
  agreement: Agreement;
  round: Round;
  terms: AgreementTerms;
  incidents: Incident[];
  reviews: Review[];
}

/**
 * The deal's agreement in force with everything its screens show; `null` when the deal has none,
 * `undefined` while loading. Live: an import or a review elsewhere shows at once.
 */
export function useSignedAgreement(dealId: string): SignedAgreement | null | undefined {
  const repositories = useRepositories();
  const data = useLiveQuery(async () => {
    const agreement = await repositories.agreements.activeForDeal(dealId);
    if (!agreement) return null;
    const [deal, round, incidents, reviews] = await Promise.all([
      repositories.deals.get(dealId),
      repositories.rounds.get(agreement.roundId),
      repositories.incidents.list(dealId),
      repositories.reviews.forAgreement(agreement.id),
    ]);
    if (!deal || !round) return null;
    return { deal, agreement, round, incidents, reviews };
  }, [repositories, dealId]);
  const round = data?.round;
  // The signed round never changes: its terms are read once.
  const terms = useMemo(() => (round ? agreementTermsFrom(round.document) : null), [round]);
  if (data === undefined) return undefined;
  if (data === null || !terms) return null;
  return { ...data, terms };
}

import { isClosed } from '../../../shared/checks/closedDeal';
import { RepositoryError } from '../RepositoryError';
import type { RepositoryDeps } from './RepositoryDeps';

/**
 * Refuses a write to a signed or walked-away deal (issue 10: closed is closed). Call inside the
 * write's transaction (it must include `db.deals`), so a deal closed in another window a moment ago
 * is seen. Throws `not-found` for a deal that does not exist.
 */
export async function requireOpenDeal(deps: RepositoryDeps, dealId: string): Promise<void> {
  const deal = await deps.db.deals.get(dealId);
  if (!deal) throw new RepositoryError('not-found', `The deal ${dealId} does not exist.`);
  if (isClosed(deal.status))
    throw new RepositoryError(
      'refused',
      deal.status === 'signed'
        ? 'This deal is signed and read-only. Reopen it to change it.'
        : 'This deal was walked away from and is read-only. Reopen it to change it.',
      deal.status === 'signed' ? 'dealSigned' : 'dealWalkedAway',
    );
}

import type { DealStatus } from '../model/deal';

/**
 * Statuses in which a deal is closed (issue 10: "closed is closed"): its draft, rounds, suppliers
 * and playbook are read-only until someone deliberately reopens it.
 */
export const CLOSED_STATUSES: readonly DealStatus[] = ['signed', 'walked-away'];

export function isClosed(status: DealStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** The status a reopened deal returns to: negotiating once rounds exist, drafting before. */
export function reopenedStatus(hasRounds: boolean): DealStatus {
  return hasRounds ? 'negotiating' : 'drafting';
}

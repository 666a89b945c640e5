/** How close a template's review date is; `due` from 30 days before it. */
export type ReviewState = 'ok' | 'due' | 'overdue';

export const REVIEW_DUE_DAYS = 30;

/** Compares calendar days (`YYYY-MM-DD`), so the time of day and the time zone never tip it over. */
export function reviewState(reviewDate: string, today: string): ReviewState {
  const days = (Date.parse(`${reviewDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  if (days < 0) return 'overdue';
  if (days <= REVIEW_DUE_DAYS) return 'due';
  return 'ok';
}

/** Today's local calendar date as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

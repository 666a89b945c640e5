/**
 * What the app last knew it held, kept outside IndexedDB (localStorage), to notice when the browser
 * discarded the whole database: Chromium deletes an origin's IndexedDB when it judges it corrupt,
 * which can happen after a write failed on a full disk (seen in test/e2e/diskFull.spec.ts). Then the
 * app must say so and point to the backups, never open silently as if it were a new installation.
 */
const KEY = 'sla-workbench:known-data';

export interface KnownData {
  deals: number;
  /** ISO time of the observation. */
  at: string;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readKnownData(): KnownData | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<KnownData>;
    return typeof value.deals === 'number' && typeof value.at === 'string'
      ? { deals: value.deals, at: value.at }
      : null;
  } catch {
    return null;
  }
}

export function recordKnownData(deals: number, now = new Date()): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ deals, at: now.toISOString() } satisfies KnownData));
  } catch {
    // A full disk refuses this too; the next observation tries again.
  }
}

/** The database holds no deals although the app last saw some: the browser discarded it. */
export function dataWasDiscarded(known: KnownData | null, dealsNow: number): boolean {
  return known !== null && known.deals > 0 && dealsNow === 0;
}

import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Who may edit a deal's draft in this window (issue 9: one writer, or a visible conflict):
 * - `owner`: this window edits;
 * - `elsewhere`: another window or tab had it open first; this one is read-only;
 * - `taken`: another window took it over from this one; read-only, its edits were saved first;
 * - `waiting`: asking for the lock, or asking the other window to hand over.
 */
export type DealLockState = 'owner' | 'elsewhere' | 'taken' | 'waiting';

export interface DealLock {
  state: DealLockState;
  /** Asks the window that edits to save and hand over, then edits here. */
  takeOver(): void;
}

const CHANNEL = 'sla-workbench-deal-locks';
/** How long the other window may take to save and hand over before the lock is taken from it. */
const HANDOVER_TIMEOUT_MS = 4_000;

type LockMessage = { type: 'hand-over'; dealId: string };

interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<void>;
}

function lockManager(): LockManagerLike | null {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ?? null;
}

export const dealLockName = (dealId: string) => `sla-workbench-deal:${dealId}`;

/**
 * One editing window per deal, by Web Locks (held for as long as this window edits the deal) and a
 * BroadcastChannel to ask the holder to hand over. Before handing over, the holder saves what is
 * pending (`flush`), so the taker starts from everything that was typed. Where the browser offers
 * no Web Locks, every window edits and the revision check of the autosave stays the safeguard.
 */
export function useDealLock(dealId: string, flush: () => Promise<void>): DealLock {
  const locks = lockManager();
  const [held, setHeld] = useState<{ dealId: string; state: DealLockState } | null>(null);
  const release = useRef<(() => void) | null>(null);
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  const alive = useRef(true);

  const set = useCallback(
    (state: DealLockState) => {
      if (alive.current) setHeld({ dealId, state });
    },
    [dealId],
  );

  /** Holds the lock until released; resolves whether it got it. */
  const hold = useCallback(
    (options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal }) =>
      new Promise<boolean>((resolve, reject) => {
        if (!locks) return resolve(true);
        locks
          .request(dealLockName(dealId), options, async (lock) => {
            if (!lock) return resolve(false);
            resolve(true);
            set('owner');
            await new Promise<void>((done) => {
              release.current = done;
            });
          })
          // Taken by a window that stole it, or aborted by our own timeout.
          .catch((error: unknown) => {
            release.current = null;
            if ((error as { name?: string }).name === 'AbortError') set('taken');
            reject(error);
          });
      }),
    [locks, dealId, set],
  );

  useEffect(() => {
    alive.current = true;
    if (!locks) return undefined;
    hold({ ifAvailable: true }).then(
      (got) => {
        if (!got) set('elsewhere');
      },
      () => undefined,
    );
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    if (channel)
      channel.onmessage = (event: MessageEvent<LockMessage>) => {
        if (event.data?.type !== 'hand-over' || event.data.dealId !== dealId || !release.current) return;
        const done = release.current;
        // Save what was typed here, then let go: the other window starts from all of it.
        void flushRef
          .current()
          .catch(() => undefined)
          .finally(() => {
            release.current = null;
            set('taken');
            done();
          });
      };
    return () => {
      alive.current = false;
      channel?.close();
      release.current?.();
      release.current = null;
    };
  }, [locks, dealId, hold, set]);

  const takeOver = useCallback(() => {
    if (!locks) return;
    set('waiting');
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    channel?.postMessage({ type: 'hand-over', dealId } satisfies LockMessage);
    channel?.close();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), HANDOVER_TIMEOUT_MS);
    hold({ signal: controller.signal })
      .catch(() =>
        // The other window did not answer (hung, or a background tab the browser froze): take it.
        hold({ steal: true }),
      )
      .catch(() => set('elsewhere'))
      .finally(() => clearTimeout(timer));
  }, [locks, dealId, hold, set]);

  const state: DealLockState = !locks ? 'owner' : held?.dealId === dealId ? held.state : 'waiting';
  return { state, takeOver };
}

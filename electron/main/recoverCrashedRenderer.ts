import { RENDERER_RECOVERED_CHANNEL, isRendererGoneReason } from '../../shared/ipc/channels';

/** What recovery needs of a window; a BrowserWindow fits, and tests pass a small fake. */
export interface RecoverableWindow {
  isDestroyed(): boolean;
  webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: { reason: string }) => void,
    ): unknown;
    once(event: 'did-finish-load', listener: () => void): unknown;
    reload(): void;
    send(channel: string, ...args: unknown[]): void;
  };
}

export interface RecoveryOptions {
  /** Give up reloading after this many crashes within `windowMs`: the page keeps crashing. */
  maxCrashes?: number;
  windowMs?: number;
  now?: () => number;
  /** Told when main gives up, so it can show a native message (the page cannot). */
  onGiveUp?(reason: string): void;
  /** Told on every crash (backup transfers of the dead page are released). */
  onCrash?(reason: string): void;
}

/**
 * A renderer process that dies (a crash, out of memory, killed) leaves a white, dead window. Main
 * reloads it and, once the app is loaded again, tells it why, so the page can say what happened and
 * that everything saved is back (issue 9). A clean exit is no crash. A page that crashes again and
 * again is not reloaded forever.
 */
export function recoverCrashedRenderer(window: RecoverableWindow, options: RecoveryOptions = {}): void {
  const { maxCrashes = 3, windowMs = 60_000, now = () => Date.now() } = options;
  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    const reason = details.reason;
    if (reason === 'clean-exit' || window.isDestroyed()) return;
    options.onCrash?.(reason);
    const at = now();
    crashes.push(at);
    while (crashes.length > 0 && at - crashes[0]! > windowMs) crashes.shift();
    if (crashes.length > maxCrashes) {
      options.onGiveUp?.(reason);
      return;
    }
    window.webContents.once('did-finish-load', () => {
      if (!window.isDestroyed() && isRendererGoneReason(reason))
        window.webContents.send(RENDERER_RECOVERED_CHANNEL, reason);
    });
    window.webContents.reload();
  });
}

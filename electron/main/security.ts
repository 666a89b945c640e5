import type { Session, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

/**
 * Requests the app may make: its own files, DevTools, and in-memory `blob:`/`data:` URLs.
 * Everything else — `https:`, `http:`, `file:`, `ws:` — is cancelled: the app works offline and
 * must never load remote content (DESIGN §5).
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  return url.startsWith('devtools://') || url.startsWith('blob:') || url.startsWith('data:');
}

/**
 * Writing to the clipboard is the one permission granted, and only to our own pages: "copy"
 * buttons use navigator.clipboard.writeText, and writing cannot read anything back.
 */
function isGrantedPermission(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

/** Session-wide rules; apply to `session.defaultSession` once the app is ready. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isGrantedPermission(permission, details.requestingUrl ?? webContents.getURL()));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isGrantedPermission(permission, requestingOrigin),
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}

/**
 * Per-window rules, applied from `app.on('web-contents-created')` so no window or frame escapes
 * them: no navigation away from the app, no new windows, no `<webview>`.
 */
export function hardenWebContents(contents: WebContents): void {
  const denyForeignNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeignNavigation);
  contents.on('will-redirect', denyForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

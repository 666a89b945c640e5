import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, isAllowedRequestUrl } from './security';

type Listener = (...args: unknown[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (handler: Listener) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: Listener) => (handlers.check = handler),
    webRequest: { onBeforeRequest: (handler: Listener) => (handlers.beforeRequest = handler) },
  };
  hardenSession(session as unknown as Session);
  return handlers;
}

function fakeWebContents() {
  const listeners: Record<string, Listener> = {};
  let openHandler: Listener | undefined;
  const contents = {
    on: (event: string, listener: Listener) => (listeners[event] = listener),
    setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
  };
  hardenWebContents(contents as unknown as WebContents);
  return { listeners, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('web request blocking', () => {
  it('lets the app load its own files, DevTools, blob: and data: URLs', () => {
    expect(isAllowedRequestUrl('app://bundle/index.html')).toBe(true);
    expect(isAllowedRequestUrl('app://bundle/assets/worker.js')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://bundle/0a1b')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
  });

  it('blocks the network, the file system and look-alike app hosts', () => {
    for (const url of [
      'https://example.com/tracker.js',
      'http://127.0.0.1:8080/',
      'wss://example.com/socket',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://bundle.evil.com/x',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });

  it('cancels a blocked request in the session hook', () => {
    const { beforeRequest } = fakeSession();
    const callback = vi.fn();
    beforeRequest?.({ url: 'https://example.com/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
    beforeRequest?.({ url: 'app://bundle/index.html' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: false });
  });
});

describe('permissions', () => {
  it('denies camera, microphone, geolocation, notifications and the rest', () => {
    const { request, check } = fakeSession();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'openExternal',
      'clipboard-read',
    ]) {
      const callback = vi.fn();
      request?.({ getURL: () => 'app://bundle/index.html' }, permission, callback, {
        requestingUrl: 'app://bundle/index.html',
      });
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check?.(null, permission, 'app://bundle'), permission).toBe(false);
    }
  });

  it('allows writing to the clipboard only for the app itself', () => {
    const { request, check } = fakeSession();
    const callback = vi.fn();
    request?.({ getURL: () => '' }, 'clipboard-sanitized-write', callback, {
      requestingUrl: 'app://bundle/',
    });
    expect(callback).toHaveBeenCalledWith(true);
    expect(check?.(null, 'clipboard-sanitized-write', 'https://example.com')).toBe(false);
  });
});

describe('navigation and windows', () => {
  it('prevents navigation away from the app, and redirects', () => {
    const { listeners } = fakeWebContents();
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      listeners[event]?.(away, 'https://example.com/phish');
      expect(away.preventDefault, event).toHaveBeenCalled();
      const inside = { preventDefault: vi.fn() };
      listeners[event]?.(inside, 'app://bundle/index.html');
      expect(inside.preventDefault, event).not.toHaveBeenCalled();
    }
  });

  it('denies every window.open and every <webview>', () => {
    const { listeners, openWindow } = fakeWebContents();
    expect(openWindow('https://example.com')).toEqual({ action: 'deny' });
    expect(openWindow('app://bundle/index.html')).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    listeners['will-attach-webview']?.(attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

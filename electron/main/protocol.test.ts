import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import { handleAppRequest, registerAppScheme, serveAppProtocol } from './protocol';

let base: string;
let rendererDir: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'sla-protocol-'));
  rendererDir = join(base, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>SLA Workbench</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'not for the renderer');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handleAppRequest(rendererDir, new Request(url, { method }));

describe('app:// scheme', () => {
  it('is registered as a privileged standard, secure, fetch-capable scheme (IndexedDB needs it)', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
  });

  it('installs the handler for the app scheme', () => {
    serveAppProtocol(rendererDir);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('app:// handler', () => {
  it('serves index.html with the offline CSP and no eval', async () => {
    const response = await get('app://bundle/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(await response.text()).toContain('SLA Workbench');
  });

  it('sends scripts and styles with their real MIME types (module scripts need them)', async () => {
    expect((await get('app://bundle/assets/index-abc.js')).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    );
    expect((await get('app://bundle/assets/index-abc.css')).headers.get('content-type')).toMatch(
      /^text\/css/,
    );
  });

  it('refuses paths that climb out of the renderer folder', async () => {
    for (const url of [
      'app://bundle/%2e%2e/%2e%2e/etc/passwd',
      'app://bundle/..%2fsecret.txt',
      'app://bundle/assets/..%2f..%2f..%2fsecret.txt',
      'app://bundle/%2e%2e%5csecret.txt',
      'app://bundle/index.html%00.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain('not for the renderer');
    }
    // The URL parser already folds plain `..` segments away; the result must stay inside.
    const folded = await get('app://bundle/../../etc/passwd');
    expect(folded.status).toBe(404);
  });

  it('answers only the app host and only GET/HEAD', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405);
    const head = await get('app://bundle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers a missing file with 404 (the renderer routes by hash, not by path)', async () => {
    expect((await get('app://bundle/assets/missing.js')).status).toBe(404);
    expect((await get('app://bundle/#/deals/42')).status).toBe(200);
  });
});

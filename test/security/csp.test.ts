import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

import { startRendererServer } from '../../electron/launcher/serveRenderer.mjs';
import { handleAppRequest } from '../../electron/main/protocol';

/**
 * Electron security checklist 7 (define a CSP): the renderer gets the same policy three ways — the
 * meta tag in index.html (read by electronegativity and used if a file is ever opened directly),
 * the header of the app:// protocol (Electron) and the header of the browser-mode server. They
 * must agree, and none may allow eval, inline scripts or anything outside the app.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

/** `frame-ancestors` (and a few others) are ignored in a meta tag, so only headers carry them. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

function withoutHeaderOnly(policy: Policy): Policy {
  return new Map([...policy].filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)));
}

function metaPolicy(html: string): string {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) throw new Error('index.html has no CSP meta tag');
  return match[1];
}

let base: string;
let server: Awaited<ReturnType<typeof startRendererServer>>;
const indexHtml = readFileSync(join(root, 'renderer/index.html'), 'utf8');

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'sla-csp-'));
  writeFileSync(join(base, 'index.html'), indexHtml);
  server = await startRendererServer({ rootDir: base, port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

async function headerPolicies(): Promise<{ protocol: string; server: string }> {
  const fromProtocol = await handleAppRequest(base, new Request('app://bundle/index.html'));
  const fromServer = await fetch(`${server.url}index.html`);
  return {
    protocol: fromProtocol.headers.get('content-security-policy') ?? '',
    server: fromServer.headers.get('content-security-policy') ?? '',
  };
}

function expectSafe(policy: Policy, where: string): void {
  const all = [...policy.values()].flat();
  expect(all, where).not.toContain("'unsafe-eval'");
  expect(all, where).not.toContain("'wasm-unsafe-eval'");
  expect(all, where).not.toContain('*');
  // No remote source of any kind: every source is a keyword, 'self', data: or blob:.
  for (const source of all)
    expect(source, `${where}: ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
  expect(policy.get('default-src'), where).toEqual(["'self'"]);
  expect(policy.get('script-src'), where).toEqual(["'self'"]);
  expect(policy.get('connect-src'), where).toEqual(["'self'"]);
  expect(policy.get('object-src'), where).toEqual(["'none'"]);
  expect(policy.get('base-uri'), where).toEqual(["'none'"]);
}

describe('Content Security Policy', () => {
  it('is the same in index.html, the app:// protocol and the browser-mode server', async () => {
    const { protocol, server: fromServer } = await headerPolicies();
    expect(protocol).not.toBe('');
    expect(fromServer).toBe(protocol);
    expect(withoutHeaderOnly(parsePolicy(metaPolicy(indexHtml)))).toEqual(
      withoutHeaderOnly(parsePolicy(protocol)),
    );
  });

  it('allows no eval, no inline or remote script and no connection outside the app', async () => {
    const { protocol, server: fromServer } = await headerPolicies();
    expectSafe(parsePolicy(metaPolicy(indexHtml)), 'index.html');
    expectSafe(parsePolicy(protocol), 'app:// protocol');
    expectSafe(parsePolicy(fromServer), 'browser-mode server');
    expect(parsePolicy(protocol).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is sent with error responses too, so no page of the origin goes without it', async () => {
    const missing = await handleAppRequest(base, new Request('app://bundle/nope.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRendererFile } from './rendererFiles.mjs';
import { startRendererServer } from './serveRenderer.mjs';

let base: string;
let server: Awaited<ReturnType<typeof startRendererServer>>;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'sla-serve-'));
  const rootDir = join(base, 'renderer');
  mkdirSync(join(rootDir, 'assets'), { recursive: true });
  writeFileSync(join(rootDir, 'index.html'), '<!doctype html><title>SLA Workbench</title>');
  writeFileSync(join(rootDir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(rootDir, 'assets', 'editor.worker.mjs'), 'export {};');
  writeFileSync(join(base, 'secret.txt'), 'top secret');
  server = await startRendererServer({ rootDir, port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

/** Raw HTTP, so paths reach the server exactly as written (fetch would normalise `..`). */
function send(path: string, { method = 'GET', host }: { method?: string; host?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path, method, headers: host ? { host } : {} },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves the app with the same CSP as Electron and real MIME types', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('SLA Workbench');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await send('/assets/editor.worker.mjs')).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await send('/assets/app.js?v=2')).status).toBe(200);
  });

  it('refuses to serve anything outside its folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%2fsecret.txt',
    ]) {
      const response = await send(path);
      expect(response.status, path).toBe(403);
      expect(response.body, path).not.toContain('top secret');
    }
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await send('/', { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
    const head = await send('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('ignores requests addressed to another host name (DNS rebinding)', async () => {
    expect((await send('/', { host: 'attacker.example:80' })).status).toBe(421);
    expect((await send('/', { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('answers a missing file with 404', async () => {
    expect((await send('/assets/missing.js')).status).toBe(404);
  });
});

describe('resolveRendererFile', () => {
  it('maps URL paths into the folder and refuses every way out', () => {
    const root = join(base, 'renderer');
    expect(resolveRendererFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveRendererFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    for (const path of [
      '/../../etc/passwd',
      '/a/../../b',
      '/%2e%2e/x',
      '/x%00.js',
      '/%E0%A4%A',
      '/C:%5cWindows',
      '/..',
    ]) {
      expect(resolveRendererFile(root, path), path).toBeNull();
    }
  });
});

import { readFile, stat } from 'node:fs/promises';
import { protocol } from 'electron';
import {
  RENDERER_RESPONSE_HEADERS,
  contentTypeFor,
  resolveRendererFile,
} from '../launcher/rendererFiles.mjs';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * Must run before `app` is ready. `standard` gives the scheme a real origin (so IndexedDB and
 * localStorage work and relative URLs resolve), `secure` makes it a secure context, and
 * `supportFetchAPI` lets the renderer fetch its own assets (DESIGN §8).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer under `app://bundle/`; call after `app` is ready. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(rendererDir, request));
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...RENDERER_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function handleAppRequest(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return textResponse(400, 'Bad request');
  }
  if (url.host !== APP_HOST) return textResponse(404, 'Not found');

  // The renderer routes by URL hash, so every real request names a file of the build.
  const filePath = resolveRendererFile(rendererDir, url.pathname);
  if (filePath === null) return textResponse(403, 'Forbidden');
  if (!(await isFile(filePath))) return textResponse(404, 'Not found');

  const body = await readFile(filePath);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...RENDERER_RESPONSE_HEADERS, 'Content-Type': contentTypeFor(filePath) },
  });
}

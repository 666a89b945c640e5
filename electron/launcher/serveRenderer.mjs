// Serves the built renderer (out/renderer) over HTTP on the loopback interface, for browser mode
// (`npm run web`) and for end-to-end tests:
//   node electron/launcher/serveRenderer.mjs --port 4173 [--root out/renderer]
// Same files, headers and path checks as the Electron app:// protocol (rendererFiles.mjs).
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RENDERER_RESPONSE_HEADERS, contentTypeFor, resolveRendererFile } from './rendererFiles.mjs';

export const LOOPBACK_HOST = '127.0.0.1';

/** @param {string} path */
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [extraHeaders]
 */
function sendText(response, status, text, extraHeaders = {}) {
  response.writeHead(status, {
    ...RENDERER_RESPONSE_HEADERS,
    ...extraHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
  });
  response.end(text);
}

/**
 * Only requests addressed to the loopback name are answered: a web page that rebinds its own
 * DNS name to 127.0.0.1 sends its own name in `Host` and gets nothing.
 * @param {string | undefined} hostHeader
 */
function isLoopbackHost(hostHeader) {
  if (!hostHeader) return false;
  const name = hostHeader.replace(/:\d+$/, '').toLowerCase();
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

/**
 * The request handler on its own, so tests can drive it without a port.
 * @param {string} rootDir folder holding index.html and the built assets
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<void>}
 */
export function createRendererRequestHandler(rootDir) {
  const root = resolve(rootDir);
  return async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        sendText(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
        return;
      }
      if (!isLoopbackHost(request.headers.host)) {
        sendText(response, 421, 'Misdirected request');
        return;
      }
      const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
      if (!rawPath.startsWith('/')) {
        sendText(response, 400, 'Bad request');
        return;
      }
      const filePath = resolveRendererFile(root, rawPath);
      if (filePath === null) {
        sendText(response, 403, 'Forbidden');
        return;
      }
      if (!(await isFile(filePath))) {
        sendText(response, 404, 'Not found');
        return;
      }
      const body = await readFile(filePath);
      response.writeHead(200, {
        ...RENDERER_RESPONSE_HEADERS,
        'Content-Type': contentTypeFor(filePath),
        'Content-Length': String(body.byteLength),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.destroy();
      console.error('[serveRenderer]', error);
    }
  };
}

/**
 * Starts serving `rootDir` on 127.0.0.1. `port: 0` picks a free port.
 * @param {{ rootDir: string; port?: number }} options
 * @returns {Promise<{ url: string; port: number; close: () => Promise<void> }>}
 */
export function startRendererServer({ rootDir, port = 0 }) {
  const handler = createRendererRequestHandler(rootDir);
  const server = createServer((request, response) => void handler(request, response));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK_HOST, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${LOOPBACK_HOST}:${actualPort}/`,
        port: actualPort,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** @param {string[]} argv */
function parseArguments(argv) {
  const repositoryRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  let port = 0;
  let rootDir = resolve(repositoryRoot, 'out/renderer');
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const value = argv[index + 1];
    if (argument === '--port' && value !== undefined) {
      port = Number(value);
      index += 1;
    } else if (argument === '--root' && value !== undefined) {
      rootDir = resolve(value);
      index += 1;
    } else {
      throw new Error(`unknown argument "${argument}" (use --port N and --root DIR)`);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0–65535');
  return { port, rootDir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { port, rootDir } = parseArguments(process.argv.slice(2));
    if (!(await isFile(resolve(rootDir, 'index.html')))) {
      throw new Error(`${rootDir} has no index.html; run "npm run build" first`);
    }
    const { url, close } = await startRendererServer({ rootDir, port });
    console.log(`Serving ${rootDir} at ${url}`);
    const stop = () => void close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`serveRenderer: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

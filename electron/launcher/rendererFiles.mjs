// Plain JavaScript on purpose: the launcher runs with bare Node before anything is built, and the
// Electron main process bundles this same file, so both ways of serving the renderer (the `app://`
// protocol and browser mode's HTTP server) share one policy and one path check.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The renderer's Content Security Policy (DESIGN §5: no network, no remote content, no eval).
 * `style-src 'unsafe-inline'` because React and the editor set inline `style` attributes;
 * `blob:` for workers and for object URLs of exported files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers sent with every renderer file, whichever way it is served. */
export const RENDERER_RESPONSE_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  // The build's file names change with their content except index.html; no-cache keeps it simple
  // and still lets the browser revalidate cheaply from local disk.
  'Cache-Control': 'no-cache',
});

const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
});

/** @param {string} filePath */
export function contentTypeFor(filePath) {
  return (
    MIME_TYPES[/** @type {keyof typeof MIME_TYPES} */ (extname(filePath).toLowerCase())] ??
    'application/octet-stream'
  );
}

/**
 * Maps a URL path to a file inside `rootDir`, or `null` when it would leave the folder (`..`,
 * encoded `%2e%2e%2f`, backslashes, NUL bytes, absolute paths) or cannot be decoded.
 * `/` maps to `index.html`.
 * @param {string} rootDir absolute folder that holds the built renderer
 * @param {string} urlPathname the URL's pathname, still percent-encoded
 * @returns {string | null}
 */
export function resolveRendererFile(rootDir, urlPathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = resolve(rootDir);
  const candidate = resolve(root, relativePath);
  const fromRoot = relative(root, candidate);
  if (
    fromRoot === '' ||
    fromRoot.startsWith('..') ||
    isAbsolute(fromRoot) ||
    fromRoot.split(sep).includes('..')
  ) {
    return null;
  }
  return candidate;
}

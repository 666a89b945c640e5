// `npm start`: build if needed, then run the app in Electron — or, where the Electron runtime is
// missing and cannot be fetched, in browser mode: the built renderer served on 127.0.0.1 and
// shown in an installed Chromium's app window. `npm run web` (--browser) goes to browser mode
// directly. Options: --browser, --port N (browser mode), --fetch-electron (retry a failed download).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStaleReason } from './buildFreshness.mjs';
import {
  browserProfileDirectory,
  chromiumAppArguments,
  findChromium,
  missingDisplayReason,
} from './chromiumBrowser.mjs';
import { findElectronRuntime, installElectronRuntime, recentInstallFailure } from './electronRuntime.mjs';
import { startRendererServer } from './serveRenderer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Browser mode keeps one port: IndexedDB belongs to the origin, and the origin includes the port,
 * so a different port each run would show an empty app. Changing it hides saved data.
 */
const BROWSER_MODE_PORT = 41731;

/** @param {string} message */
function say(message) {
  console.log(`[sla-workbench] ${message}`);
}

function parseOptions(argv) {
  const options = { browser: false, fetchElectron: false, port: BROWSER_MODE_PORT };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--browser') options.browser = true;
    else if (argument === '--fetch-electron') options.fetchElectron = true;
    else if (argument === '--port' && argv[index + 1] !== undefined) {
      options.port = Number(argv[index + 1]);
      index += 1;
    } else {
      console.error(
        `[sla-workbench] unknown option "${argument}" (known: --browser, --port N, --fetch-electron)`,
      );
      process.exit(2);
    }
  }
  return options;
}

function buildIfNeeded() {
  const reason = buildStaleReason(root);
  if (reason === null) return;
  say(`Building (${reason}) …`);
  // npm sets npm_execpath when it runs a script; calling it through this Node avoids a shell.
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], {
        cwd: root,
        stdio: 'inherit',
        shell: process.platform === 'win32',
      });
  if (result.status !== 0) {
    console.error('[sla-workbench] The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

/** @returns {Promise<{ executable: string } | { reason: string }>} */
async function electronRuntime(options) {
  const found = findElectronRuntime(root);
  if (found) return found;
  const failedAt = recentInstallFailure(root);
  if (failedAt !== null && !options.fetchElectron) {
    const minutes = Math.max(1, Math.round((Date.now() - failedAt) / 60_000));
    return {
      reason: `the Electron runtime is not installed and fetching it failed ${minutes} min ago (run "npm start -- --fetch-electron" to try again)`,
    };
  }
  say('The Electron runtime is not installed yet; fetching it once with node_modules/electron/install.js …');
  const result = await installElectronRuntime(root);
  const installed = result.ok ? findElectronRuntime(root) : null;
  if (installed) return installed;
  return {
    reason: `the Electron runtime could not be fetched: ${result.reason ?? 'it is still missing after the installer ran'}`,
  };
}

function runElectron(executable) {
  const args = ['.'];
  // Chromium's sandbox cannot start as root on Linux (containers); the renderer stays isolated by
  // contextIsolation and the preload bridge, but say so rather than hide it.
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    say('Running as root: starting Electron with --no-sandbox.');
    args.push('--no-sandbox');
  }
  say(`Starting Electron (${executable}) …`);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.once('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

async function serve(port) {
  const rootDir = resolve(root, 'out/renderer');
  try {
    return await startRendererServer({ rootDir, port });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    say(
      `Port ${port} is in use; using a free port. Data saved in browser mode on port ${port} is not visible on the other port.`,
    );
    return startRendererServer({ rootDir, port: 0 });
  }
}

async function runBrowserMode(why, port) {
  const { url, close } = await serve(port);
  say(`Browser mode because ${why}.`);
  say(`Serving the app at ${url}`);
  const noWindow = missingDisplayReason();
  const browser = noWindow ? null : findChromium();
  if (browser) {
    const profileDirectory = browserProfileDirectory();
    say(`Opening it in ${browser} (profile: ${profileDirectory}).`);
    const child = spawn(browser, chromiumAppArguments({ url, profileDirectory }), {
      stdio: 'ignore',
      detached: false,
    });
    child.once('error', (error) =>
      say(`Could not start the browser (${error.message}); open ${url} yourself.`),
    );
  } else {
    say(
      `${noWindow ? `Not opening a window: ${noWindow}` : 'No Chrome, Chromium or Edge found'}; open ${url} in a Chromium-based browser.`,
    );
  }
  say('Press Ctrl+C to stop.');
  const stop = () => void close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const options = parseOptions(process.argv.slice(2));
buildIfNeeded();
if (options.browser) {
  await runBrowserMode('it was asked for (--browser)', options.port);
} else {
  const runtime = await electronRuntime(options);
  if ('executable' in runtime) runElectron(runtime.executable);
  else await runBrowserMode(runtime.reason, options.port);
}

// Finds an installed Chromium-family browser and builds the command line that shows the app in
// its own window, for browser mode (`npm run web`, or `npm start` without the Electron runtime).
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const LINUX_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
  'microsoft-edge-stable',
  'microsoft-edge',
  'brave-browser',
];

/**
 * @param {{ platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; exists?: (path: string) => boolean; home?: string }} [options]
 * @returns {string | null}
 */
export function findChromium({
  platform = process.platform,
  env = process.env,
  exists = existsSync,
  home = homedir(),
} = {}) {
  /** @type {string[]} */
  const candidates = [];
  // An explicit choice wins; CHROME_PATH is what other tools (Lighthouse, Puppeteer) already read.
  for (const variable of ['SLA_WORKBENCH_BROWSER', 'CHROME_PATH']) {
    if (env[variable]) candidates.push(env[variable]);
  }
  if (platform === 'darwin') {
    for (const base of ['/Applications', join(home, 'Applications')]) {
      candidates.push(
        join(base, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
        join(base, 'Chromium.app/Contents/MacOS/Chromium'),
        join(base, 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'),
        join(base, 'Brave Browser.app/Contents/MacOS/Brave Browser'),
      );
    }
  } else if (platform === 'win32') {
    for (const base of [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']]) {
      if (!base) continue;
      candidates.push(
        join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(base, 'Chromium', 'Application', 'chrome.exe'),
        join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        join(base, 'BraveSoftware', 'Brave-Browser', 'Application', 'brave.exe'),
      );
    }
  } else {
    const pathDirectories = (env.PATH ?? '').split(delimiter).filter(Boolean);
    for (const name of LINUX_NAMES) {
      for (const directory of pathDirectories) candidates.push(join(directory, name));
    }
    candidates.push('/snap/bin/chromium');
  }
  return candidates.find((candidate) => exists(candidate)) ?? null;
}

/**
 * Browser mode keeps its own profile next to the Electron app's data, so the IndexedDB of
 * browser mode survives restarts and never mixes with the user's everyday browser profile.
 * @param {{ platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; home?: string }} [options]
 */
export function browserProfileDirectory({
  platform = process.platform,
  env = process.env,
  home = homedir(),
} = {}) {
  let appData;
  if (platform === 'darwin') appData = join(home, 'Library', 'Application Support');
  else if (platform === 'win32') appData = env.APPDATA ?? join(home, 'AppData', 'Roaming');
  else appData = env.XDG_CONFIG_HOME ?? join(home, '.config');
  return join(appData, 'SLA Workbench', 'Browser Mode');
}

/**
 * @param {{ url: string; profileDirectory: string; platform?: NodeJS.Platform; isRoot?: boolean }} options
 * @returns {string[]}
 */
export function chromiumAppArguments({
  url,
  profileDirectory,
  platform = process.platform,
  isRoot = process.getuid?.() === 0,
}) {
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profileDirectory}`,
    '--no-first-run',
    '--no-default-browser-check',
    // The app is offline by design; these stop the browser's own background traffic too.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Chromium refuses to start as root on Linux with its sandbox on (containers, CI).
  if (platform === 'linux' && isRoot) args.push('--no-sandbox');
  return args;
}

/**
 * @param {{ platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv }} [options]
 * @returns {string | null} why no window can be shown, or null when one can
 */
export function missingDisplayReason({ platform = process.platform, env = process.env } = {}) {
  if (platform !== 'linux') return null;
  return env.DISPLAY || env.WAYLAND_DISPLAY
    ? null
    : 'no graphical display (DISPLAY and WAYLAND_DISPLAY are unset)';
}

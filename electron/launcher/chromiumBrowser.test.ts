import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserProfileDirectory,
  chromiumAppArguments,
  findChromium,
  missingDisplayReason,
} from './chromiumBrowser.mjs';

describe('chromium app window', () => {
  it('opens the URL as an app window with its own persistent profile and no background traffic', () => {
    const args = chromiumAppArguments({
      url: 'http://127.0.0.1:41731/',
      profileDirectory: '/home/u/.config/SLA Workbench/Browser Mode',
      platform: 'linux',
      isRoot: false,
    });
    expect(args).toEqual(
      expect.arrayContaining([
        '--app=http://127.0.0.1:41731/',
        '--user-data-dir=/home/u/.config/SLA Workbench/Browser Mode',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ]),
    );
    expect(args).not.toContain('--no-sandbox');
  });

  it('drops the sandbox only for root on Linux, where Chromium would refuse to start', () => {
    const base = { url: 'http://127.0.0.1:1/', profileDirectory: '/p' };
    expect(chromiumAppArguments({ ...base, platform: 'linux', isRoot: true })).toContain('--no-sandbox');
    expect(chromiumAppArguments({ ...base, platform: 'darwin', isRoot: true })).not.toContain('--no-sandbox');
  });

  it('keeps the profile under the OS app-data folder, beside the Electron data', () => {
    expect(browserProfileDirectory({ platform: 'linux', env: {}, home: '/home/u' })).toBe(
      join('/home/u/.config', 'SLA Workbench', 'Browser Mode'),
    );
    expect(browserProfileDirectory({ platform: 'darwin', env: {}, home: '/Users/u' })).toBe(
      join('/Users/u/Library/Application Support', 'SLA Workbench', 'Browser Mode'),
    );
  });

  it('finds Chromium on the PATH, preferring an explicit choice', () => {
    const installed = new Set(['/usr/bin/chromium', '/opt/chrome/chrome']);
    const exists = (path: string) => installed.has(path);
    expect(findChromium({ platform: 'linux', env: { PATH: '/usr/local/bin:/usr/bin' }, exists })).toBe(
      '/usr/bin/chromium',
    );
    expect(
      findChromium({
        platform: 'linux',
        env: { PATH: '/usr/bin', CHROME_PATH: '/opt/chrome/chrome' },
        exists,
      }),
    ).toBe('/opt/chrome/chrome');
    expect(findChromium({ platform: 'linux', env: { PATH: '/nowhere' }, exists })).toBeNull();
  });

  it('knows when there is no display to open a window on', () => {
    expect(missingDisplayReason({ platform: 'linux', env: {} })).toMatch(/no graphical display/);
    expect(missingDisplayReason({ platform: 'linux', env: { DISPLAY: ':0' } })).toBeNull();
    expect(missingDisplayReason({ platform: 'win32', env: {} })).toBeNull();
  });
});

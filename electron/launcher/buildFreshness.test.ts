import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_OUTPUTS, buildStaleReason } from './buildFreshness.mjs';

let root: string;

function write(path: string, secondsAgo: number) {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, '');
  const time = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(full, time, time);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sla-fresh-'));
  write('package.json', 600);
  write('shared/model/term.ts', 600);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm start rebuild check', () => {
  it('builds when out/ is missing', () => {
    expect(buildStaleReason(root)).toBe('out/main/index.js is missing');
  });

  it('skips the build when every output is newer than every source', () => {
    for (const output of BUILD_OUTPUTS) write(output, 60);
    expect(buildStaleReason(root)).toBeNull();
  });

  it('rebuilds after a source edit, naming the file', () => {
    for (const output of BUILD_OUTPUTS) write(output, 60);
    write('renderer/src/App.tsx', 1);
    expect(buildStaleReason(root)).toBe(join('renderer', 'src', 'App.tsx') + ' changed after the last build');
  });

  it('does not rebuild for an edited test', () => {
    for (const output of BUILD_OUTPUTS) write(output, 60);
    write('shared/model/term.test.ts', 1);
    expect(buildStaleReason(root)).toBeNull();
  });
});

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const checklist = readFileSync(join(root, 'test/security/CHECKLIST.md'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|js)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe('security checklist (test/security/CHECKLIST.md)', () => {
  it('covers all twenty recommendations, each with a test', () => {
    const rows = checklist.split('\n').filter((line) => /^\|\s*\d+\s*\|/.test(line));
    expect(rows.map((row) => Number(/^\|\s*(\d+)\s*\|/.exec(row)?.[1]))).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    );
    for (const row of rows) expect(row, row).toMatch(/\.(test|spec)\.ts`/);
  });

  it('names only test files that exist', () => {
    const named = [...checklist.matchAll(/`([\w./-]+\.(?:test|spec)\.ts)`/g)].map((match) => match[1] ?? '');
    expect(named.length).toBeGreaterThan(10);
    for (const path of new Set(named)) {
      const candidates = [path, join('test/security', path), join('electron/main', path)];
      expect(
        candidates.some((candidate) => existsSync(join(root, candidate))),
        path,
      ).toBe(true);
    }
  });

  it('main and preload never call shell.openExternal (checklist 15)', () => {
    const callers = sourceFiles(join(root, 'electron'))
      .filter((path) => /\bopenExternal\s*\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(callers).toEqual([]);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

describe('README gallery (issue 12 §8)', () => {
  it('shows only pictures the accessibility e2e run takes from the real app', () => {
    const shown = [...read('README.md').matchAll(/!\[[^\]]*\]\(assets\/screenshots\/([\w-]+)\.png\)/g)].map(
      (match) => match[1],
    );
    const taken = [
      ...read('test/e2e/accessibility.spec.ts').matchAll(/gallery\(page, scheme, '([\w-]+)'\)/g),
    ].map((match) => match[1]);
    expect(shown.length).toBeGreaterThanOrEqual(6);
    expect(taken).toEqual(expect.arrayContaining(shown));
    for (const name of shown) expect(existsSync(`${root}assets/screenshots/${name}.png`), name).toBe(true);
  });
});

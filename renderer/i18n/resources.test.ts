import { describe, expect, it } from 'vitest';
import { resources } from './resources';

/** Every dotted key path of a nested resource object. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('UI resources', () => {
  it('have the same keys in German and English, so no label falls back to the other language', () => {
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      expect(keyPaths(resources.de[ns]).sort(), ns).toEqual(keyPaths(resources.en[ns]).sort());
    }
  });

  it('have a non-empty text for every key, with the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      const get = (root: unknown, path: string) =>
        path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
      for (const path of keyPaths(resources.en[ns])) {
        if (path === '') continue; // an empty namespace (not yet filled)
        const en = get(resources.en[ns], path);
        const de = get(resources.de[ns], path);
        expect(typeof de, `${ns}:${path}`).toBe('string');
        expect((de as string).trim().length, `${ns}:${path}`).toBeGreaterThan(0);
        expect(placeholders(de as string), `${ns}:${path}`).toEqual(placeholders(en as string));
      }
    }
  });
});

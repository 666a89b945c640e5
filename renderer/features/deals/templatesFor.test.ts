import { describe, expect, it } from 'vitest';
import type { Template } from '../../../shared/model';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import { templatesFor } from './templatesFor';

const own: Template = {
  ...BUILT_IN_TEMPLATES.find((t) => t.tier === 'business' && t.language === 'de')!,
  id: 'own-1',
  name: 'Business Logistik',
  builtIn: false,
};
const all = [...BUILT_IN_TEMPLATES, own];

describe('templatesFor', () => {
  it('offers the built-in template of the chosen tier and language', () => {
    const offered = templatesFor(all, 'business', 'de');
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((t) => t.builtIn && t.tier === 'business' && t.language === 'de')).toBe(true);
  });

  it('lists own templates under "own", whatever tier they were copied from', () => {
    expect(templatesFor(all, 'own', 'de').map((t) => t.id)).toEqual(['own-1']);
    expect(templatesFor(all, 'own', 'en')).toEqual([]);
  });

  it('offers every built-in tier in both languages', () => {
    for (const tier of ['basic', 'business', 'premium'] as const)
      for (const language of ['de', 'en'] as const)
        expect(templatesFor(all, tier, language), `${tier}/${language}`).toHaveLength(1);
  });
});

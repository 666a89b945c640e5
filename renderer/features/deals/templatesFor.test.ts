import { describe, expect, it } from 'vitest';
import { TEMPLATE_FAMILIES, type Template } from '../../../shared/model';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import { templatesFor } from './templatesFor';

const businessDe = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-de')!;
const hostingDe = BUILT_IN_TEMPLATES.find((t) => t.id === 'hosting-premium-de')!;
const own: Template = {
  ...businessDe,
  id: 'own-1',
  name: 'Business Logistik',
  builtIn: false,
  basedOn: { id: businessDe.id, version: businessDe.version },
};
const ownHosting: Template = { ...hostingDe, id: 'own-2', name: 'Rechenzentrum Nord', builtIn: false };
/** An own copy of an own copy, stored before templates carried their family. */
const { family: _family, ...withoutFamily } = businessDe;
const ownUnknown: Template = {
  ...withoutFamily,
  id: 'own-3',
  name: 'Alte Vorlage',
  builtIn: false,
  basedOn: { id: 'own-0', version: 2 },
};
const all = [...BUILT_IN_TEMPLATES, own, ownHosting, ownUnknown];

describe('templatesFor', () => {
  it('offers the one built-in template of the chosen family, tier and language', () => {
    for (const family of TEMPLATE_FAMILIES)
      for (const tier of ['basic', 'business', 'premium'] as const)
        for (const language of ['de', 'en'] as const) {
          const offered = templatesFor(all, family, tier, language);
          expect(
            offered.map((t) => t.id),
            `${family}/${tier}/${language}`,
          ).toEqual([`${family}-${tier}-${language}`]);
        }
  });

  it('lists own templates under "own" in the family they were copied from, whatever their tier', () => {
    expect(templatesFor(all, 'managed-it', 'own', 'de').map((t) => t.id)).toEqual(['own-1', 'own-3']);
    expect(templatesFor(all, 'hosting', 'own', 'de').map((t) => t.id)).toEqual(['own-2', 'own-3']);
    expect(templatesFor(all, 'saas', 'own', 'de').map((t) => t.id)).toEqual(['own-3']);
    expect(templatesFor(all, 'managed-it', 'own', 'en')).toEqual([]);
  });

  it('offers no retired template: deals that have one keep it, new deals cannot start from it', () => {
    const retired: Template = {
      ...own,
      id: 'own-4',
      status: 'retired',
      retiredAt: '2026-11-30T12:00:00.000Z',
    };
    const reactivated: Template = { ...own, id: 'own-5', status: 'active' };
    const offered = templatesFor([...all, retired, reactivated], 'managed-it', 'own', 'de');
    expect(offered.map((t) => t.id)).toEqual(['own-1', 'own-3', 'own-5']);
  });

  it('never offers an own template as a built-in tier', () => {
    expect(templatesFor(all, 'managed-it', 'business', 'de').every((t) => t.builtIn)).toBe(true);
  });
});

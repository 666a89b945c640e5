import { describe, expect, it } from 'vitest';
import type { Template } from '../../../shared/model';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import { orderTemplates } from './orderTemplates';

const source = BUILT_IN_TEMPLATES.find((t) => t.id === 'saas-premium-en')!;
const ownSaas: Template = {
  ...source,
  id: 'own-saas',
  name: 'SaaS Kliniken',
  builtIn: false,
  tier: 'custom',
};
const { family: _family, ...withoutFamily } = source;
const ownUnknown: Template = { ...withoutFamily, id: 'own-old', name: 'Alt', builtIn: false };
// Shuffled the way a database might return them.
const all = [ownUnknown, ownSaas, ...[...BUILT_IN_TEMPLATES].reverse()];

describe('orderTemplates', () => {
  it('lists family by family, built-ins by tier and language, own copies after their family', () => {
    const ids = orderTemplates(all, 'all', 'de').map((t) => t.id);
    expect(ids.slice(0, 6)).toEqual([
      'managed-it-basic-de',
      'managed-it-basic-en',
      'managed-it-business-de',
      'managed-it-business-en',
      'managed-it-premium-de',
      'managed-it-premium-en',
    ]);
    expect(ids.indexOf('hosting-basic-de')).toBe(6);
    expect(ids.indexOf('own-saas')).toBe(ids.indexOf('saas-premium-en') + 1);
    expect(ids.at(-1)).toBe('own-old');
    expect(ids).toHaveLength(all.length);
  });

  it('shows one family, and own templates whose family is unknown', () => {
    const ids = orderTemplates(all, 'saas', 'en').map((t) => t.id);
    expect(ids).toHaveLength(6 + 2);
    expect(ids.every((id) => id.startsWith('saas-') || id.startsWith('own-'))).toBe(true);
    expect(orderTemplates(all, 'hosting', 'en').map((t) => t.id)).not.toContain('own-saas');
  });
});

import { describe, expect, it } from 'vitest';
import { findBuiltInTemplate } from './builtInTemplates';
import { templateFamilyOf } from './templateFamilyOf';

describe('templateFamilyOf', () => {
  const builtIn = findBuiltInTemplate('hosting-business-de')!;

  it('keeps the family of a copy, and derives it for copies stored before families existed', () => {
    const copy = { ...builtIn, id: 'own-1', builtIn: false, basedOn: { id: builtIn.id, version: 1 } };
    expect(templateFamilyOf(copy)).toBe('hosting');
    const { family: _family, ...legacy } = copy;
    expect(templateFamilyOf(legacy)).toBe('hosting');
    expect(templateFamilyOf({ ...legacy, basedOn: { id: 'managed-it-basic-en', version: 1 } })).toBe(
      'managed-it',
    );
  });

  it('knows no family for an own template copied from another own template before families existed', () => {
    const { family: _family, ...legacy } = builtIn;
    expect(
      templateFamilyOf({ ...legacy, id: 'own-2', builtIn: false, basedOn: { id: 'own-1', version: 3 } }),
    ).toBeUndefined();
    expect(templateFamilyOf({ ...legacy, id: 'service-desk-like', builtIn: false })).toBeUndefined();
  });
});

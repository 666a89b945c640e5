import { describe, expect, it } from 'vitest';
import type { Template } from '../model/template';
import { offeredForNewDeals, templateLifecycle, templateStatusOf, withStatusOf } from './templateLifecycle';

const own = { builtIn: false } as const;

describe('templateLifecycle', () => {
  it('lets an own template no deal uses be retired or deleted', () => {
    expect(templateLifecycle(own, 0)).toEqual({
      status: 'active',
      retire: { allowed: true },
      reactivate: { allowed: false, reason: 'templateNotRetired' },
      delete: { allowed: true },
      dealsUsing: 0,
    });
  });

  it('allows only retiring while a deal uses it, whatever its status', () => {
    const active = templateLifecycle(own, 3);
    expect(active.retire).toEqual({ allowed: true });
    expect(active.delete).toEqual({ allowed: false, reason: 'templateInUse' });
    const retired = templateLifecycle({ ...own, status: 'retired' }, 1);
    expect(retired.reactivate).toEqual({ allowed: true });
    expect(retired.retire).toEqual({ allowed: false, reason: 'templateRetiredAlready' });
    expect(retired.delete).toEqual({ allowed: false, reason: 'templateInUse' });
  });

  it('lets a retired template nobody uses be deleted or reactivated', () => {
    const retired = templateLifecycle({ ...own, status: 'retired' }, 0);
    expect(retired.delete).toEqual({ allowed: true });
    expect(retired.reactivate).toEqual({ allowed: true });
  });

  it('refuses every action on a built-in, used or not', () => {
    for (const deals of [0, 5]) {
      const builtIn = templateLifecycle({ builtIn: true }, deals);
      for (const verdict of [builtIn.retire, builtIn.reactivate, builtIn.delete])
        expect(verdict).toEqual({ allowed: false, reason: 'builtInTemplateLifecycle' });
    }
  });
});

describe('template status', () => {
  it('is active when a record has none (stored before templates could be retired)', () => {
    expect(templateStatusOf({})).toBe('active');
    expect(offeredForNewDeals({})).toBe(true);
    expect(offeredForNewDeals({ status: 'active' })).toBe(true);
    expect(offeredForNewDeals({ status: 'retired' })).toBe(false);
  });

  it('is copied from what is stored, never from where the content came from', () => {
    type Versioned = Pick<Template, 'name' | 'status' | 'retiredAt'>;
    const fromPack: Versioned = { name: 'x', status: 'retired', retiredAt: '2026-01-01T00:00:00.000Z' };
    const plain: Versioned = { name: 'x' };
    expect(withStatusOf(fromPack, undefined)).toEqual({ name: 'x' });
    expect(withStatusOf(plain, { status: 'retired', retiredAt: '2026-02-01T00:00:00.000Z' })).toEqual({
      name: 'x',
      status: 'retired',
      retiredAt: '2026-02-01T00:00:00.000Z',
    });
    expect(withStatusOf(fromPack, { status: 'active' })).toEqual({ name: 'x', status: 'active' });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deal } from '../../shared/model';
import { openSlaDatabase } from './openSlaDatabase';
import type { SlaDatabase } from './SlaDatabase';
import { sampleTemplate } from './testing/sampleTemplate';
import { ValidationError } from './ValidationError';

let db: SlaDatabase;
beforeEach(async () => {
  db = await openSlaDatabase(`validate-writes-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

const deal: Deal = {
  id: 'd1',
  title: 'Acme',
  customer: { name: 'Acme GmbH', contacts: [] },
  tier: 'business',
  language: 'de',
  currency: 'EUR',
  status: 'drafting',
  template: { id: 'sample-business', version: 1, name: 'Sample' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('every write is checked against its schema', () => {
  it('refuses an invalid record written past the repositories', async () => {
    await expect(db.deals.put({ ...deal, status: 'lost' as never })).rejects.toBeInstanceOf(ValidationError);
    const template = sampleTemplate();
    (template.document.terms[0] as { value: unknown }).value = 140;
    await expect(db.templates.add(template)).rejects.toThrow(/Availability: a percentage cannot exceed 100/);
    expect(await db.deals.count()).toBe(0);
    expect(await db.templates.count()).toBe(0);
  });

  it('refuses a whole bulk write when one record is invalid', async () => {
    await expect(
      db.deals.bulkAdd([deal, { ...deal, id: 'd2', customer: { name: '', contacts: [] } }]),
    ).rejects.toThrow(/customer name is required/);
    expect(await db.deals.count()).toBe(0);
  });

  it('checks updates by their resulting record', async () => {
    await db.deals.add(deal);
    await expect(db.deals.update('d1', { title: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      db.deals
        .where('id')
        .equals('d1')
        .modify({ currency: 'YEN' as never }),
    ).rejects.toThrow();
    expect(await db.deals.get('d1')).toEqual(deal);
    await db.deals.update('d1', { title: 'Acme 2027' });
    expect((await db.deals.get('d1'))?.title).toBe('Acme 2027');
  });

  it('checks known settings and leaves other keys free', async () => {
    await expect(db.settings.put({ key: 'uiLanguage', value: 'fr' })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      db.settings.put({ key: 'builtInTemplateReviewDates', value: { basic: 'soon' } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await db.settings.put({ key: 'someFeatureFlag', value: { anything: true } });
    expect(await db.settings.count()).toBe(1);
  });

  it('refuses an audit entry with an unknown action', async () => {
    await expect(
      db.audit.add({ at: '2026-01-01T00:00:00.000Z', action: 'deal-hacked' as never }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

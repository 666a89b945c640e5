import { describe, expect, it } from 'vitest';
import { toPlainString } from '../calculators/decimal';
import type { Term } from '../model/term';
import { setTermValue } from '../model/operations';
import { BUILT_IN_TEMPLATES } from '../templates/builtInTemplates';
import { backToBack, DEFAULT_SAFETY_MARGINS, type SupplierFinding } from './backToBack';
import type { SupplierCommitment, SupplierLink } from './supplierPlan';

const business = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-en')!.document;
const premium = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-premium-en')!.document;

function termsWith(values: Record<string, unknown>, doc = business): Term[] {
  let current = doc;
  for (const [id, value] of Object.entries(values)) {
    const next = setTermValue(current, id, value);
    if (!next.ok) throw new Error(next.message);
    current = next.document;
  }
  return current.terms;
}

let ids = 0;
const supplier = (
  name: string,
  figures: Omit<SupplierCommitment, 'id' | 'name'> = {},
): SupplierCommitment => ({
  id: `s${++ids}`,
  name,
  ...figures,
});
const series = (...commitments: SupplierCommitment[]): SupplierLink[] =>
  commitments.map((commitment) => ({ id: `l${++ids}`, commitments: [commitment] }));
const redundant = (...commitments: SupplierCommitment[]): SupplierLink => ({ id: `l${++ids}`, commitments });

const codes = (findings: SupplierFinding[]) => findings.map((finding) => finding.code);
const find = <C extends SupplierFinding['code']>(findings: SupplierFinding[], code: C) =>
  findings.find((finding) => finding.code === code) as Extract<SupplierFinding, { code: C }> | undefined;

describe('back-to-back availability', () => {
  it('flags 99.99 % promised on a chain that backs 99.9 %, naming the suppliers weakest first', () => {
    const links = series(
      supplier('Rechenzentrum Nord', { availability: 99.95 }),
      supplier('Carrier Blau', { availability: 99.95 }),
    );
    const result = backToBack(termsWith({ availability: 99.99 }), links);
    expect(toPlainString(result.composite!)).toBe('99.900025');
    expect(toPlainString(result.allowed!)).toBe('99.850025');
    const flag = find(result.findings, 'availability-unbacked')!;
    expect(flag.severity).toBe('flag');
    expect(flag.suppliers.map((s) => s.name)).toEqual(['Rechenzentrum Nord', 'Carrier Blau']);
  });

  it('names the weakest link when every link alone would do but the product does not', () => {
    const links = series(supplier('DC', { availability: 99.99 }), supplier('ISP', { availability: 99.97 }));
    const flag = find(
      backToBack(termsWith({ availability: 99.92 }), links).findings,
      'availability-unbacked',
    );
    expect(flag?.suppliers.map((s) => s.name)).toEqual(['ISP']);
  });

  it('accepts a promise exactly at the backing minus the margin, and flags one step above', () => {
    const links = series(supplier('DC', { availability: 99.95 }));
    expect(codes(backToBack(termsWith({ availability: 99.9 }), links).findings)).toEqual([]);
    expect(codes(backToBack(termsWith({ availability: 99.9001 }), links).findings)).toEqual([
      'availability-unbacked',
    ]);
  });

  it('counts a redundant pair as up unless both are down', () => {
    const links = [
      ...series(supplier('DC', { availability: 99.99 })),
      redundant(supplier('Carrier A', { availability: 99.5 }), supplier('Carrier B', { availability: 99.5 })),
    ];
    const result = backToBack(termsWith({ availability: 99.9 }), links);
    // 99.99 % × (1 − 0.005²) = 99.98750025 %
    expect(toPlainString(result.composite!)).toBe('99.98750025');
    expect(codes(result.findings)).toEqual([]);
  });

  it('leaves suppliers without an availability out of the chain (a support contract backs response only)', () => {
    const result = backToBack(
      termsWith({}),
      series(supplier('DC', { availability: 99.9 }), supplier('Help desk')),
    );
    expect(toPlainString(result.composite!)).toBe('99.9');
    expect(backToBack(termsWith({}), series(supplier('Help desk'))).composite).toBeNull();
  });

  it('uses the safety margin from the settings', () => {
    const links = series(supplier('DC', { availability: 99.95 }));
    const strict = { ...DEFAULT_SAFETY_MARGINS, availabilityPoints: 0.1 };
    expect(codes(backToBack(termsWith({ availability: 99.9 }), links, strict).findings)).toEqual([
      'availability-unbacked',
    ]);
  });
});

describe('back-to-back response', () => {
  it('flags a P1 response the slowest supplier plus 30 minutes cannot meet, naming it', () => {
    const links = series(
      supplier('Vendor support', { responseTime: { value: 4, unit: 'hours' } }),
      supplier('Carrier', { responseTime: { value: 20, unit: 'minutes' } }),
    );
    const result = backToBack(termsWith({}), links);
    expect(result.responseChain).toEqual({ minutes: { units: 240n, scale: 0 }, supplier: 'Vendor support' });
    const flag = find(result.findings, 'response-unbacked')!;
    expect(flag.termId).toBe('p1_response');
    expect(flag.suppliers.map((s) => s.name)).toEqual(['Vendor support']);
  });

  it('accepts a response exactly 30 minutes faster than our promise', () => {
    const at = series(supplier('Vendor', { responseTime: { value: 30, unit: 'minutes' } }));
    const over = series(supplier('Vendor', { responseTime: { value: 31, unit: 'minutes' } }));
    expect(codes(backToBack(termsWith({}), at).findings)).toEqual([]);
    expect(codes(backToBack(termsWith({}), over).findings)).toEqual(['response-unbacked']);
  });

  it('takes the faster member of a redundant pair', () => {
    const links = [
      redundant(
        supplier('Slow', { responseTime: { value: 8, unit: 'hours' } }),
        supplier('Fast', { responseTime: { value: 15, unit: 'minutes' } }),
      ),
    ];
    expect(codes(backToBack(termsWith({}), links).findings)).toEqual([]);
  });

  it('says when a supplier’s business-day response cannot be compared', () => {
    const links = series(supplier('Vendor', { responseTime: { value: 1, unit: 'business-days' } }));
    expect(find(backToBack(termsWith({}), links).findings, 'response-incomparable')?.suppliers).toEqual([
      'Vendor',
    ]);
  });
});

describe('back-to-back support hours', () => {
  it('flags a supplier whose support hours are narrower than ours', () => {
    const links = series(
      supplier('Vendor', { supportHours: 'weekdays-extended' }),
      supplier('DC', { supportHours: 'always' }),
    );
    const flag = find(backToBack(premium.terms, links).findings, 'support-hours-short');
    expect(flag).toMatchObject({
      needed: 'always',
      suppliers: [{ name: 'Vendor', hours: 'weekdays-extended' }],
    });
    expect(find(backToBack(business.terms, links).findings, 'support-hours-short')).toBeUndefined();
  });
});

describe('margin', () => {
  it('flags a margin below the minimum and computes it from price and all supplier costs', () => {
    const links = [
      ...series(supplier('DC', { monthlyCost: { amount: 3000, currency: 'EUR' } })),
      redundant(
        supplier('Carrier A', { monthlyCost: { amount: 250, currency: 'EUR' } }),
        supplier('Carrier B', { monthlyCost: { amount: 250, currency: 'EUR' } }),
      ),
    ];
    const result = backToBack(business.terms, links);
    expect(toPlainString(result.cost!)).toBe('3500');
    expect(toPlainString(result.marginPercent!)).toBe('16.67');
    expect(find(result.findings, 'margin-low')).toMatchObject({ minimum: 20 });
  });

  it('accepts a margin exactly at the minimum', () => {
    const links = series(supplier('DC', { monthlyCost: { amount: 3360, currency: 'EUR' } }));
    const result = backToBack(business.terms, links);
    expect(toPlainString(result.marginPercent!)).toBe('20');
    expect(codes(result.findings)).toEqual([]);
  });

  it('leaves costs in another currency out and says so', () => {
    const links = series(
      supplier('DC', { monthlyCost: { amount: 1000, currency: 'EUR' } }),
      supplier('SaaS', { monthlyCost: { amount: 100, currency: 'USD' } }),
    );
    const result = backToBack(business.terms, links);
    expect(toPlainString(result.cost!)).toBe('1000');
    expect(find(result.findings, 'cost-currency')?.suppliers).toEqual(['SaaS']);
  });

  it('has nothing to say without suppliers', () => {
    expect(backToBack(business.terms, [])).toMatchObject({
      composite: null,
      responseChain: null,
      findings: [],
    });
  });
});

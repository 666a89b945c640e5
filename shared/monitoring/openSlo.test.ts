import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { exportOpenSlo, openSloName } from './openSlo';
import { templateTerms } from './testing/agreements';

function exported(tier: 'business' | 'premium' = 'business', language: 'de' | 'en' = 'en') {
  const yaml = exportOpenSlo({
    terms: templateTerms(tier, language),
    serviceName: 'Müller Logistik GmbH',
    description: 'Managed IT Services, signed 2026-10-01',
    timeZone: 'Europe/Berlin',
    termStart: '2026-10-15',
  });
  const documents = parseAllDocuments(yaml);
  expect(documents.every((document) => document.errors.length === 0)).toBe(true);
  // The parsed YAML is walked field by field below; any failure there is the finding.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped YAML read back in a test
  return documents.map((document) => document.toJS() as Record<string, any>);
}

describe('OpenSLO v1 export of the signed commitments', () => {
  it('writes a Service, an availability SLO and one response SLO per priority', () => {
    const documents = exported();
    expect(documents.map((d) => [d.apiVersion, d.kind, d.metadata.name])).toEqual([
      ['openslo/v1', 'Service', 'mueller-logistik-gmbh'],
      ['openslo/v1', 'SLO', 'mueller-logistik-gmbh-availability'],
      ['openslo/v1', 'SLO', 'mueller-logistik-gmbh-p1-response'],
      ['openslo/v1', 'SLO', 'mueller-logistik-gmbh-p2-response'],
      ['openslo/v1', 'SLO', 'mueller-logistik-gmbh-p3-response'],
    ]);
  });

  it('puts every SLO on a calendar month in the agreement’s zone', () => {
    for (const slo of exported().slice(1)) {
      expect(slo.spec.service).toBe('mueller-logistik-gmbh');
      expect(slo.spec.timeWindow).toEqual([
        {
          duration: '1M',
          isRolling: false,
          calendar: { startTime: '2026-10-01 00:00:00', timeZone: 'Europe/Berlin' },
        },
      ]);
      expect(['Occurrences', 'Timeslices', 'RatioTimeslices']).toContain(slo.spec.budgetingMethod);
      expect(slo.spec.indicator.metadata.name).toMatch(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/);
      for (const objective of slo.spec.objectives) {
        expect(objective.target).toBeGreaterThanOrEqual(0);
        expect(objective.target).toBeLessThan(1);
      }
    }
  });

  it('carries the signed availability and response targets', () => {
    const [, availability, p1] = exported();
    expect(availability!.spec.budgetingMethod).toBe('Timeslices');
    expect(availability!.spec.objectives).toEqual([
      expect.objectContaining({
        op: 'gte',
        value: 1,
        target: 0.999,
        timeSliceTarget: 1,
        timeSliceWindow: '1m',
      }),
    ]);
    expect(availability!.metadata.annotations['sla-workbench/service-hours']).toBe(
      'Monday to Friday, 07:00 to 20:00',
    );
    expect(p1!.spec.budgetingMethod).toBe('Occurrences');
    expect(p1!.spec.objectives).toEqual([expect.objectContaining({ op: 'lte', value: 60 })]);
    expect(p1!.metadata.annotations['sla-workbench/counted-within-service-hours']).toBe('true');
    expect(p1!.metadata.displayName).toContain('P1 – Critical');
  });

  it('keeps four-digit targets exact and names four priorities for Premium', () => {
    const documents = exported('premium', 'de');
    expect(documents[1]!.spec.objectives[0].target).toBe(0.9995);
    expect(documents.filter((d) => d.metadata.name.endsWith('-response'))).toHaveLength(4);
    expect(documents[2]!.spec.objectives[0].value).toBe(15);
  });

  it('makes RFC 1123 names of any customer name', () => {
    expect(openSloName('Städtische Wärme- & Wasserwerke AG')).toBe('staedtische-waerme-wasserwerke-ag');
    expect(openSloName('—')).toBe('service');
    expect(openSloName('x'.repeat(100))).toHaveLength(63);
  });
});

import { describe, expect, it } from 'vitest';
import { agreementTermsFrom } from './agreementTerms';
import { priorityKey, priorityMatcher } from './priorities';
import { customerPaperDocument, templateTerms } from './testing/agreements';

describe('matching an export’s priority to the agreement', () => {
  const premiumEn = priorityMatcher(templateTerms('premium', 'en').priorities); // P1 – Critical … P4 – Low
  const businessDe = priorityMatcher(templateTerms('business', 'de').priorities); // P1 – Kritisch … P3 – Mittel
  const classes = priorityMatcher(agreementTermsFrom(customerPaperDocument()).priorities); // Klasse A (kritisch) …

  it.each([
    ['P1', 1],
    ['p2', 2],
    ['P1 – Critical', 1],
    ['1 - Critical', 1],
    ['Sev-2', 2],
    ['SEV 3', 3],
    ['Severity 1', 1],
    ['Priority 4', 4],
    ['Critical', 1],
    ['Urgent', 1],
    ['Highest', 1],
    ['high', 2],
    ['Normal', 3],
    ['Medium', 3],
    ['Low', 4],
  ])('%s → level %i (four English priorities)', (value, level) => {
    expect(premiumEn(value)).toBe(level);
  });

  it.each([
    ['Kritisch', 1],
    ['hoch', 2],
    ['Mittel', 3],
    ['Prio 2', 2],
    ['Priorität 3', 3],
    ['2 - High', 2],
  ])('%s → level %i (three German priorities)', (value, level) => {
    expect(businessDe(value)).toBe(level);
  });

  it.each([
    ['Klasse A', 1],
    ['A', 1],
    ['b', 2],
    ['Klasse C (normal)', 3],
    ['kritisch', 1],
    ['1', 1],
  ])('%s → level %i (classes A–C)', (value, level) => {
    expect(classes(value)).toBe(level);
  });

  it('knows nothing of a class the agreement does not have', () => {
    expect(premiumEn('P5')).toBeNull();
    expect(premiumEn('5 - Planning')).toBeNull();
    expect(businessDe('Low')).toBeNull();
    expect(businessDe('P4')).toBeNull();
    expect(classes('Klasse D')).toBeNull();
    expect(premiumEn('whenever')).toBeNull();
    expect(premiumEn('')).toBeNull();
  });

  it('prefers the agreement’s own names over generated ones (P0 is the most urgent there)', () => {
    const match = priorityMatcher([
      { level: 1, name: 'P0 – Outage', aliases: [] },
      { level: 2, name: 'P1 – Degraded', aliases: [] },
    ]);
    expect(match('P0')).toBe(1);
    expect(match('P1')).toBe(2);
  });

  it('reads the class key of a name', () => {
    expect(priorityKey('Severity 1 (Critical)')).toBe('1');
    expect(priorityKey('Klasse A (kritisch)')).toBe('a');
    expect(priorityKey('3 - Moderate')).toBe('3');
    expect(priorityKey('Kritisch')).toBeNull();
  });
});

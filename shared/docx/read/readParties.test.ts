import { describe, expect, it } from 'vitest';
import { readParties } from './readParties';

describe('readParties', () => {
  it.each([
    [
      'Zwischen der Muster GmbH („Anbieter“) und der Kunde AG („Kunde“)',
      { provider: 'Muster GmbH', customer: 'Kunde AG' },
    ],
    [
      'Zwischen der Muster GmbH, Hauptstraße 1, Frankfurt (nachfolgend „Auftragnehmer“ genannt) und dem Kunden Müller & Söhne KG (nachfolgend „Auftraggeber“ genannt).',
      { provider: 'Muster GmbH, Hauptstraße 1, Frankfurt', customer: 'Kunden Müller & Söhne KG' },
    ],
    [
      'This Agreement is made between Alpha Logistics Ltd ("Customer") and Beta Hosting GmbH ("Supplier").',
      { provider: 'Beta Hosting GmbH', customer: 'Alpha Logistics Ltd' },
    ],
    [
      'Between Brightline IT GmbH (“Provider”) and Kessler Logistics AG (“Customer”).',
      { provider: 'Brightline IT GmbH', customer: 'Kessler Logistics AG' },
    ],
    [
      'Between Brightline IT GmbH and Kessler Logistics AG.',
      { provider: 'Brightline IT GmbH', customer: 'Kessler Logistics AG' },
    ],
  ])('reads the parties of "%s", without their articles and roles', (line, parties) => {
    expect(readParties(line)).toEqual(parties);
  });

  it.each([
    'Between 08:00 and 18:00 the service desk is staffed.',
    'The difference between planned and unplanned downtime is set out below.',
    'Availability is measured monthly.',
  ])('does not take "%s" for a parties line', (line) => {
    expect(readParties(line)).toBeNull();
  });
});

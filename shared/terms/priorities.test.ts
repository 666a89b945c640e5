import { describe, expect, it } from 'vitest';
import { buildPriorityScheme, findPriorityLabels } from './priorities';

function labels(text: string) {
  return findPriorityLabels(text).map((m) => [text.slice(m.start, m.end), m.ordinal, m.rank]);
}

describe('priority labels', () => {
  it.each([
    ['Severity 1 (Critical)', 1, 1],
    ['Klasse A (kritisch)', 1, 1],
    ['Priorität 1', 1, undefined],
    ['P1', 1, undefined],
    ['P 2', 2, undefined],
    ['Prio 3: Normal', 3, 3],
    ['Störungsklasse 1', 1, undefined],
    ['Fehlerkategorie II', 2, undefined],
    ['Severity Level 2', 2, undefined],
    ['Sev1', 1, undefined],
    ['Critical (P1)', 1, 1],
    ['P1 – Critical', 1, 1],
    ['Kategorie 4 – niedrig', 4, 4],
  ])('%s', (text, ordinal, rank) => {
    expect(labels(text)).toEqual([[text, ordinal, rank]]);
  });

  it('reads names on their own only where they name a priority', () => {
    expect(labels('critical incidents')).toEqual([['critical', undefined, 1]]);
    expect(labels('Störungen der Priorität „hoch“')).toEqual([['Priorität „hoch“', undefined, 2]]);
    expect(labels('mit hoher Priorität')).toEqual([['hoher', undefined, 2]]);
    expect(findPriorityLabels('High')[0]).toMatchObject({ rank: 2, weak: true });
    for (const text of [
      'high availability',
      'critical systems',
      'Level 1 support',
      '2nd level support',
      'ISO 27001',
      'Schutzklasse II',
      'Class a',
      'Verfügbarkeitsklasse 3',
      'page p. 3',
      'hohe Verfügbarkeit',
    ])
      expect(findPriorityLabels(text), text).toEqual([]);
  });
});

describe('priority levels over a document', () => {
  it('keeps numbers as written, 1 = most urgent', () => {
    const found = findPriorityLabels('Severity 1 (Critical), Severity 2 (High), Severity 3 (Low)');
    const scheme = buildPriorityScheme(found);
    expect(found.map((m) => scheme.levelOf(m))).toEqual([1, 2, 3]);
    expect(scheme.warnings).toEqual([]);
  });

  it('reverses a scheme whose names say 1 is the least urgent, and says so', () => {
    const found = findPriorityLabels(
      'Priority 1 (Low), Priority 2 (Medium), Priority 3 (High), Priority 4 (Critical)',
    );
    const scheme = buildPriorityScheme(found);
    expect(found.map((m) => scheme.levelOf(m))).toEqual([4, 3, 2, 1]);
    expect(scheme.warnings.map((w) => w.code)).toEqual(['priorities-reversed']);
  });

  it('shifts a scheme that starts at 0', () => {
    const found = findPriorityLabels('P0, P1, P2');
    const scheme = buildPriorityScheme(found);
    expect(found.map((m) => scheme.levelOf(m))).toEqual([1, 2, 3]);
  });

  it('orders names alone by urgency among the names the document uses', () => {
    const found = findPriorityLabels('high priority, medium priority, low priority');
    const scheme = buildPriorityScheme(found);
    expect(found.map((m) => scheme.levelOf(m))).toEqual([1, 2, 3]);
  });

  it('maps a name to the numbered label that carries it', () => {
    const found = findPriorityLabels(
      'Severity 1 (Critical); Severity 2 (Major); critical incidents; major incidents',
    );
    const scheme = buildPriorityScheme(found);
    expect(found.map((m) => scheme.levelOf(m))).toEqual([1, 2, 1, 2]);
  });

  it('reads letters as levels: A is the most urgent', () => {
    const found = findPriorityLabels('Klasse A (kritisch), Klasse B (hoch), Klasse C (normal)');
    const scheme = buildPriorityScheme(found);
    expect(found.map((m) => scheme.levelOf(m))).toEqual([1, 2, 3]);
  });
});

import { describe, expect, it } from 'vitest';
import { alignClauses, normalizeHeading } from './alignClauses';
import { clause, para } from './testDocument';
import type { Clause } from '../model/document';

const plain = (c: Clause) =>
  c.body
    .map((b) =>
      b.type === 'paragraph' ? b.content.map((i) => (i.type === 'text' ? i.text : '')).join('') : '',
    )
    .join(' ');
const numbered = (ids: string[]) =>
  ids.map((id) => clause(id, `Heading ${id}`, [para(`Text of clause ${id}.`)]));

describe('alignClauses', () => {
  it('marks only the clauses that moved, not those they jumped over', () => {
    const a = numbered(['a', 'b', 'c', 'd', 'e', 'f']);
    const b = [a[1]!, a[2]!, a[3]!, a[0]!, a[5]!, a[4]!];
    const moved = alignClauses(a, b, plain)
      .pairs.filter((p) => p.moved)
      .map((p) => a[p.a]!.id);
    expect(moved).toHaveLength(2);
    expect(moved).toContain('a');
  });

  it('matches by heading without its number, then by text, then by number', () => {
    const a = [
      clause('x1', 'Service Credits', [para('Credits are paid as a reduction of the next invoice.')]),
      clause('x2', 'Reporting', [para('A report on availability is sent every quarter by email.')]),
      clause('x3', 'Fees', [para('The monthly fee is due on the first working day of each month.')]),
    ];
    const b = [
      clause('y1', '1. service  credits', [para('Something else entirely.')]),
      clause('y2', 'Quarterly report', [para('A report on availability is sent every quarter by post.')]),
      clause('y3', 'Payment', [para('Invoices for the monthly fee are payable within thirty days.')]),
    ];
    const { pairs, inserted, removed } = alignClauses(a, b, plain);
    expect(pairs.map((p) => [p.a, p.b, p.matchedBy])).toEqual([
      [0, 0, 'heading'],
      [1, 1, 'similarity'],
      [2, 2, 'number'],
    ]);
    expect(inserted).toEqual([]);
    expect(removed).toEqual([]);
  });

  it('normalises headings for matching', () => {
    expect(normalizeHeading('§ 3.1 Service   Credits')).toBe('service credits');
    expect(normalizeHeading('4) Haftung')).toBe('haftung');
  });
});

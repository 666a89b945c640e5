import { describe, expect, it } from 'vitest';
import type { SlaDocument } from '../model/document';
import { removeClause, setTermValue, updateClause } from '../model/operations';
import { playbookOf, type PlaybookEntry } from '../playbook/playbook';
import { BUILT_IN_TEMPLATES } from '../templates/builtInTemplates';
import type { ApprovalRecord } from './approvals';
import { approvalStatus, requiredApprovals, termFingerprint } from './requiredApprovals';

const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-en')!;
const base = template.document;

const playbook = playbookOf([
  { termId: 'availability', target: 99.5, fallback: 99.9, walkAway: 99.95, owner: 'technology', note: '' },
  { termId: 'credit_cap', target: 15, fallback: 20, walkAway: 30, owner: 'finance', note: '' },
  {
    termId: 'p1_response',
    target: { value: 60, unit: 'minutes' },
    fallback: { value: 30, unit: 'minutes' },
    walkAway: { value: 15, unit: 'minutes' },
    owner: 'support',
    note: '',
  },
] satisfies PlaybookEntry[]);

function set(doc: SlaDocument, id: string, value: unknown): SlaDocument {
  const next = setTermValue(doc, id, value);
  if (!next.ok) throw new Error(next.message);
  return next.document;
}

const keys = (doc: SlaDocument, baseline: SlaDocument | null = base) =>
  requiredApprovals({ document: doc, baseline, playbook }).map((r) => r.key);

describe('requiredApprovals', () => {
  it('asks nothing for the template as it is', () => {
    expect(keys(base)).toEqual([]);
  });

  it('asks the owner of each term in its limit band', () => {
    const doc = set(set(base, 'availability', 99.95), 'credit_cap', 25);
    expect(keys(doc)).toEqual(['term:availability:technology', 'term:credit_cap:finance']);
    // Fallback needs nobody.
    expect(keys(set(base, 'credit_cap', 20))).toEqual([]);
  });

  it('asks the owner and management for a term beyond the walk-away', () => {
    expect(keys(set(base, 'p1_response', 0.2))).toEqual([
      'term:p1_response:support',
      'term:p1_response:management',
    ]);
  });

  it('asks legal for each legal clause that differs from the baseline', () => {
    const liability = base.clauses.find((c) => c.id === 'liability')!;
    const reworded = updateClause(base, 'liability', { heading: `${liability.heading} and indemnity` });
    expect(keys(reworded)).toEqual(['clause:liability:legal']);
    // The liability cap is shown in the liability clause: a new value is a change of that clause.
    const requirements = requiredApprovals({
      document: set(base, 'liability_cap', 80),
      baseline: base,
      playbook,
    });
    expect(requirements).toMatchObject([{ key: 'clause:liability:legal', change: 'changed' }]);
    // A non-legal clause may change freely.
    expect(keys(updateClause(base, 'reporting', { heading: 'Reports' }))).toEqual([]);
  });

  it('asks legal about a removed legal clause', () => {
    expect(
      requiredApprovals({ document: removeClause(base, 'force-majeure'), baseline: base, playbook }),
    ).toMatchObject([{ key: 'clause:force-majeure:legal', change: 'removed' }]);
  });

  it('does not count moving a clause as a change', () => {
    const moved = { ...base, clauses: [...base.clauses].reverse() };
    expect(keys(moved)).toEqual([]);
  });

  it('compares against nothing when there is no baseline', () => {
    expect(keys(updateClause(base, 'liability', { heading: 'Other' }), null)).toEqual([]);
  });
});

describe('approvalStatus', () => {
  const doc = set(base, 'availability', 99.95);
  const requirements = requiredApprovals({ document: doc, baseline: base, playbook });
  const record = (overrides: Partial<ApprovalRecord>): ApprovalRecord => ({
    id: 'a1',
    dealId: 'd1',
    round: 1,
    requirement: 'term:availability:technology',
    fingerprint: termFingerprint(doc.terms.find((t) => t.id === 'availability')!),
    role: 'technology',
    name: 'Tom Tech',
    decision: 'approve',
    comment: '',
    at: '2026-11-02T10:00:00.000Z',
    ...overrides,
  });

  it('is pending without a record, approved with one', () => {
    expect(approvalStatus(requirements, [], 1)[0]?.state).toBe('pending');
    expect(approvalStatus(requirements, [record({})], 1)[0]?.state).toBe('approved');
  });

  it('lets the newest record decide', () => {
    const later = record({ id: 'a2', decision: 'object', at: '2026-11-02T11:00:00.000Z' });
    expect(approvalStatus(requirements, [record({}), later], 1)[0]).toMatchObject({
      state: 'objected',
      record: later,
    });
  });

  it('does not carry an approval to another value, round or role', () => {
    expect(approvalStatus(requirements, [record({ fingerprint: '99.9' })], 1)[0]?.state).toBe('pending');
    expect(approvalStatus(requirements, [record({})], 2)[0]?.state).toBe('pending');
    expect(approvalStatus(requirements, [record({ role: 'finance' })], 1)[0]?.state).toBe('pending');
  });
});

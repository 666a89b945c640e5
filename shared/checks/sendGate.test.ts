import { describe, expect, it } from 'vitest';
import type { SlaDocument } from '../model/document';
import { removeClause, setTermValue, updateClause } from '../model/operations';
import { EMPTY_PLAYBOOK, playbookOf } from '../playbook/playbook';
import { BUILT_IN_TEMPLATES } from '../templates/builtInTemplates';
import { checklistOf, LEGAL_CHECKLIST } from '../templates/legalChecklist';
import { termFingerprint } from './requiredApprovals';
import { sendGate } from './sendGate';

const base = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-de')!.document;
const playbook = playbookOf([
  { termId: 'availability', target: 99.5, fallback: 99.9, walkAway: 99.95, owner: 'technology', note: '' },
]);

function set(doc: SlaDocument, id: string, value: unknown): SlaDocument {
  const next = setTermValue(doc, id, value);
  if (!next.ok) throw new Error(next.message);
  return next.document;
}

describe('sendGate', () => {
  it('lets a first round of the template go out with no warnings', () => {
    const gate = sendGate({
      document: base,
      lastRound: null,
      templateDocument: base,
      checklist: LEGAL_CHECKLIST,
      playbook,
      approvals: [],
    });
    expect(gate).toMatchObject({ round: 1, requirements: [], warnings: [], blocked: false });
  });

  it('warns when nothing changed since the last round', () => {
    const gate = sendGate({
      document: base,
      lastRound: { number: 2, document: base },
      templateDocument: base,
      checklist: LEGAL_CHECKLIST,
      playbook: EMPTY_PLAYBOOK,
      approvals: [],
    });
    expect(gate.round).toBe(3);
    expect(gate.warnings).toEqual([{ code: 'unchanged', round: 2 }]);
  });

  it('warns about a missing or emptied legal-checklist clause', () => {
    const emptied = updateClause(removeClause(base, 'force-majeure'), 'exclusions', { body: [] });
    const gate = sendGate({
      document: emptied,
      lastRound: null,
      templateDocument: null,
      checklist: LEGAL_CHECKLIST,
      playbook,
      approvals: [],
    });
    expect(gate.warnings).toEqual([{ code: 'essential-missing', kinds: ['exclusions', 'force-majeure'] }]);
  });

  it('holds the round to the checklist of the deal’s template version, not to the whole list', () => {
    const emptied = updateClause(removeClause(base, 'force-majeure'), 'exclusions', { body: [] });
    const gate = sendGate({
      document: emptied,
      lastRound: null,
      templateDocument: null,
      checklist: checklistOf({ checklist: ['exclusions', 'liability'] }),
      playbook,
      approvals: [],
    });
    expect(gate.warnings).toEqual([{ code: 'essential-missing', kinds: ['exclusions'] }]);
  });

  it('warns about a term beyond walk-away and blocks until owner and management approve', () => {
    const doc = set(base, 'availability', 99.99);
    const gate = sendGate({
      document: doc,
      lastRound: null,
      templateDocument: base,
      checklist: LEGAL_CHECKLIST,
      playbook,
      approvals: [],
    });
    expect(gate.warnings).toEqual([{ code: 'beyond', termIds: ['availability'] }]);
    expect(gate.blocked).toBe(true);
    const availability = doc.terms.find((t) => t.id === 'availability')!;
    const approvals = (['technology', 'management'] as const).map((role, index) => ({
      id: `a${index}`,
      dealId: 'd',
      round: 1,
      requirement: `term:availability:${role}`,
      fingerprint: termFingerprint(availability),
      role,
      name: 'Someone',
      decision: 'approve' as const,
      comment: '',
      at: '2026-11-02T10:00:00.000Z',
    }));
    expect(
      sendGate({
        document: doc,
        lastRound: null,
        templateDocument: base,
        checklist: LEGAL_CHECKLIST,
        playbook,
        approvals,
      }).blocked,
    ).toBe(false);
    expect(
      sendGate({
        document: doc,
        lastRound: null,
        templateDocument: base,
        checklist: LEGAL_CHECKLIST,
        playbook,
        approvals: approvals.slice(0, 1),
      }).blocked,
    ).toBe(true);
  });

  it('measures legal changes of a later round against the last round, not the template', () => {
    const theirs = updateClause(base, 'liability', { heading: 'Haftung und Freistellung' });
    const gate = sendGate({
      document: theirs,
      lastRound: { number: 1, document: theirs },
      templateDocument: base,
      checklist: LEGAL_CHECKLIST,
      playbook,
      approvals: [],
    });
    expect(gate.requirements).toEqual([]);
  });
});

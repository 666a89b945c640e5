import { describe, expect, it } from 'vitest';
import type { SlaDocument } from '../model/document';
import { BUILT_IN_TEMPLATES } from './builtInTemplates';
import { LEGAL_CHECKLIST, missingEssentials } from './legalChecklist';

const business = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-en')!.document;

function without(doc: SlaDocument, clauseId: string): SlaDocument {
  return { ...doc, clauses: doc.clauses.filter((clause) => clause.id !== clauseId) };
}

describe('missingEssentials', () => {
  it('finds nothing missing in any built-in template', () => {
    for (const template of BUILT_IN_TEMPLATES) expect(missingEssentials(template.document)).toEqual([]);
  });

  it('reports removed clauses in checklist order', () => {
    const doc = without(without(business, 'data-protection'), 'force-majeure');
    expect(missingEssentials(doc)).toEqual(['force-majeure', 'data-protection']);
  });

  it('flags a credits clause that lost its cap', () => {
    const doc: SlaDocument = {
      ...business,
      clauses: business.clauses.map((clause) =>
        clause.kind === 'service-credits' ? { ...clause, body: clause.body.slice(0, 2) } : clause,
      ),
    };
    expect(missingEssentials(doc)).toEqual(['service-credits']);
  });

  it('does not count an empty placeholder clause', () => {
    const doc: SlaDocument = {
      ...business,
      clauses: business.clauses.map((clause) =>
        clause.kind === 'liability' ? { ...clause, body: [] } : clause,
      ),
    };
    expect(missingEssentials(doc)).toEqual(['liability']);
  });

  it('flags everything for an empty document', () => {
    expect(missingEssentials({ clauses: [] })).toEqual(LEGAL_CHECKLIST.map((item) => item.kind));
  });

  it('labels every item in German and English', () => {
    for (const item of LEGAL_CHECKLIST) {
      expect(item.labels.de).not.toBe('');
      expect(item.labels.en).not.toBe('');
      expect(item.labels.de).not.toBe(item.labels.en);
    }
  });
});

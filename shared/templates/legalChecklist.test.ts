import { describe, expect, it } from 'vitest';
import type { SlaDocument } from '../model/document';
import { ESSENTIAL_CLAUSE_KINDS, Template } from '../model/template';
import { BUILT_IN_TEMPLATES } from './builtInTemplates';
import { checklistOf, LEGAL_CHECKLIST, missingEssentials, storedChecklist } from './legalChecklist';

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

describe('a template’s own checklist', () => {
  const managed = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-en')!;

  it('is every essential for the built-ins and for templates stored before checklists existed', () => {
    expect(LEGAL_CHECKLIST.map((item) => item.kind)).toEqual([...ESSENTIAL_CLAUSE_KINDS]);
    for (const template of BUILT_IN_TEMPLATES) expect(checklistOf(template)).toBe(LEGAL_CHECKLIST);
    expect(checklistOf(null)).toBe(LEGAL_CHECKLIST);
  });

  it('holds deals to the essentials the template version requires, in checklist order', () => {
    const own = { ...managed, checklist: ['data-protection', 'availability'] as const };
    const parsed = Template.parse(own);
    expect(checklistOf(parsed).map((item) => item.kind)).toEqual(['availability', 'data-protection']);
    const doc = without(without(business, 'data-protection'), 'force-majeure');
    // Force majeure is not required by this template: only data protection is missing.
    expect(missingEssentials(doc, checklistOf(parsed))).toEqual(['data-protection']);
    expect(missingEssentials(doc, checklistOf({ checklist: [] }))).toEqual([]);
  });

  it('stores no list when every essential is chosen, and refuses a kind twice', () => {
    expect(storedChecklist(ESSENTIAL_CLAUSE_KINDS)).toBeUndefined();
    expect(storedChecklist(['liability', 'exclusions'])).toEqual(['exclusions', 'liability']);
    expect(Template.safeParse({ ...managed, checklist: ['liability', 'liability'] }).success).toBe(false);
    expect(Template.safeParse({ ...managed, checklist: ['maintenance'] }).success).toBe(false);
  });
});

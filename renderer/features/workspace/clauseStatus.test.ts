import { describe, expect, it } from 'vitest';
import { setTermValue, updateClause, createDealDocument } from '../../../shared/model/operations';
import { findBuiltInTemplate } from '../../../shared/templates/builtInTemplates';
import { clauseStatuses } from './clauseStatus';

const template = findBuiltInTemplate('managed-it-business-de')!;
const fresh = createDealDocument(template, { customerName: 'Kunde AG', providerName: 'Wir GmbH' });

describe('clauseStatuses', () => {
  it('marks nothing in a deal fresh from its template', () => {
    for (const status of clauseStatuses(fresh, template).values())
      expect(status).toEqual({ wordingChanged: false, changedTerms: [] });
  });

  it('marks changed wording and changed term values on the clauses that show them', () => {
    const set = setTermValue(fresh, 'availability', 99.5);
    if (!set.ok) throw new Error(set.message);
    const doc = updateClause(set.document, 'liability', { heading: 'Haftung (geändert)' });
    const statuses = clauseStatuses(doc, template);
    expect(statuses.get('availability')).toEqual({ wordingChanged: false, changedTerms: ['availability'] });
    expect(statuses.get('liability')?.wordingChanged).toBe(true);
    expect(statuses.get('scope')).toEqual({ wordingChanged: false, changedTerms: [] });
  });

  it('marks nothing while the template is not loaded', () => {
    expect(clauseStatuses(fresh, undefined).size).toBe(0);
  });
});

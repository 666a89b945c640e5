import { describe, expect, it } from 'vitest';
import { exportCleanDocx } from '../docx/exportDocx';
import { importDocx } from '../docx/importDocx';
import type { SlaDocument } from '../model/document';
import { computeRedline } from '../redline/computeRedline';
import { BUILT_IN_TEMPLATES } from './builtInTemplates';

const meta = {
  dealName: 'Probe',
  roundLabel: 'Round 1',
  shortHash: 'a1b2c3d4',
  contentHash: 'a1b2c3d4'.repeat(8),
};

/**
 * Every family goes out as a Word file and comes back: a customer who returns our file untouched must
 * see no change in the redline, whatever the family's clauses, lists and tables look like.
 */
describe('built-in templates in Word', () => {
  it('read back from their own Word export with no change, in every family and language', async () => {
    // Basic and premium: the smallest and the largest tables (premium adds P4 and a third credit band).
    for (const template of BUILT_IN_TEMPLATES.filter((t) => t.tier !== 'business')) {
      const doc: SlaDocument = {
        ...structuredClone(template.document),
        parties: { provider: 'Brightline IT GmbH', customer: 'Kessler Logistik AG' },
      };
      const imported = await importDocx(await exportCleanDocx(doc, meta), { reference: doc });
      expect(imported.unmapped, template.id).toEqual([]);
      expect(computeRedline(doc, imported.accepted).changes, template.id).toEqual([]);
    }
  });
});

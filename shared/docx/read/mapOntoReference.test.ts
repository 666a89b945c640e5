import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forEachClauseInline, referencedTermIds, type SlaDocument } from '../../model/document';
import { BUILT_IN_TEMPLATES } from '../../templates/builtInTemplates';
import { exportCleanDocx } from '../exportDocx';
import { importDocx } from '../importDocx';
import { makeDocx, paragraphXml } from '../testing/makeDocx';
import { prepareReference } from './mapOntoReference';
import { ourDocumentFrom } from './ourDocumentFrom';

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../../test/fixtures/libreoffice/${name}`, import.meta.url))),
  );

const meta = { dealName: 'Kessler hosting', roundLabel: 'Round 1', shortHash: 'a1b2c3d4' };

function ourRound(templateId: string): SlaDocument {
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === templateId)!;
  return {
    ...structuredClone(template.document),
    parties: { provider: 'Brightline IT GmbH', customer: 'Kessler Logistics AG' },
  } as SlaDocument;
}

/** Term ids annotated in their document, clause by clause. */
function annotated(doc: SlaDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const clause of doc.clauses) {
    const ids: string[] = [];
    forEachClauseInline(clause, (inline) => {
      if (inline.type === 'term' && !ids.includes(inline.termId)) ids.push(inline.termId);
    });
    out.set(clause.id, ids);
  }
  return out;
}

describe('mapping a file onto our round', () => {
  it.each(BUILT_IN_TEMPLATES.map((t) => t.id))(
    'our own exported round of %s maps every clause and types every term it shows',
    async (id) => {
      const ours = ourRound(id);
      const imported = await importDocx(await exportCleanDocx(ours, meta), { reference: ours });
      expect(imported.unmapped).toEqual([]);
      expect(imported.document.clauses.map((clause) => clause.id)).toEqual(
        ours.clauses.map((clause) => clause.id),
      );
      expect(imported.assessment).toMatchObject({ verdict: 'same', reasons: [] });
      // Every term shown in our clauses is an annotation at the same clause of theirs, with our value.
      const theirs = annotated(imported.document);
      for (const clause of ours.clauses) expect(theirs.get(clause.id)).toEqual(referencedTermIds([clause]));
      const shown = new Set(referencedTermIds(ours.clauses));
      for (const term of ours.terms.filter((t) => shown.has(t.id)))
        expect(imported.document.terms.find((t) => t.id === term.id)).toEqual(term);
      expect(imported.warnings.filter((w) => w.code === 'term-unreadable')).toEqual([]);
    },
  );

  it('the LibreOffice file of our sent round maps every clause and term onto a round built from it', async () => {
    const read = await importDocx(fixture('en-hosting-round1-sent.docx'));
    const ours = ourDocumentFrom(read.document);
    const again = await importDocx(fixture('en-hosting-round1-sent.docx'), { reference: ours });
    expect(again.unmapped).toEqual([]);
    expect(again.document.clauses.map((c) => c.id)).toEqual(ours.clauses.map((c) => c.id));
    expect(annotated(again.document)).toEqual(annotated(read.document));
    expect(again.document.terms).toEqual(ours.terms);
  });

  it('reads a file against a prepared reference, and against one read against before, exactly as against a fresh one', async () => {
    const fresh = () => ourDocumentFrom(structuredClone(read.document));
    const read = await importDocx(fixture('en-hosting-round1-sent.docx'));
    const bytes = fixture('en-hosting-round2-counterparty.docx');
    const expected = await importDocx(bytes, { reference: fresh() });
    const kept = fresh();
    prepareReference(kept);
    expect(await importDocx(bytes, { reference: kept })).toEqual(expected);
    expect(await importDocx(bytes, { reference: kept })).toEqual(expected);
  });

  it('matches headings numbered in any style: "§ 3", "3.", "3 " or none', async () => {
    const ours = ourRound('managed-it-business-en');
    const [scope, definitions, hours, availability] = ours.clauses;
    const text = (clause: (typeof ours.clauses)[number]) =>
      clause.body
        .map((block) =>
          block.type === 'paragraph'
            ? block.content.map((inline) => (inline.type === 'text' ? inline.text : ' ')).join('')
            : '',
        )
        .join(' ');
    const bytes = await makeDocx({
      body: [
        paragraphXml(`§ 1 ${scope!.heading}`, 'Heading1'),
        paragraphXml(text(scope!)),
        paragraphXml(`2. ${definitions!.heading}`, 'Heading1'),
        paragraphXml(text(definitions!)),
        paragraphXml(`3 ${hours!.heading}`, 'Heading1'),
        paragraphXml(text(hours!)),
        paragraphXml(availability!.heading, 'Heading1'),
        paragraphXml('The Provider keeps the Services available for 99.5 % of each calendar month.'),
      ].join(''),
    });
    const imported = await importDocx(bytes, { reference: ours });
    expect(imported.document.clauses.map((c) => [c.label?.text, c.id])).toEqual([
      ['§ 1', 'scope'],
      ['2.', 'definitions'],
      ['3', 'service-hours'],
      [undefined, 'availability'],
    ]);
    expect(imported.document.terms.find((t) => t.id === 'availability')).toMatchObject({ value: 99.5 });
  });

  it('flags a file that looks like another agreement: other parties, most clauses unmatched', async () => {
    const ours = ourRound('managed-it-business-en');
    const bytes = await makeDocx({
      body: [
        paragraphXml('Framework Agreement for Office Cleaning', 'Title'),
        paragraphXml('Between Sparkle Cleaning Ltd ("Supplier") and Oakwood Dental Practice ("Customer").'),
        paragraphXml('1. Cleaning rota', 'Heading1'),
        paragraphXml('Rooms are cleaned every evening after the practice closes.'),
        paragraphXml('2. Materials', 'Heading1'),
        paragraphXml('The Supplier brings its own materials and equipment.'),
        paragraphXml('3. Keys', 'Heading1'),
        paragraphXml('Keys are handed over against a signed receipt.'),
        paragraphXml('4. Invoicing', 'Heading1'),
        paragraphXml('Invoices are sent monthly in arrears.'),
      ].join(''),
    });
    const imported = await importDocx(bytes, { reference: ours });
    expect(imported.assessment).toMatchObject({
      verdict: 'other',
      reasons: ['parties', 'clauses'],
      matchedClauses: 0,
      theirClauses: 4,
      ourClauses: 15,
      theirParties: { provider: 'Sparkle Cleaning Ltd', customer: 'Oakwood Dental Practice' },
    });
  });

  it('an answer with the same parties written a little differently is the same agreement', async () => {
    const ours = ourRound('managed-it-basic-en');
    const exported = await importDocx(await exportCleanDocx(ours, meta));
    const bytes = await makeDocx({
      body:
        paragraphXml('Service Level Agreement') +
        paragraphXml('Between Brightline IT GmbH ("Provider") and Kessler Logistics ("Customer").') +
        exported.document.clauses
          .map(
            (clause) =>
              paragraphXml(`${clause.label?.text ?? ''} ${clause.heading}`, 'Heading1') +
              paragraphXml('Text.'),
          )
          .join(''),
    });
    const imported = await importDocx(bytes, { reference: ours });
    expect(imported.assessment.verdict).toBe('same');
  });

  it('without a reference nothing is judged', async () => {
    const imported = await importDocx(fixture('de-helpdesk-basis.docx'));
    expect(imported.assessment).toEqual({
      verdict: 'unknown',
      reasons: [],
      matchedClauses: 0,
      theirClauses: 0,
      ourClauses: 0,
    });
  });
});

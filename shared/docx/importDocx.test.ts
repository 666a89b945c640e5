import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SlaDocument } from '../model/document';
import { detectSilentEdits } from './detectSilentEdits';
import { importDocx } from './importDocx';
import { makeDocx, paragraphXml } from './testing/makeDocx';

const fixtures = fileURLToPath(new URL('../../test/fixtures/libreoffice/', import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(`${fixtures}${name}`));

function termValue(doc: SlaDocument, id: string) {
  const term = doc.terms.find((t) => t.id === id);
  return term && 'unit' in term ? `${term.value} ${term.unit}` : term?.value;
}

describe('importDocx on the customer fixtures', () => {
  it('reads our sent round: title, parties, numbered clauses, the service-level table and its terms', async () => {
    const { accepted, trackedChanges, comments } = await importDocx(fixture('en-hosting-round1-sent.docx'));
    expect(accepted.title).toBe('Service Level Agreement: Managed Hosting (Business tier)');
    expect(accepted.parties).toEqual({ provider: 'Brightline IT GmbH', customer: 'Kessler Logistics AG' });
    expect(accepted.language).toBe('en');
    expect(accepted.clauses.map((c) => c.heading)).toEqual([
      'Scope',
      'Service hours',
      'Availability',
      'Maintenance windows',
      'Incident response',
      'Service credits',
      'Performance bonus',
      'Reporting',
      'Chronic failure',
      'Review',
      'Liability',
    ]);
    const incident = accepted.clauses.find((c) => c.heading === 'Incident response')!;
    const table = incident.body[0]!;
    expect(table.type === 'table' && table.role).toBe('service-levels');
    expect(table.type === 'table' && table.rows.length).toBe(4);
    expect(termValue(accepted, 'availability_percent_1')).toBe(99.9);
    expect(termValue(accepted, 'incident_response_duration_1')).toBe('30 minutes');
    expect(trackedChanges).toEqual([]);
    expect(comments).toEqual([]);
    expect(SlaDocument.safeParse(accepted).success).toBe(true);
  });

  it("shows exactly the counterparty's tracked changes, silent edits and comment (EXPECTED.json)", async () => {
    const sent = (await importDocx(fixture('en-hosting-round1-sent.docx'))).accepted;
    const received = await importDocx(fixture('en-hosting-round2-counterparty.docx'), { reference: sent });
    const { silentEdits, trackedChanges } = detectSilentEdits(sent, received);

    const summary = (c: { clauseId: string; before: string; after: string }) =>
      `${c.clauseId}: "${c.before.trim()}" -> "${c.after.trim()}"`.replace(/\u00a0/g, ' ');
    expect(trackedChanges.map(summary)).toEqual([
      'availability: "99.9%" -> "99.95%"',
      'maintenance-windows: "5 business days" -> "10 business days"',
      'service-credits: "30%" -> "50%"',
      'chronic-failure: "" -> "The Customer may also terminate if two P1 incidents exceed their resolution target in one month."',
    ]);
    expect(silentEdits.map(summary)).toEqual([
      'incident-response: "30 minutes" -> "15 minutes"',
      'service-credits: "30 days" -> "60 days"',
      'liability: "reasonable and" -> ""',
    ]);

    expect(received.trackedChanges.every((c) => c.author === 'Kessler Logistics (J. Brandt)')).toBe(true);
    expect(received.trackedChanges.filter((c) => c.type === 'insert').map((c) => c.text.trim())).toEqual([
      '99.95',
      '10',
      '50',
      'The Customer may also terminate if two P1 incidents exceed their resolution target in one month.',
    ]);
    expect(received.comments).toEqual([
      expect.objectContaining({
        author: 'Kessler Logistics (J. Brandt)',
        text: 'We cannot accept a bonus payment.',
        clauseId: 'performance-bonus',
      }),
    ]);
    expect(received.unmapped).toEqual([]);
    // Term values are re-read from the text into our term ids.
    expect(termValue(received.accepted, 'availability_percent_1')).toBe(99.95);
    expect(termValue(received.original, 'availability_percent_1')).toBe(99.9);
    expect(termValue(received.accepted, 'incident_response_duration_1')).toBe('15 minutes');
  });

  it('reads the German file: parties, clauses and terms in German number formats', async () => {
    const { accepted } = await importDocx(fixture('de-helpdesk-basis.docx'));
    expect(accepted.language).toBe('de');
    expect(accepted.parties).toEqual({ provider: 'Brightline IT GmbH', customer: 'Müller & Söhne KG' });
    expect(accepted.clauses.map((c) => c.heading)).toEqual([
      'Leistungsumfang',
      'Verfügbarkeit',
      'Reaktionszeiten',
      'Gutschriften',
      'Überprüfung',
    ]);
    expect(accepted.clauses[1]!.kind).toBe('availability');
    expect(termValue(accepted, 'verfugbarkeit_percent_1')).toBe(99.5);
    expect(termValue(accepted, 'reaktionszeiten_duration_1')).toBe('1 hours');
    expect(termValue(accepted, 'reaktionszeiten_duration_3')).toBe('4 hours');
    expect(termValue(accepted, 'reaktionszeiten_duration_4')).toBe('2 business-days');
    expect(termValue(accepted, 'gutschriften_percent_3')).toBe(20);
  });
});

describe('importDocx structure', () => {
  const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
  const styles = `<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>`;
  const bullet = (text: string) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

  it('resolves automatic heading numbers from numbering.xml and reads bullet lists', async () => {
    const bytes = await makeDocx({
      styles,
      numbering,
      body: [
        paragraphXml('Vereinbarung', 'Title'),
        paragraphXml('Leistungen', 'berschrift1'),
        paragraphXml('Der Anbieter erbringt diese Leistungen:'),
        bullet('Betrieb der Server'),
        bullet('Datensicherung'),
        paragraphXml('Servicezeiten', 'berschrift2'),
        paragraphXml('Montag bis Freitag von 8 bis 18 Uhr, Reaktion binnen 4 Stunden.'),
        paragraphXml('Haftung', 'berschrift1'),
        paragraphXml('Die Haftung ist auf 20 % begrenzt.'),
      ].join(''),
    });
    const { accepted } = await importDocx(bytes);
    expect(accepted.title).toBe('Vereinbarung');
    expect(accepted.clauses.map((c) => [c.heading, c.level])).toEqual([
      ['Leistungen', 1],
      ['Servicezeiten', 2],
      ['Haftung', 1],
    ]);
    expect(accepted.clauses[0]!.body[1]).toEqual({
      type: 'list',
      ordered: false,
      items: [
        { content: [{ type: 'text', text: 'Betrieb der Server' }] },
        { content: [{ type: 'text', text: 'Datensicherung' }] },
      ],
    });
    expect(accepted.language).toBe('de');
    expect(termValue(accepted, 'servicezeiten_duration_1')).toBe('4 hours');
  });

  it('keeps the text before tracked edits in `original`, including deleted paragraphs and rows', async () => {
    const change = (tag: 'ins' | 'del', id: number) =>
      `w:id="${id}" w:author="Customer Legal" w:date="2026-11-01T00:00:00Z"`;
    const bytes = await makeDocx({
      body: [
        paragraphXml('1. Availability', 'Heading1'),
        `<w:p><w:r><w:t xml:space="preserve">Available </w:t></w:r><w:del ${change('del', 1)}><w:r><w:delText>99.5 %</w:delText></w:r></w:del><w:ins ${change('ins', 2)}><w:r><w:t>99.9 %</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> of the time.</w:t></w:r></w:p>`,
        `<w:p><w:pPr><w:rPr><w:del ${change('del', 3)}/></w:rPr></w:pPr><w:del ${change('del', 4)}><w:r><w:delText>A paragraph they removed.</w:delText></w:r></w:del></w:p>`,
        `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Priority</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Response</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:ins ${change('ins', 5)}/></w:trPr><w:tc><w:p><w:ins ${change('ins', 6)}><w:r><w:t>P0</w:t></w:r></w:ins></w:p></w:tc><w:tc><w:p><w:ins ${change('ins', 7)}><w:r><w:t>5 minutes</w:t></w:r></w:ins></w:p></w:tc></w:tr></w:tbl>`,
        paragraphXml('2. Liability', 'Heading1'),
        paragraphXml('None.'),
      ].join(''),
    });
    const { accepted, original, trackedChanges } = await importDocx(bytes);
    const text = (doc: SlaDocument) => JSON.stringify(doc.clauses.map((c) => c.body));
    expect(text(accepted)).not.toContain('A paragraph they removed.');
    expect(text(original)).toContain('A paragraph they removed.');
    const acceptedTable = accepted.clauses[0]!.body.find((b) => b.type === 'table');
    const originalTable = original.clauses[0]!.body.find((b) => b.type === 'table');
    expect(acceptedTable?.type === 'table' && acceptedTable.rows.length).toBe(2);
    expect(originalTable?.type === 'table' && originalTable.rows.length).toBe(1);
    expect(termValue(accepted, 'availability_percent_1')).toBe(99.9);
    expect(termValue(original, 'availability_percent_1')).toBe(99.5);
    expect(trackedChanges.map((c) => [c.type, c.text, c.author, c.clauseId])).toEqual([
      ['delete', '99.5 %', 'Customer Legal', 'availability'],
      ['insert', '99.9 %', 'Customer Legal', 'availability'],
      ['delete', 'A paragraph they removed.', 'Customer Legal', 'availability'],
      ['insert', 'P0', 'Customer Legal', 'availability'],
      ['insert', '5 minutes', 'Customer Legal', 'availability'],
    ]);
  });

  it('lists clauses it cannot map onto the reference as new', async () => {
    const sent = (await importDocx(fixture('en-hosting-round1-sent.docx'))).accepted;
    const bytes = await makeDocx({
      body: [
        paragraphXml('1. Availability', 'Heading1'),
        paragraphXml('The Provider keeps the hosting service available for 99,95 % of each calendar month.'),
        paragraphXml('2. Escrow of source code', 'Heading1'),
        paragraphXml('The Provider deposits the source code with an escrow agent.'),
      ].join(''),
    });
    const received = await importDocx(bytes, { reference: sent });
    expect(received.accepted.clauses.map((c) => c.id)).toEqual(['availability', 'escrow-of-source-code']);
    expect(received.unmapped).toEqual(['escrow-of-source-code']);
    expect(termValue(received.accepted, 'availability_percent_1')).toBe(99.95);
  });

  it('keeps a comment with the text it is anchored to and its clause', async () => {
    const bytes = await makeDocx({
      body: [
        paragraphXml('1. Liability', 'Heading1'),
        '<w:p><w:r><w:t xml:space="preserve">Liability is limited to </w:t></w:r><w:commentRangeStart w:id="7"/><w:r><w:t>the annual fee</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r><w:r><w:t>.</w:t></w:r></w:p>',
      ].join(''),
      comments:
        '<w:comment w:id="7" w:author="Kessler Legal" w:initials="KL" w:date="2026-11-21T08:00:00Z"><w:p><w:r><w:t>Too low for us.</w:t></w:r></w:p></w:comment>',
    });
    const { comments } = await importDocx(bytes);
    expect(comments).toEqual([
      {
        id: '7',
        author: 'Kessler Legal',
        initials: 'KL',
        date: '2026-11-21T08:00:00Z',
        text: 'Too low for us.',
        anchorText: 'the annual fee',
        clauseId: 'liability',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { clauseNumbers } from '../../model/numbering';
import type { Block, SlaDocument } from '../../model/document';
import { importDocx } from '../importDocx';
import { makeDocx, paragraphXml, runXml } from '../testing/makeDocx';
import { viewText } from './viewText';

/** Exactly as written (issue 8): the received document keeps their text, numbers and marks. */

const numbering =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
const styles =
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Plain1"><w:name w:val="Plain heading"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>';
const item = (text: string, ilvl = 0) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="2"/></w:numPr></w:pPr>${runXml(text)}</w:p>`;

async function read(body: string) {
  return (await importDocx(await makeDocx({ body, styles, numbering }))).document;
}

const text = (block: Block | undefined) =>
  block?.type === 'paragraph' ? viewText(block.content, 'accepted') : `(${block?.type})`;

describe('a received document as written', () => {
  it('keeps the title and the parties line in front, and reads the parties from it without their articles', async () => {
    const doc = await read(
      paragraphXml('Service-Level-Vereinbarung Helpdesk') +
        `<w:p>${runXml('Zwischen der ')}${runXml('Muster GmbH', '<w:b/>')}${runXml(' („Anbieter“) und der Kunde AG („Kunde“)')}</w:p>` +
        paragraphXml('Leistungen', 'Plain1') +
        paragraphXml('Der Anbieter betreibt den Helpdesk.'),
    );
    expect(doc.title).toBe('Service-Level-Vereinbarung Helpdesk');
    expect(doc.front?.title).toEqual([{ type: 'text', text: 'Service-Level-Vereinbarung Helpdesk' }]);
    expect(doc.front?.parties).toEqual([
      { type: 'text', text: 'Zwischen der ' },
      { type: 'text', text: 'Muster GmbH', marks: ['bold'] },
      { type: 'text', text: ' („Anbieter“) und der Kunde AG („Kunde“)' },
    ]);
    expect(doc.parties).toEqual({ provider: 'Muster GmbH', customer: 'Kunde AG' });
    expect(doc.language).toBe('de');
  });

  it('keeps a typed "§ 3" as the clause label and the heading without it', async () => {
    const doc = await read(
      paragraphXml('§ 3 Verfügbarkeit', 'Plain1') + paragraphXml('Mindestens 99,9 % im Monat.'),
    );
    const [clause] = doc.clauses;
    expect(clause).toMatchObject({
      heading: 'Verfügbarkeit',
      label: { text: '§ 3', auto: false },
      headingContent: [{ type: 'text', text: 'Verfügbarkeit' }],
    });
    expect(clauseNumbers(doc.clauses)).toEqual(['§ 3']);
  });

  it('gives Word’s automatic numbering as computed labels, level by level', async () => {
    const doc = await read(
      paragraphXml('Scope', 'Heading1') +
        paragraphXml('Text.') +
        paragraphXml('Availability', 'Heading1') +
        paragraphXml('Measurement', 'Heading2') +
        paragraphXml('Exclusions', 'Heading2') +
        paragraphXml('Liability', 'Heading1'),
    );
    expect(doc.clauses.map((c) => [c.label, c.level, c.heading])).toEqual([
      [{ text: '1.', auto: true }, 1, 'Scope'],
      [{ text: '2.', auto: true }, 1, 'Availability'],
      [{ text: '2.1', auto: true }, 2, 'Measurement'],
      [{ text: '2.2', auto: true }, 2, 'Exclusions'],
      [{ text: '3.', auto: true }, 1, 'Liability'],
    ]);
  });

  it('keeps list labels and levels as Word numbers them: roman numerals and letters, not re-lettered', async () => {
    const doc = await read(
      paragraphXml('1. Exclusions', 'Plain1') +
        paragraphXml('Not counted as downtime:') +
        item('planned maintenance') +
        item('announced in advance', 1) +
        item('emergency work', 1) +
        item('force majeure') +
        paragraphXml('and nothing else.') +
        item('customer faults'),
    );
    const [intro, list, after, continued] = doc.clauses[0]!.body;
    expect(text(intro)).toBe('Not counted as downtime:');
    expect(list).toEqual({
      type: 'list',
      ordered: true,
      levels: [
        { format: 'lowerRoman', pattern: '(%1)', start: 1 },
        { format: 'upperLetter', pattern: '%2.', start: 1 },
      ],
      items: [
        { content: [{ type: 'text', text: 'planned maintenance' }], label: '(i)' },
        { content: [{ type: 'text', text: 'announced in advance' }], label: 'A.', level: 1 },
        { content: [{ type: 'text', text: 'emergency work' }], label: 'B.', level: 1 },
        { content: [{ type: 'text', text: 'force majeure' }], label: '(ii)' },
      ],
    });
    expect(text(after)).toBe('and nothing else.');
    // The same list continues after the interruption: (iii), not (i) again.
    expect(continued?.type === 'list' && continued.items[0]!.label).toBe('(iii)');
  });

  it('text before the first heading is an unnumbered clause and shifts no number', async () => {
    const doc = await read(
      paragraphXml('Service Level Agreement') +
        paragraphXml('This agreement supplements the framework contract of 1 March 2026.') +
        paragraphXml('1. Scope', 'Plain1') +
        paragraphXml('Hosting.') +
        paragraphXml('2. Availability', 'Plain1'),
    );
    expect(doc.clauses.map((c) => [c.id, c.heading, c.numbered, c.label?.text])).toEqual([
      ['preamble', '', false, undefined],
      ['scope', 'Scope', undefined, '1.'],
      ['availability', 'Availability', undefined, '2.'],
    ]);
    expect(clauseNumbers(doc.clauses)).toEqual(['', '1.', '2.']);
    expect(text(doc.clauses[0]!.body[0])).toBe(
      'This agreement supplements the framework contract of 1 March 2026.',
    );
  });

  it('keeps the characters as written, term annotations included: "99.9 %" stays "99.9 %"', async () => {
    const doc: SlaDocument = await read(
      paragraphXml('3. Availability', 'Plain1') +
        `<w:p>${runXml('At least ')}${runXml('99.9 %', '<w:b/>')}${runXml(' per month, ')}${runXml('measured', '<w:i/>')}${runXml(' at the ')}${runXml('edge', '<w:u w:val="single"/>')}.</w:p>`.replace(
          '.</w:p>',
          `${runXml('.')}</w:p>`,
        ),
    );
    expect(doc.clauses[0]!.body[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'At least ' },
        { type: 'term', termId: 'availability_percent_1', text: '99.9 %', marks: ['bold'] },
        { type: 'text', text: ' per month, ' },
        { type: 'text', text: 'measured', marks: ['italic'] },
        { type: 'text', text: ' at the ' },
        { type: 'text', text: 'edge', marks: ['underline'] },
        { type: 'text', text: '.' },
      ],
    });
    expect(doc.terms).toEqual([
      expect.objectContaining({ id: 'availability_percent_1', kind: 'percent', value: 99.9 }),
    ]);
  });

  it('a deleted tracked "3." and an inserted "4." leave neither number in the heading text', async () => {
    const change = (tag: string, id: number) => `<w:${tag} w:id="${id}" w:author="Them">`;
    const doc = await read(
      `<w:p><w:pPr><w:pStyle w:val="Plain1"/></w:pPr>${change('del', 1)}<w:r><w:delText>3.</w:delText></w:r></w:del>${change('ins', 2)}<w:r><w:t>4.</w:t></w:r></w:ins>${runXml(' Availability')}</w:p>`,
    );
    expect(doc.clauses[0]).toMatchObject({
      heading: 'Availability',
      label: { text: '4.', auto: false },
      headingContent: [{ type: 'text', text: 'Availability' }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { parseXml } from './parseXml';
import { readNumbering, readNumberingDefinitions } from './readNumbering';
import { readStyles } from './readStyles';
import { W_NS } from '../testing/makeDocx';

const level = (ilvl: number, format: string, text: string, start = 1, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

function numbering(inner: string) {
  const root = parseXml(`<w:numbering xmlns:w="${W_NS}">${inner}</w:numbering>`, 'numbering.xml', 64);
  return readNumbering(root, readStyles(null));
}

const labels = (list: ReturnType<typeof numbering>, calls: [string, number][]) =>
  calls.map(([numId, ilvl]) => list.next(numId, ilvl)?.text);

describe('readNumbering', () => {
  it('formats every counter as Word shows it: decimal, letters, roman numerals, patterns and starts', () => {
    const list = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '%2)')}${level(2, 'lowerRoman', '(%3)')}${level(3, 'upperRoman', '%4.')}${level(4, 'upperLetter', '%1.%5', 3)}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect(
      labels(list, [
        ['1', 0],
        ['1', 1],
        ['1', 1],
        ['1', 2],
        ['1', 2],
        ['1', 2],
        ['1', 2],
        ['1', 3],
        ['1', 4],
        ['1', 0],
        ['1', 1],
      ]),
    ).toEqual(['1.', 'a)', 'b)', '(i)', '(ii)', '(iii)', '(iv)', 'I.', '1.C', '2.', 'a)']);
  });

  it('continues a list of the same numbering across interruptions and restarts with a start override', () => {
    const list = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'lowerLetter', '%1)')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    );
    expect(
      labels(list, [
        ['1', 0],
        ['1', 0],
        ['1', 0], // continued after other paragraphs
        ['2', 0], // a new list restarting at a)
        ['2', 0],
        ['1', 0], // the first list's instance continues the shared counter
      ]),
    ).toEqual(['a)', 'b)', 'c)', 'a)', 'b)', 'c)']);
  });

  it('reads LibreOffice lists: a restart instance for the first item, the shared one for the rest', () => {
    const list = numbering(
      `<w:abstractNum w:abstractNumId="3">${level(0, 'decimal', '%1.')}</w:abstractNum>` +
        '<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>' +
        '<w:num w:numId="5"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    );
    expect(
      labels(list, [
        ['5', 0],
        ['4', 0],
        ['4', 0],
      ]),
    ).toEqual(['1.', '2.', '3.']);
  });

  it('gives bullets their character (Symbol font bullets as the bullet a reader sees) and records the levels', () => {
    const list = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '\uf0b7')}${level(1, 'bullet', 'o')}</w:abstractNum>` +
        '<w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>',
    );
    const first = list.next('7', 0);
    expect(first).toMatchObject({ text: '•', bullet: true, format: 'bullet', list: '0' });
    expect(first?.levels).toEqual([
      { format: 'bullet', pattern: '•', start: 1 },
      { format: 'bullet', pattern: 'o', start: 1 },
    ]);
    expect(list.next('7', 1)?.text).toBe('o');
  });

  it('an override level replaces the format; legal numbering shows decimals; numId 0 is no numbering', () => {
    const list = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'upperRoman', '%1.')}${level(1, 'lowerLetter', '%1.%2', 1, '<w:isLgl/>')}</w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${level(0, 'decimal', 'Article %1', 5)}</w:lvlOverride></w:num>`,
    );
    expect(
      labels(list, [
        ['1', 0],
        ['1', 1],
        ['0', 0],
      ]),
    ).toEqual(['Article 5', '5.1', undefined]);
  });

  it('does not advance for a paragraph that is not there once their changes are accepted', () => {
    const list = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    expect(list.next('1', 0)?.text).toBe('1.');
    expect(list.next('1', 0, false)?.text).toBe('2.');
    expect(list.next('1', 0)?.text).toBe('2.');
  });

  it('counts anew in each numbering made from definitions read once (body, clause, note)', () => {
    const root = parseXml(
      `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num></w:numbering>',
      'numbering.xml',
      64,
    );
    const fresh = readNumberingDefinitions(root, readStyles(null));
    const body = fresh();
    expect(
      labels(body, [
        ['1', 0],
        ['1', 0],
      ]),
    ).toEqual(['4.', '5.']);
    // A second numbering starts from the definitions again, and the first one counts on.
    expect(labels(fresh(), [['1', 0]])).toEqual(['4.']);
    expect(labels(body, [['1', 0]])).toEqual(['6.']);
  });
});

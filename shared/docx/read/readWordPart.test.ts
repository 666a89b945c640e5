import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import type { Block, Inline, Origin, SlaDocument, TableCell } from '../../model/document';
import { viewDocument } from '../../model/views';
import { importDocx } from '../importDocx';
import { makeDocx, paragraphXml, runXml, sectPrXml, type MakeDocxOptions } from '../testing/makeDocx';
import { viewText } from './viewText';

/** Every part of a Word file the reader understands, one case each (issue 8: "the whole Word file"). */

const rev = (tag: string, id: number, author = 'Kessler Legal') =>
  `<w:${tag} w:id="${id}" w:author="${author}" w:date="2026-11-20T10:00:00Z">`;
const origin = (type: Origin['type'], id: number, author = 'Kessler Legal'): Origin => ({
  type,
  id: String(id),
  author,
  date: '2026-11-20T10:00:00Z',
});

async function read(body: string, options: Omit<MakeDocxOptions, 'body'> = {}) {
  return importDocx(await makeDocx({ body, ...options }));
}

/** The body of the first clause (after a heading, so nothing becomes the title or a preamble). */
async function firstClause(body: string, options: Omit<MakeDocxOptions, 'body'> = {}) {
  const imported = await read(paragraphXml('1. Availability', 'Heading1') + body, options);
  return { imported, blocks: imported.document.clauses[0]!.body };
}

function paragraphOf(block: Block | undefined): Inline[] {
  if (block?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${block?.type}`);
  return block.content;
}

function plain(doc: SlaDocument): string {
  return JSON.stringify(doc.clauses.map((clause) => clause.body));
}

describe('runs keep where they came from', () => {
  it('tracked insertions and deletions keep their id, author and date; the views are Accept All and Reject All', async () => {
    const { imported, blocks } = await firstClause(
      `<w:p>${runXml('Available ')}${rev('del', 1)}<w:r><w:delText>99.5</w:delText></w:r></w:del>${rev('ins', 2, 'J. Brandt')}<w:r><w:t>99.9</w:t></w:r></w:ins>${runXml(' of the time.')}</w:p>`,
    );
    expect(paragraphOf(blocks[0])).toEqual([
      { type: 'text', text: 'Available ' },
      { type: 'text', text: '99.5', origin: origin('del', 1) },
      { type: 'text', text: '99.9', origin: origin('ins', 2, 'J. Brandt') },
      { type: 'text', text: ' of the time.' },
    ]);
    const accepted = viewDocument(imported.document, 'accepted');
    const original = viewDocument(imported.document, 'original');
    expect(viewText(paragraphOf(accepted.clauses[0]!.body[0]), 'accepted')).toBe(
      'Available 99.9 of the time.',
    );
    expect(viewText(paragraphOf(original.clauses[0]!.body[0]), 'original')).toBe(
      'Available 99.5 of the time.',
    );
  });

  it('moves are kept as moveFrom and moveTo', async () => {
    const { blocks } = await firstClause(
      `<w:p>${rev('moveFrom', 3)}<w:r><w:t>Moved away.</w:t></w:r></w:moveFrom></w:p><w:p>${rev('moveTo', 4)}<w:r><w:t>Moved away.</w:t></w:r></w:moveTo></w:p>`,
    );
    expect(paragraphOf(blocks[0])[0]).toMatchObject({ origin: origin('moveFrom', 3) });
    expect(paragraphOf(blocks[1])[0]).toMatchObject({ origin: origin('moveTo', 4) });
  });

  it('a tracked formatting change keeps the marks from before it', async () => {
    const { blocks } = await firstClause(
      `<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="J. Brandt" w:date="2026-11-20T10:00:00Z"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>thirty days</w:t></w:r></w:p>`,
    );
    expect(paragraphOf(blocks[0])).toEqual([
      {
        type: 'text',
        text: 'thirty days',
        marks: ['bold'],
        formatChange: { id: '5', author: 'J. Brandt', date: '2026-11-20T10:00:00Z', marks: ['italic'] },
      },
    ]);
  });

  it('paragraph marks and table rows keep their tracked insertion or deletion', async () => {
    const { blocks } = await firstClause(
      `<w:p><w:pPr><w:rPr>${rev('ins', 6)}</w:ins></w:rPr></w:pPr>${runXml('Split here')}</w:p>${paragraphXml('and here.')}` +
        `<w:tbl><w:tr><w:tc><w:p>${runXml('Priority')}</w:p></w:tc></w:tr><w:tr><w:trPr>${rev('del', 7)}</w:del></w:trPr><w:tc><w:p>${rev('del', 8)}<w:r><w:delText>P4</w:delText></w:r></w:del></w:p></w:tc></w:tr></w:tbl>`,
    );
    expect(blocks[0]).toMatchObject({ type: 'paragraph', mark: origin('ins', 6) });
    const table = blocks[2];
    expect(table?.type === 'table' && table.rows[1]!.origin).toEqual(origin('del', 7));
  });

  it('text inserted and deleted again in tracked changes is in neither view, and so not in the document', async () => {
    const { blocks } = await firstClause(
      `<w:p>${runXml('Kept. ')}${rev('ins', 1)}${rev('del', 2, 'Other')}<w:r><w:delText>Gone both ways.</w:delText></w:r></w:del></w:ins></w:p>`,
    );
    expect(paragraphOf(blocks[0])).toEqual([{ type: 'text', text: 'Kept. ' }]);
  });

  it('names tracked insertions of single table cells, which are not modelled', async () => {
    const { imported } = await firstClause(
      `<w:tbl><w:tr><w:tc><w:tcPr><w:cellIns w:id="9" w:author="X"/></w:tcPr><w:p>${runXml('new cell')}</w:p></w:tc></w:tr></w:tbl>`,
    );
    expect(imported.warnings).toContainEqual(
      expect.objectContaining({
        code: 'cell-revision',
        params: expect.objectContaining({ revision: 'cellIns', where: 'clause', clause: '1. Availability' }),
      }),
    );
  });
});

describe('marks', () => {
  it('bold, italic, underline, strike, superscript, subscript and hidden, from the run and its character style', async () => {
    const styles =
      '<w:style w:type="character" w:styleId="Emph"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>';
    const { blocks } = await firstClause(
      `<w:p>${runXml('b', '<w:b/>')}${runXml('i', '<w:rStyle w:val="Emph"/>')}${runXml('u', '<w:u w:val="single"/>')}${runXml('n', '<w:u w:val="none"/>')}${runXml('s', '<w:dstrike/>')}${runXml('2', '<w:vertAlign w:val="superscript"/>')}${runXml('x', '<w:vertAlign w:val="subscript"/>')}${runXml('h', '<w:rStyle w:val="Secret"/>')}${runXml('o', '<w:b w:val="0"/>')}</w:p>`,
      { styles },
    );
    expect(
      paragraphOf(blocks[0]).map((inline) => [
        inline.type === 'text' && inline.text,
        inline.type === 'text' && inline.marks,
      ]),
    ).toEqual([
      ['b', ['bold']],
      ['i', ['italic']],
      ['u', ['underline']],
      ['n', undefined],
      ['s', ['strike']],
      ['2', ['superscript']],
      ['x', ['subscript']],
      ['h', ['hidden']],
      ['o', undefined],
    ]);
  });

  it('hidden text through a paragraph style is kept, marked hidden and named in a warning', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Hidden"><w:name w:val="Hidden note"/><w:rPr><w:vanish/></w:rPr></w:style>';
    const { imported, blocks } = await firstClause(paragraphXml('Only for the customer.', 'Hidden'), {
      styles,
    });
    expect(paragraphOf(blocks[0])).toEqual([
      { type: 'text', text: 'Only for the customer.', marks: ['hidden'] },
    ]);
    expect(imported.warnings).toContainEqual(
      expect.objectContaining({
        code: 'hidden-text',
        params: { where: 'clause', clause: '1. Availability' },
      }),
    );
  });

  it('a heading bold through its paragraph style is a heading, and its text carries no extra mark', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong paragraph"/><w:rPr><w:b/></w:rPr></w:style>';
    const imported = await read(
      paragraphXml('Service Level Agreement') +
        paragraphXml('3. Availability', 'Strong') +
        paragraphXml('Text.'),
      { styles },
    );
    expect(imported.document.clauses.map((c) => [c.label?.text, c.heading])).toEqual([
      ['3.', 'Availability'],
    ]);
    expect(imported.document.clauses[0]!.headingContent).toEqual([{ type: 'text', text: 'Availability' }]);
  });
});

describe('tables', () => {
  it('cells hold blocks: several paragraphs, a nested table; spans and merges are kept', async () => {
    const { blocks } = await firstClause(
      `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${paragraphXml('Wide')}</w:tc></w:tr>` +
        `<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${paragraphXml('First line')}${paragraphXml('Second line')}</w:tc>` +
        `<w:tc><w:tbl><w:tr><w:tc>${paragraphXml('inner')}</w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>` +
        `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>${paragraphXml('x')}</w:tc></w:tr></w:tbl>`,
    );
    const table = blocks[0];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows[0]!.cells[0]!.colSpan).toBe(2);
    const cell: TableCell = table.rows[1]!.cells[0]!;
    expect(cell.rowMerge).toBe('restart');
    expect(cell.content.map((block) => viewText(paragraphOf(block), 'accepted'))).toEqual([
      'First line',
      'Second line',
    ]);
    const nested = table.rows[1]!.cells[1]!.content[0];
    expect(nested?.type === 'table' && nested.rows[0]!.cells[0]!.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'inner' }] },
    ]);
    expect(table.rows[2]!.cells[0]).toEqual({ content: [], rowMerge: 'continue' });
  });
});

describe('content controls and alternate content', () => {
  it('reads content controls at block, run, row and cell level', async () => {
    const sdt = (inner: string) =>
      `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const { blocks } = await firstClause(
      sdt(paragraphXml('Block control.')) +
        `<w:p>${runXml('Run ')}${sdt(runXml('control'))}${runXml('.')}</w:p>` +
        `<w:tbl>${sdt(`<w:tr>${sdt(`<w:tc>${paragraphXml('Cell control')}</w:tc>`)}</w:tr>`)}</w:tbl>`,
    );
    expect(viewText(paragraphOf(blocks[0]), 'accepted')).toBe('Block control.');
    expect(viewText(paragraphOf(blocks[1]), 'accepted')).toBe('Run control.');
    const table = blocks[2];
    expect(table?.type === 'table' && table.rows[0]!.cells[0]!.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Cell control' }] },
    ]);
  });

  it('takes mc:Choice when its namespace is understood, mc:Fallback otherwise, never both', async () => {
    const alternate = (requires: string, choice: string, fallback: string) =>
      `<mc:AlternateContent><mc:Choice Requires="${requires}">${paragraphXml(choice)}</mc:Choice><mc:Fallback>${paragraphXml(fallback)}</mc:Fallback></mc:AlternateContent>`;
    const { blocks } = await firstClause(
      alternate('w14', 'Word 2010 form.', 'Old form.') + alternate('x99', 'Unknown form.', 'Fallback form.'),
    );
    expect(blocks.map((block) => viewText(paragraphOf(block), 'accepted'))).toEqual([
      'Word 2010 form.',
      'Fallback form.',
    ]);
  });

  it('reads a text box once, after its paragraph, though both Choice (DrawingML) and Fallback (VML) hold it', async () => {
    const box = (text: string) => `<w:txbxContent>${paragraphXml(text)}</w:txbxContent>`;
    const drawing = `<w:drawing><wp:anchor><wp:extent cx="914400" cy="457200"/><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>${box('Call the service desk.')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const vml = `<w:pict><v:shape style="width:72pt;height:36pt"><v:textbox>${box('Call the service desk.')}</v:textbox></v:shape></w:pict>`;
    const { blocks } = await firstClause(
      `<w:p>${runXml('See the box.')}<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>${paragraphXml('After.')}`,
    );
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'See the box.' }] },
      {
        type: 'box',
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Call the service desk.' }] }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'After.' }] },
    ]);
  });

  it('a VML text box alone (Word 2003) is read too', async () => {
    const { blocks } = await firstClause(
      `<w:p><w:r><w:pict><v:rect><v:textbox><w:txbxContent>${paragraphXml('Old box.')}</w:txbxContent></v:textbox></v:rect></w:pict></w:r></w:p>`,
    );
    expect(blocks).toEqual([
      { type: 'box', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Old box.' }] }] },
    ]);
  });
});

describe('fields', () => {
  it('reads the result of complex and simple fields, never the instruction', async () => {
    const { blocks } = await firstClause(
      `<w:p>${runXml('See ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${runXml('clause 4')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${runXml(' and ')}<w:fldSimple w:instr=" PAGE ">${runXml('7')}</w:fldSimple>${runXml('.')}</w:p>` +
        `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${runXml('inner result')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${runXml('Outer result')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    );
    expect(viewText(paragraphOf(blocks[0]), 'accepted')).toBe('See clause 4 and 7.');
    expect(viewText(paragraphOf(blocks[1]), 'accepted')).toBe('Outer result');
  });

  it('a field that never ends does not swallow the rest of the document', async () => {
    const { imported, blocks } = await firstClause(
      `<w:p>${runXml('Before. ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>broken</w:instrText></w:r></w:p>${paragraphXml('After the broken field.')}`,
    );
    expect(blocks.map((block) => viewText(paragraphOf(block), 'accepted'))).toEqual([
      'Before. ',
      'After the broken field.',
    ]);
    expect(imported.warnings).toContainEqual(
      expect.objectContaining({
        code: 'unknown-content',
        params: expect.objectContaining({ element: 'w:fldChar' }),
      }),
    );
  });
});

describe('notes', () => {
  it('footnotes and endnotes are kept at their reference with their blocks; separators are not notes', async () => {
    const { blocks } = await firstClause(
      `<w:p>${runXml('Measured monthly')}<w:r><w:footnoteReference w:id="1"/></w:r>${runXml(' at the edge')}<w:r><w:endnoteReference w:id="2"/></w:r>${runXml('.')}</w:p>`,
      {
        footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${runXml(' Calendar months, CET.')}</w:p></w:footnote>`,
        endnotes: `<w:endnote w:id="2"><w:p>${runXml('See the annex.')}</w:p></w:endnote>`,
      },
    );
    expect(paragraphOf(blocks[0])).toEqual([
      { type: 'text', text: 'Measured monthly' },
      {
        type: 'note',
        note: 'footnote',
        body: [{ type: 'paragraph', content: [{ type: 'text', text: ' Calendar months, CET.' }] }],
      },
      { type: 'text', text: ' at the edge' },
      {
        type: 'note',
        note: 'endnote',
        body: [{ type: 'paragraph', content: [{ type: 'text', text: 'See the annex.' }] }],
      },
      { type: 'text', text: '.' },
    ]);
  });
});

describe('headers and footers', () => {
  it('are read per section and kind, from the sections of paragraphs and of the body', async () => {
    const imported = await read(
      paragraphXml('1. Scope', 'Heading1') +
        `<w:p><w:pPr>${sectPrXml({ headers: { default: 'hdrA', first: 'hdrFirst' } })}</w:pPr>${runXml('Section one.')}</w:p>` +
        paragraphXml('2. Liability', 'Heading1') +
        paragraphXml('Section two.') +
        sectPrXml({ headers: { default: 'hdrB' }, footers: { default: 'ftrB' } }),
      {
        headers: {
          hdrA: paragraphXml('Kessler hosting · Round 2'),
          hdrFirst: paragraphXml('Confidential'),
          hdrB: paragraphXml('Annex'),
        },
        footers: {
          ftrB: `<w:p>${runXml('Page ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${runXml('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
        },
      },
    );
    expect(
      imported.document.pageParts?.map((part) => [
        part.kind,
        part.variant,
        part.section,
        viewText(paragraphOf(part.blocks[0]), 'accepted'),
      ]),
    ).toEqual([
      ['header', 'default', 0, 'Kessler hosting · Round 2'],
      ['header', 'first', 0, 'Confidential'],
      ['header', 'default', 1, 'Annex'],
      ['footer', 'default', 1, 'Page 3'],
    ]);
  });
});

describe('comments', () => {
  it('threads replies, keeps the resolved state and anchors each thread to its clause and text', async () => {
    const imported = await read(
      paragraphXml('1. Liability', 'Heading1') +
        `<w:p>${runXml('Liability is limited to ')}<w:commentRangeStart w:id="1"/><w:commentRangeStart w:id="2"/>${runXml('the annual fee')}<w:commentRangeEnd w:id="1"/><w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="1"/></w:r><w:r><w:commentReference w:id="2"/></w:r>${runXml('.')}</w:p>` +
        paragraphXml('2. Review', 'Heading1') +
        `<w:p>${runXml('Reviewed yearly.')}<w:r><w:commentReference w:id="3"/></w:r></w:p>`,
      {
        comments:
          `<w:comment w:id="1" w:author="Kessler Legal" w:initials="KL" w:date="2026-11-21T08:00:00Z"><w:p w14:paraId="0000000A">${runXml('Too low for us.')}</w:p></w:comment>` +
          `<w:comment w:id="2" w:author="Brightline Sales" w:date="2026-11-21T09:00:00Z"><w:p w14:paraId="0000000B">${runXml('It is our standard.')}</w:p></w:comment>` +
          `<w:comment w:id="3" w:author="Kessler Legal"><w:p w14:paraId="0000000C">${runXml('Twice a year, please.')}</w:p></w:comment>`,
        commentsExtended:
          '<w15:commentEx w15:paraId="0000000A" w15:done="1"/><w15:commentEx w15:paraId="0000000B" w15:paraIdParent="0000000A" w15:done="0"/><w15:commentEx w15:paraId="0000000C" w15:done="0"/>',
      },
    );
    expect(imported.comments).toEqual([
      {
        id: '1',
        author: 'Kessler Legal',
        initials: 'KL',
        date: '2026-11-21T08:00:00Z',
        text: 'Too low for us.',
        anchorText: 'the annual fee',
        clauseId: 'liability',
        resolved: true,
        replies: [
          { id: '2', author: 'Brightline Sales', date: '2026-11-21T09:00:00Z', text: 'It is our standard.' },
        ],
      },
      {
        id: '3',
        author: 'Kessler Legal',
        text: 'Twice a year, please.',
        anchorText: 'Reviewed yearly.',
        clauseId: 'review',
      },
    ]);
  });
});

describe('objects', () => {
  const png = (seed: number) => Uint8Array.from({ length: 64 }, (_, i) => (i * 31 + seed) & 0xff);
  const picture = (relId: string, name: string, cx = 1828800, cy = 914400) =>
    `<w:r><w:drawing><wp:inline><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="1" name="${name}" descr="Network diagram"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

  it('images are objects compared by the SHA-256 of their bytes, with their extent', async () => {
    const { blocks } = await firstClause(
      `<w:p>${picture('img1', 'Picture 1')}${picture('img2', 'Picture 2', 100, 200)}</w:p>`,
      {
        images: { img1: png(1), img2: png(2) },
      },
    );
    expect(paragraphOf(blocks[0])).toEqual([
      {
        type: 'object',
        object: 'image',
        hash: bytesToHex(sha256(png(1))),
        name: 'Picture 1',
        text: 'Network diagram',
        width: 1828800,
        height: 914400,
      },
      {
        type: 'object',
        object: 'image',
        hash: bytesToHex(sha256(png(2))),
        name: 'Picture 2',
        text: 'Network diagram',
        width: 100,
        height: 200,
      },
    ]);
  });

  it('equations are objects compared by their XML; their text is kept for people', async () => {
    const math = (n: string) => `<m:oMath><m:r><m:t>A = ${n} %</m:t></m:r></m:oMath>`;
    const { blocks } = await firstClause(
      `<w:p>${runXml('where ')}${math('99.9')}</w:p><w:p>${math('99.5')}</w:p>`,
    );
    const first = paragraphOf(blocks[0])[1];
    const second = paragraphOf(blocks[1])[0];
    expect(first).toMatchObject({ type: 'object', object: 'equation', text: 'A = 99.9 %' });
    expect(second).toMatchObject({ type: 'object', object: 'equation', text: 'A = 99.5 %' });
    expect(first?.type === 'object' && second?.type === 'object' && first.hash !== second.hash).toBe(true);
  });

  it('charts and embedded spreadsheets are kept as objects and named in a warning with their clause', async () => {
    const chart = `<w:r><w:drawing><wp:inline><wp:extent cx="10" cy="10"/><wp:docPr id="2" name="Chart 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rIdChart"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const ole = `<w:r><w:object><v:shape style="width:100pt;height:50pt"/><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="rIdSheet"/></w:object></w:r>`;
    const { imported, blocks } = await firstClause(`<w:p>${chart}${ole}</w:p>`, {
      extraRelationships:
        '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml"/>' +
        '<Relationship Id="rIdSheet" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="embeddings/sheet1.xlsx"/>',
      extraEntries: {
        'word/charts/chart1.xml': '<c:chartSpace/>',
        'word/embeddings/sheet1.xlsx': 'PK-sheet',
      },
    });
    expect(paragraphOf(blocks[0])).toEqual([
      expect.objectContaining({
        object: 'chart',
        name: 'Chart 1',
        hash: bytesToHex(sha256(new TextEncoder().encode('<c:chartSpace/>'))),
      }),
      expect.objectContaining({ object: 'object', name: 'Excel.Sheet.12', width: 1270000, height: 635000 }),
    ]);
    expect(imported.warnings.map((w) => w.text)).toEqual(
      expect.arrayContaining([
        'A chart in “1. Availability” is compared by its content only, not word by word.',
        'An embedded spreadsheet in “1. Availability” is compared by its content only, not word by word.',
      ]),
    );
  });

  it('an element it does not know keeps its text and is named', async () => {
    const { imported, blocks } = await firstClause(
      `<w:p>${runXml('Known, ')}<x99:wrapper>${runXml('wrapped')}</x99:wrapper></w:p>`,
    );
    expect(viewText(paragraphOf(blocks[0]), 'accepted')).toBe('Known, wrapped');
    expect(imported.warnings).toContainEqual(
      expect.objectContaining({
        code: 'unknown-content',
        params: expect.objectContaining({ element: 'x99:wrapper' }),
      }),
    );
  });
});

describe('whole documents', () => {
  it('no text of the body is lost or doubled across all these parts together', async () => {
    const imported = await read(
      paragraphXml('1. Scope', 'Heading1') +
        paragraphXml('One.') +
        paragraphXml('2. Review', 'Heading1') +
        paragraphXml('Two.'),
    );
    expect(plain(imported.document)).toBe(
      JSON.stringify([
        [{ type: 'paragraph', content: [{ type: 'text', text: 'One.' }] }],
        [{ type: 'paragraph', content: [{ type: 'text', text: 'Two.' }] }],
      ]),
    );
  });
});

import type { Mark } from '../model/document';
import type { WordBlock, WordParagraph, WordRun } from './parseWordBody';

/** A paragraph after tracked changes were accepted or rejected. */
export interface ViewParagraph {
  kind: 'paragraph';
  source: number;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  runs: { text: string; marks: Mark[] }[];
}
export interface ViewTable {
  kind: 'table';
  source: number;
  rows: { header: boolean; cells: ViewParagraph[][] }[];
}
export type ViewBlock = ViewParagraph | ViewTable;
export type ViewMode = 'accepted' | 'original';

function keeps(mode: ViewMode, revision: WordRun['revision']): boolean {
  if (!revision) return true;
  return mode === 'accepted' ? revision.type === 'insert' : revision.type === 'delete';
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i]);
}

function viewRuns(runs: readonly WordRun[], mode: ViewMode): ViewParagraph['runs'] {
  const out: ViewParagraph['runs'] = [];
  for (const run of runs) {
    if (!keeps(mode, run.revision)) continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last.marks, run.marks)) last.text += run.text;
    else out.push({ text: run.text, marks: [...run.marks] });
  }
  return out;
}

/**
 * A paragraph whose mark is removed in this view joins the paragraph after it (Word keeps the
 * following paragraph's properties). That is how a tracked deletion of whole paragraphs or
 * clauses disappears on "Accept All", and a tracked paragraph split disappears on "Reject All".
 */
function viewParagraphs(paragraphs: readonly WordParagraph[], mode: ViewMode): ViewParagraph[] {
  const out: ViewParagraph[] = [];
  let carried: ViewParagraph['runs'] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    const runs = [...carried, ...viewRuns(paragraph.runs, mode)];
    carried = [];
    const markGone = paragraph.markRevision !== undefined && !keeps(mode, paragraph.markRevision);
    if (markGone && index < paragraphs.length - 1) {
      carried = runs;
      continue;
    }
    if (markGone && runs.every((run) => run.text === '')) continue;
    const view: ViewParagraph = { kind: 'paragraph', source: paragraph.source, runs };
    if (paragraph.styleId !== undefined) view.styleId = paragraph.styleId;
    if (paragraph.numId !== undefined) view.numId = paragraph.numId;
    if (paragraph.ilvl !== undefined) view.ilvl = paragraph.ilvl;
    if (paragraph.outlineLvl !== undefined) view.outlineLvl = paragraph.outlineLvl;
    out.push(view);
  }
  return out;
}

export function buildView(blocks: readonly WordBlock[], mode: ViewMode): ViewBlock[] {
  const out: ViewBlock[] = [];
  let run: WordParagraph[] = [];
  const flush = () => {
    out.push(...viewParagraphs(run, mode));
    run = [];
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      run.push(block);
      continue;
    }
    flush();
    const rows: ViewTable['rows'] = [];
    for (const row of block.rows) {
      if (!keeps(mode, row.revision)) continue;
      rows.push({ header: row.header, cells: row.cells.map((cell) => viewParagraphs(cell, mode)) });
    }
    if (rows.length > 0) out.push({ kind: 'table', source: block.source, rows });
  }
  flush();
  return out;
}

export function paragraphText(paragraph: ViewParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

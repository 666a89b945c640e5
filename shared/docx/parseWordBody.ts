import type { Mark } from '../model/document';
import { childElements, firstChild, type XmlElement } from './parseXml';

/**
 * The body of a Word document as written, tracked changes still in place. Two views are derived
 * from it: all changes accepted (what the counterparty proposes) and all rejected (the text before
 * their tracked edits). See ECMA-376 Part 1, §17.13 (annotations: revisions and comments).
 */
export interface RevisionInfo {
  type: 'insert' | 'delete';
  id: string;
  author: string;
  date?: string;
}

export interface WordRun {
  text: string;
  marks: Mark[];
  revision?: RevisionInfo;
}

export interface WordParagraph {
  kind: 'paragraph';
  /** Index of the top-level body element (or of the table holding this cell paragraph). */
  source: number;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  runs: WordRun[];
  /** A tracked insertion or deletion of the paragraph mark itself (paragraph split or merge). */
  markRevision?: RevisionInfo;
}

export interface WordTableRow {
  header: boolean;
  revision?: RevisionInfo;
  cells: WordParagraph[][];
}

export interface WordTable {
  kind: 'table';
  source: number;
  rows: WordTableRow[];
}

export type WordBlock = WordParagraph | WordTable;

export interface WordTrackedChange extends RevisionInfo {
  text: string;
  source: number;
}

export interface WordCommentAnchor {
  id: string;
  source: number;
  /** Text between commentRangeStart and commentRangeEnd; empty when only a reference exists. */
  anchorText: string;
}

export interface WordBody {
  blocks: WordBlock[];
  trackedChanges: WordTrackedChange[];
  commentAnchors: WordCommentAnchor[];
  warnings: Set<string>;
}

function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = element.attrs['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

export function marksOf(rPr: XmlElement | undefined): Mark[] {
  if (!rPr) return [];
  const marks: Mark[] = [];
  if (isOn(firstChild(rPr, 'w:b'))) marks.push('bold');
  if (isOn(firstChild(rPr, 'w:i'))) marks.push('italic');
  if (isOn(firstChild(rPr, 'w:u'))) marks.push('underline');
  return marks;
}

function revisionOf(element: XmlElement, type: 'insert' | 'delete'): RevisionInfo {
  const info: RevisionInfo = {
    type,
    id: element.attrs['w:id'] ?? '',
    author: element.attrs['w:author'] ?? '',
  };
  const date = element.attrs['w:date'];
  if (date) info.date = date;
  return info;
}

const REVISION_TYPE: Record<string, 'insert' | 'delete'> = {
  'w:ins': 'insert',
  'w:moveTo': 'insert',
  'w:del': 'delete',
  'w:moveFrom': 'delete',
};

/** Elements that only hold other inline content (hyperlinks, content controls, smart tags …). */
const TRANSPARENT = new Set([
  'w:hyperlink',
  'w:smartTag',
  'w:customXml',
  'w:fldSimple',
  'w:sdtContent',
  'w:dir',
  'w:bdo',
]);

export function parseWordBody(documentRoot: XmlElement): WordBody {
  const body = firstChild(documentRoot, 'w:body');
  const result: WordBody = { blocks: [], trackedChanges: [], commentAnchors: [], warnings: new Set() };
  if (!body) return result;

  const changesById = new Map<string, WordTrackedChange>();
  const openComments = new Map<string, WordCommentAnchor>();
  const anchored = new Set<string>();
  let source = 0;

  function noteChange(revision: RevisionInfo, text: string) {
    // Word gives each w:ins / w:del its own id; a revision split over runs shares one entry.
    const key = `${revision.type}:${revision.id}:${source}`;
    const existing = changesById.get(key);
    if (existing) existing.text += text;
    else {
      const change: WordTrackedChange = { ...revision, text, source };
      changesById.set(key, change);
      result.trackedChanges.push(change);
    }
  }

  function addText(paragraph: WordParagraph, text: string, marks: Mark[], revision?: RevisionInfo) {
    if (!text) return;
    const run: WordRun = { text, marks };
    if (revision) {
      run.revision = revision;
      noteChange(revision, text);
    }
    paragraph.runs.push(run);
    if (revision?.type !== 'delete') for (const anchor of openComments.values()) anchor.anchorText += text;
  }

  function readRun(run: XmlElement, paragraph: WordParagraph, revision?: RevisionInfo) {
    const marks = marksOf(firstChild(run, 'w:rPr'));
    for (const child of run.children) {
      if (typeof child === 'string') continue;
      switch (child.name) {
        case 'w:t':
        case 'w:delText':
          for (const text of child.children)
            if (typeof text === 'string') addText(paragraph, text, marks, revision);
          break;
        case 'w:tab':
        case 'w:ptab':
          addText(paragraph, '\t', marks, revision);
          break;
        case 'w:br':
        case 'w:cr':
          addText(paragraph, '\n', marks, revision);
          break;
        case 'w:noBreakHyphen':
          addText(paragraph, '\u2011', marks, revision);
          break;
        case 'w:commentReference': {
          const id = child.attrs['w:id'];
          if (id !== undefined && !anchored.has(id)) {
            anchored.add(id);
            result.commentAnchors.push({ id, source, anchorText: '' });
          }
          break;
        }
        case 'w:drawing':
        case 'w:pict':
          result.warnings.add(
            'Images and drawings in the Word file were ignored (linked images are never fetched).',
          );
          break;
        case 'w:object':
          result.warnings.add('Embedded objects in the Word file were ignored.');
          break;
        case 'mc:AlternateContent':
          result.warnings.add(
            'Images and drawings in the Word file were ignored (linked images are never fetched).',
          );
          break;
        default:
          break;
      }
    }
  }

  function readInline(container: XmlElement, paragraph: WordParagraph, revision?: RevisionInfo) {
    for (const child of container.children) {
      if (typeof child === 'string') continue;
      const type = REVISION_TYPE[child.name];
      if (type) {
        readInline(child, paragraph, revisionOf(child, type));
        continue;
      }
      if (child.name === 'w:r') readRun(child, paragraph, revision);
      else if (TRANSPARENT.has(child.name)) readInline(child, paragraph, revision);
      else if (child.name === 'w:sdt') {
        const content = firstChild(child, 'w:sdtContent');
        if (content) readInline(content, paragraph, revision);
      } else if (child.name === 'w:commentRangeStart') {
        const id = child.attrs['w:id'];
        if (id !== undefined && !anchored.has(id)) {
          const anchor: WordCommentAnchor = { id, source, anchorText: '' };
          anchored.add(id);
          openComments.set(id, anchor);
          result.commentAnchors.push(anchor);
        }
      } else if (child.name === 'w:commentRangeEnd') {
        const id = child.attrs['w:id'];
        if (id !== undefined) openComments.delete(id);
      } else if (child.name === 'mc:AlternateContent' || child.name === 'w:object') {
        result.warnings.add('Embedded objects in the Word file were ignored.');
      }
    }
  }

  function readParagraph(p: XmlElement): WordParagraph {
    const paragraph: WordParagraph = { kind: 'paragraph', source, runs: [] };
    const pPr = firstChild(p, 'w:pPr');
    if (pPr) {
      const style = firstChild(pPr, 'w:pStyle')?.attrs['w:val'];
      if (style) paragraph.styleId = style;
      const numPr = firstChild(pPr, 'w:numPr');
      if (numPr) {
        const numId = firstChild(numPr, 'w:numId')?.attrs['w:val'];
        if (numId !== undefined) paragraph.numId = numId;
        const ilvl = Number(firstChild(numPr, 'w:ilvl')?.attrs['w:val'] ?? '0');
        paragraph.ilvl = Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= 8 ? ilvl : 0;
      }
      const outline = firstChild(pPr, 'w:outlineLvl')?.attrs['w:val'];
      if (outline !== undefined && /^\d$/.test(outline)) paragraph.outlineLvl = Number(outline);
      const markProps = firstChild(pPr, 'w:rPr');
      if (markProps) {
        const ins = firstChild(markProps, 'w:ins');
        const del = firstChild(markProps, 'w:del');
        if (del) paragraph.markRevision = revisionOf(del, 'delete');
        else if (ins) paragraph.markRevision = revisionOf(ins, 'insert');
      }
    }
    readInline(p, paragraph);
    return paragraph;
  }

  function readCell(tc: XmlElement, into: WordParagraph[]) {
    for (const child of childElements(tc)) {
      if (child.name === 'w:p') into.push(readParagraph(child));
      else if (child.name === 'w:tbl') {
        // A table nested in a cell is flattened into the cell's paragraphs.
        for (const row of childElements(child, 'w:tr'))
          for (const cell of childElements(row, 'w:tc')) readCell(cell, into);
      } else if (child.name === 'w:sdt') {
        const content = firstChild(child, 'w:sdtContent');
        if (content) readCell(content, into);
      } else if (child.name === 'w:customXml') readCell(child, into);
    }
  }

  function readTable(tbl: XmlElement): WordTable {
    const table: WordTable = { kind: 'table', source, rows: [] };
    const rowElements: XmlElement[] = [];
    const collectRows = (container: XmlElement) => {
      for (const child of childElements(container)) {
        if (child.name === 'w:tr') rowElements.push(child);
        else if (child.name === 'w:sdt') {
          const content = firstChild(child, 'w:sdtContent');
          if (content) collectRows(content);
        } else if (child.name === 'w:customXml') collectRows(child);
      }
    };
    collectRows(tbl);
    for (const tr of rowElements) {
      const trPr = firstChild(tr, 'w:trPr');
      const row: WordTableRow = { header: isOn(firstChild(trPr, 'w:tblHeader')) && !!trPr, cells: [] };
      const ins = firstChild(trPr, 'w:ins');
      const del = firstChild(trPr, 'w:del');
      if (del) row.revision = revisionOf(del, 'delete');
      else if (ins) row.revision = revisionOf(ins, 'insert');
      const cellElements: XmlElement[] = [];
      const collectCells = (container: XmlElement) => {
        for (const child of childElements(container)) {
          if (child.name === 'w:tc') cellElements.push(child);
          else if (child.name === 'w:sdt') {
            const content = firstChild(child, 'w:sdtContent');
            if (content) collectCells(content);
          } else if (child.name === 'w:customXml') collectCells(child);
        }
      };
      collectCells(tr);
      for (const tc of cellElements) {
        const paragraphs: WordParagraph[] = [];
        readCell(tc, paragraphs);
        row.cells.push(paragraphs);
      }
      if (row.cells.length > 0) table.rows.push(row);
    }
    return table;
  }

  function readBlocks(container: XmlElement) {
    for (const child of childElements(container)) {
      if (child.name === 'w:p') {
        result.blocks.push(readParagraph(child));
        source += 1;
      } else if (child.name === 'w:tbl') {
        result.blocks.push(readTable(child));
        source += 1;
      } else if (child.name === 'w:sdt') {
        const content = firstChild(child, 'w:sdtContent');
        if (content) readBlocks(content);
      } else if (child.name === 'w:customXml') readBlocks(child);
      else if (child.name === 'w:altChunk')
        result.warnings.add('Embedded foreign content (altChunk) in the Word file was ignored.');
    }
  }

  readBlocks(body);
  return result;
}

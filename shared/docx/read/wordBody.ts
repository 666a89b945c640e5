import type { ObjectInline, Origin, TextInline } from '../../model/document';
import type { MessageParams } from '../DocxImportError';
import type { ImportWarningCode } from './importWarnings';

/**
 * The *Word body* (DESIGN §3, "the way a document travels"): a part of a Word file as written,
 * every run with its origin — unchanged, or a tracked insertion, deletion or move with its id,
 * author and date — and its marks. No decision about clauses, titles or terms is made here; that is
 * the next stage (buildDocument.ts), which reads only this shape.
 */

/** A footnote or endnote reference, resolved to the note's own blocks by the next stage. */
export interface WordNoteRef {
  type: 'noteRef';
  note: 'footnote' | 'endnote';
  id: string;
  origin?: Origin;
}

export type WordInline = TextInline | ObjectInline | WordNoteRef;

/** A text box (`w:txbxContent`) anchored in a paragraph. */
export interface WordBox {
  blocks: WordBlock[];
  origin?: Origin;
}

/** Header and footer references of one section (`w:sectPr`), by their relationship id. */
export interface SectionRefs {
  headers: { variant: 'default' | 'first' | 'even'; relId: string }[];
  footers: { variant: 'default' | 'first' | 'even'; relId: string }[];
}

export interface WordParagraph {
  kind: 'paragraph';
  /** Index of the top-level block of the part this paragraph belongs to (itself, or its table). */
  top: number;
  styleId?: string;
  /** Direct numbering (`w:numPr`); numId `0` switches off the numbering of the style. */
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  inlines: WordInline[];
  /** A tracked insertion or deletion of the paragraph mark (a split or merge of paragraphs). */
  mark?: Origin;
  /** Text boxes anchored in this paragraph, in order; they are shown after it. */
  boxes: WordBox[];
  /** Every piece of its visible text shows bold (through styles too): a hint that it is a heading. */
  bold: boolean;
  /** This paragraph ends a section (its `w:pPr/w:sectPr`). */
  section?: SectionRefs;
}

export interface WordCell {
  blocks: WordBlock[];
  colSpan?: number;
  rowMerge?: 'restart' | 'continue';
}

export interface WordRow {
  header: boolean;
  origin?: Origin;
  cells: WordCell[];
}

export interface WordTable {
  kind: 'table';
  top: number;
  rows: WordRow[];
}

export type WordBlock = WordParagraph | WordTable;

/**
 * A comment's place in the part: `start`/`end` are offsets into the part's text (what the text
 * shows with tracked changes accepted, paragraphs separated by `\n`).
 */
export interface WordCommentAnchor {
  id: string;
  top: number;
  start: number;
  end: number;
}

/** Something the reader met but the model cannot hold as such, at a top-level block of the part. */
export interface WordNotice {
  code: ImportWarningCode;
  params: MessageParams;
  top: number;
}

export interface WordPartContent {
  blocks: WordBlock[];
  /** Sections in order: each ending at a paragraph's `w:sectPr`, then the body's own. Body only. */
  sections: SectionRefs[];
  anchors: WordCommentAnchor[];
  /** The part's text for comment anchors (see WordCommentAnchor). */
  text: string;
  noteRefs: { note: 'footnote' | 'endnote'; id: string; top: number }[];
  notices: WordNotice[];
}

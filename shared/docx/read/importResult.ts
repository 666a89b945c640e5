import type { SlaDocument } from '../../model/document';
import type { ImportAssessment } from './assessImport';
import type { ImportWarning } from './importWarnings';

/** A reply in a Word comment thread (`w15:paraIdParent` in commentsExtended.xml). */
export interface ImportedCommentReply {
  id: string;
  author: string;
  initials?: string;
  date?: string;
  text: string;
}

/** A Word comment of the counterparty with its replies, anchored to its clause and text. */
export interface ImportedComment extends ImportedCommentReply {
  /** The text the comment is anchored to (as accepted), or its paragraph's text for a point comment. */
  anchorText: string;
  /** Clause of the document the comment sits in; '' for the opening lines, headers and footers. */
  clauseId: string;
  /** The thread was marked done (`w15:done`). */
  resolved?: boolean;
  replies?: ImportedCommentReply[];
}

/**
 * What reading a Word file gives (issue 8, §6): the document exactly as written — every run with its
 * Word origin; Accept All is `viewDocument(document, 'accepted')`, Reject All `'original'` — its
 * comments, the clauses that match none of ours, whether it looks like our agreement at all, and what
 * could not be read fully.
 */
export interface ImportedDocx {
  document: SlaDocument;
  comments: ImportedComment[];
  /** Clause ids of `document` that match no clause of the reference (new clauses to assign or keep). */
  unmapped: string[];
  assessment: ImportAssessment;
  warnings: ImportWarning[];
}

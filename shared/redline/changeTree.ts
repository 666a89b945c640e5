import type { Clause, Mark, ObjectKind, Revision, SlaDocument } from '../model/document';
import type { Term } from '../model/term';

/**
 * The one change model (issue 8, DESIGN §3 "One change model"). A pair of documents (`a` older,
 * `b` newer) is redlined ONCE into this tree; the change list, the inline and side-by-side views,
 * the Word redline, `applyDecisions`, the CLI JSON and the playbook checks are pure functions of it.
 * Nothing downstream re-plans or re-diffs. The tree is plain data (structured-clone safe), so it
 * travels from the worker to the screen unchanged.
 *
 *   ChangeTree
 *   ├─ front: title and parties line (TextNode each)
 *   ├─ clauses: ClauseNode[]          in b's order; a removed clause where it stood in a
 *   │    ├─ heading: Span[]
 *   │    └─ blocks: BlockNode[]       paragraph | list | table | box (recursive: cells, boxes)
 *   ├─ parts: PartNode[]              headers and footers
 *   └─ changes: Change[]              the change list, in document order; every span with a
 *                                     changeId points into it
 */

export type ChangeKind =
  | 'clause-inserted'
  | 'clause-removed'
  | 'clause-moved'
  | 'heading'
  | 'wording'
  | 'number'
  | 'punctuation'
  | 'whitespace'
  | 'table-cell'
  | 'term'
  | 'formatting'
  | 'object';

/** For us, the provider: a customer-favouring move of a term is `worse`. */
export type Effect = 'better' | 'worse' | 'neutral';

/**
 * Where the change sits in the Word document. `body` for clause text; notes and text boxes are
 * shown at their anchor in the body but say where they are.
 */
export type ChangeLocation = 'body' | 'table' | 'header' | 'footer' | 'footnote' | 'endnote' | 'textbox';

/**
 * Tracked or silent, read from where the text came from (never from matching text afterwards):
 * - `tracked`: all inserted and deleted text of the change comes from the counterparty's revisions;
 * - `silent`: none does — they changed it without Word's track changes (the product's key warning);
 * - `mixed`: some of each; `parts` names both;
 * - `null`: not a comparison against the round the file was read against (our own rounds, or any
 *   other pair), so "untracked" means nothing and nothing is claimed.
 */
export type ChangeOrigin = 'tracked' | 'silent' | 'mixed' | null;

/** A Word revision a change's text came from, with the kind of revision. */
export interface ChangeRevision extends Revision {
  type: 'ins' | 'del' | 'moveFrom' | 'moveTo' | 'format';
}

export interface Change {
  /** Deterministic for the pair: `c1`, `c2` … in document order; term changes are `term:<termId>`. */
  id: string;
  kind: ChangeKind;
  location: ChangeLocation;
  /** Clause the change sits in: id in b, or in a for removed clauses; '' for front matter and parts. */
  clauseId: string;
  /** Numbers as each side shows them (derived for ours, as written for theirs) and the heading. */
  clauseNumberA: string | null;
  clauseNumberB: string | null;
  heading: string;
  /** Plain text before and after as each side shows it (empty for pure insertions/deletions). */
  before: string;
  after: string;
  /** For `term` changes: the structured change, evaluated for us. */
  term?: { id: string; label: string; before: Term | null; after: Term | null };
  effect: Effect;
  origin: ChangeOrigin;
  /** For `mixed`: what of the change was tracked and what was silent. */
  parts?: { tracked: { before: string; after: string }; silent: { before: string; after: string } };
  /** The revisions this change's text came from (their authors and dates); empty for silent edits. */
  revisions: ChangeRevision[];
  /** For `formatting`: marks before and after. */
  marks?: { before: Mark[]; after: Mark[] };
  /** Some of the changed text is hidden (`w:vanish`) in the file. */
  hidden?: boolean;
}

/**
 * A piece of text with one op. `equal` text is on both sides; `insert` only in b; `delete` only
 * in a; `format` on both with different marks (`marks` b's, `marksBefore` a's).
 * A span carries what is needed to rebuild either side exactly: text, marks, the term it lies in,
 * whether that term's text was written (theirs) or rendered (ours), and b's origin.
 */
export interface Span {
  text: string;
  op: 'equal' | 'insert' | 'delete' | 'format';
  changeId?: string;
  marks?: Mark[];
  marksBefore?: Mark[];
  /** The span lies in the text of this term (on the side(s) it exists). */
  termId?: string;
  /** The term text is as written (a received annotation), not rendered from the value. */
  termWritten?: boolean;
  /**
   * Which term inline of its side the span came from (counting term inlines of the unit from 0), so
   * adjacent references to the same term are rebuilt as separate inlines.
   */
  termSlot?: number;
  /** b's Word origin of the text (insert/equal/format), or the `del` run that removed it (delete). */
  origin?: { type: 'ins' | 'del' | 'moveFrom' | 'moveTo'; id: string; author: string; date?: string };
  formatChange?: { id: string; author: string; date?: string; marks: Mark[] };
  /** A paragraph boundary inside a text node (a split or merge of paragraphs); `text` is '\n'. */
  paragraphBreak?: true;
  /** The span stands for a non-text object; `text` is its placeholder. */
  object?: { kind: ObjectKind; hash: string; name?: string; width?: number; height?: number };
  /** A footnote/endnote reference; the note's own content as nodes. */
  note?: { note: 'footnote' | 'endnote'; blocks: BlockNode[] };
}

/** Where a node comes from on each side: indices into its parent's list on that side. */
export interface SideRef {
  a: number | null;
  b: number | null;
}

/**
 * A run of text: a paragraph, a list item, a heading, the title or parties line. When a tracked
 * split or merge joins paragraphs, one node covers several on a side (`aSpan`/`bSpan` count them) and
 * `paragraphBreak` spans separate them.
 */
export interface TextNode extends SideRef {
  type: 'text';
  aSpan?: number;
  bSpan?: number;
  spans: Span[];
  /** Whole node inserted or removed: the change it belongs to. */
  changeId?: string;
  /** List items: level and label on each side (labels as written or derived). */
  item?: { levelA?: number; levelB?: number; labelA?: string; labelB?: string };
  /** Paragraph-mark origin on b (tracked insertion/deletion of the paragraph itself). */
  markOrigin?: Span['origin'];
}

export interface ListNode extends SideRef {
  type: 'list';
  ordered: boolean;
  items: TextNode[];
  changeId?: string;
}

export interface CellNode extends SideRef {
  blocks: BlockNode[];
  changeId?: string;
}

export interface RowNode extends SideRef {
  status: 'equal' | 'inserted' | 'removed' | 'changed';
  cells: CellNode[];
  changeId?: string;
  origin?: Span['origin'];
}

export interface TableNode extends SideRef {
  type: 'table';
  rows: RowNode[];
  changeId?: string;
}

export interface BoxNode extends SideRef {
  type: 'box';
  blocks: BlockNode[];
  changeId?: string;
}

export type BlockNode = TextNode | ListNode | TableNode | BoxNode;

export interface ClauseNode {
  /** Stable key for the UI (clause id of b, else of a). */
  key: string;
  status: 'unchanged' | 'changed' | 'inserted' | 'removed' | 'moved';
  a: { clause: Clause; number: string; index: number } | null;
  b: { clause: Clause; number: string; index: number } | null;
  heading: Span[];
  blocks: BlockNode[];
  /** Whole clause inserted/removed, moved, or heading (with level and kind) changed. */
  changeId?: string;
  moveChangeId?: string;
  headingChangeId?: string;
}

export interface PartNode {
  kind: 'header' | 'footer';
  variant: 'default' | 'first' | 'even';
  section: number;
  blocks: BlockNode[];
}

export interface ChangeTree {
  /** The two documents the tree was built from (applyDecisions reads ids, kinds, terms from them). */
  a: SlaDocument;
  b: SlaDocument;
  /** Whether tracked/silent was judged (b read from Word against a). */
  originsJudged: boolean;
  front: { title: TextNode; parties: TextNode };
  clauses: ClauseNode[];
  parts: PartNode[];
  /** Terms whose definition differs, or exist on one side only: term id → change id. */
  termChangeIds: Record<string, string>;
  changes: Change[];
  counts: Record<ChangeKind, number>;
}

export type Decision = 'accept' | 'reject';

import type {
  Clause,
  FormatChange,
  ListLevel,
  Mark,
  NoteInline,
  ObjectInline,
  Origin,
  Revision,
  SlaDocument,
  TableCell,
  TableRole,
} from '../model/document';
import type { Term } from '../model/term';

/**
 * The one change model (issue 8, DESIGN §3 "One change model"). A pair of documents (`a` older,
 * `b` newer) is redlined ONCE into this tree by `buildChangeTree`; the change list, the inline and
 * side-by-side views, the Word redline (`redlineDocument`), `applyDecisions`, the CLI JSON and the
 * playbook checks are pure functions of it. Nothing downstream re-plans or re-diffs. The tree is
 * plain data (structured-clone safe), so it travels from the worker to the screen unchanged.
 *
 *   ChangeTree
 *   ├─ front: title and parties line (TextNode each)
 *   ├─ clauses: ClauseNode[]          in b's order; a removed clause where it stood in a
 *   │    ├─ heading: Span[]
 *   │    └─ blocks: BlockNode[]       text | list | table | box (recursive: cells, boxes, notes)
 *   ├─ parts: PartNode[]              headers and footers
 *   └─ changes: Change[]              the change list, in document order; every change id found
 *                                     in a span or node points into it, and every change is found
 *
 * Refinements of the first draft of this contract, each because the implementation needed it:
 * - A span keeps the term of each side (`term`, `termA`): an unchanged run can lie in a term on one
 *   side and in plain text on the other (ours render a term, theirs annotate the same characters),
 *   and rebuilding either side exactly needs both.
 * - A paragraph boundary inside a text node is a span of its own (`paragraphBreak`) carrying the
 *   properties of the paragraph or list item it ends on each side (level, label), so a tracked new
 *   paragraph (Word: previous paragraph's mark inserted + new runs inserted) is one change made of
 *   ordinary spans, and the node's own `markOrigin` is not needed.
 * - Lists, tables, rows and cells keep each side's own properties (ordered/levels, role/header row,
 *   column spans), with a change id when they differ, so accept/reject can take either side.
 * - Clause numbers as written get their own change (`labelChangeId`) under the rule in
 *   `buildChangeTree`; renumbering caused by structure is never a change.
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

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'clause-inserted',
  'clause-removed',
  'clause-moved',
  'heading',
  'wording',
  'number',
  'punctuation',
  'whitespace',
  'table-cell',
  'term',
  'formatting',
  'object',
];

/** For us, the provider: a customer-favouring move of a term is `worse`. */
export type Effect = 'better' | 'worse' | 'neutral';

/**
 * Where the change sits in the Word document. `body` for clause text; notes and text boxes are
 * shown at their anchor in the body but say where they are (the innermost place wins).
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

/** Which term inline of a side a span lies in. */
export interface SpanTerm {
  id: string;
  /** Counting the term inlines of the text node on that side from 0: adjacent references stay apart. */
  slot: number;
  /** The text is as written (a received annotation), not rendered from the term's value. */
  written: boolean;
}

/** What a paragraph or list item has besides its text, per side. */
export interface ItemProps {
  level?: number;
  label?: string;
}

/** b's Word origin of a span, or the revision that removed it. */
export type SpanOrigin = Origin;

/**
 * A piece of text with one op. `equal` text is on both sides; `insert` only in b; `delete` only in
 * a; `format` on both with different marks (`marks` b's, `marksBefore` a's). An `equal` span with a
 * `changeId` is whitespace folded into a change (shown with it, the same on both sides).
 * A span carries what is needed to rebuild either side exactly.
 */
export interface Span {
  text: string;
  op: 'equal' | 'insert' | 'delete' | 'format';
  changeId?: string;
  /** The side's marks: a's for `delete`, b's otherwise. */
  marks?: Mark[];
  marksBefore?: Mark[];
  /** The term the span lies in on its side (b's for `equal`/`format`). */
  term?: SpanTerm;
  /** `equal`/`format` only: a's term when it is not `term` (`null`: plain text in a). */
  termA?: SpanTerm | null;
  /** `insert`: b's `ins`/`moveTo` run; `delete`: the `del`/`moveFrom` run (or removed row/box) that removed it. */
  origin?: SpanOrigin;
  /** `format`: b's tracked formatting change (`w:rPrChange`). */
  formatChange?: FormatChange;
  /** A paragraph or list-item boundary; `text` is '\n'. Carries the props of what it ends. */
  paragraphBreak?: { a?: ItemProps; b?: ItemProps };
  /** The span stands for a non-text object; `text` is its placeholder. */
  object?: Omit<ObjectInline, 'origin'>;
  /** A footnote/endnote reference; the note's own content as nodes. */
  note?: { note: NoteInline['note']; blocks: BlockNode[] };
}

/** Where a node comes from on each side: indices into its parent's list on that side. */
export interface SideRef {
  a: number | null;
  b: number | null;
}

/**
 * A run of text: a paragraph, a list item, a heading, the title or parties line. When tracked
 * paragraph marks join paragraphs of b (a tracked split, merge, insertion or deletion of a
 * paragraph), one node covers several on a side (`aSpan`/`bSpan` count them) and `paragraphBreak`
 * spans separate them.
 */
export interface TextNode extends SideRef {
  type: 'text';
  aSpan: number;
  bSpan: number;
  spans: Span[];
  /** Whole node inserted or removed: the change it belongs to. */
  changeId?: string;
  /** List items: props of the last item of the node on each side. */
  item?: { a?: ItemProps; b?: ItemProps };
  /** List items whose level differs between the sides (one change for the node). */
  levelChangeId?: string;
}

export interface ListProps {
  ordered: boolean;
  levels?: ListLevel[];
}

export interface ListNode extends SideRef {
  type: 'list';
  listA?: ListProps;
  listB?: ListProps;
  items: TextNode[];
  /** Whole list inserted or removed. */
  changeId?: string;
  /** Ordered/bulleted or numbering levels differ. */
  propsChangeId?: string;
}

export type CellProps = Omit<TableCell, 'content'>;

export interface CellNode extends SideRef {
  blocks: BlockNode[];
  propsA?: CellProps;
  propsB?: CellProps;
}

export interface RowNode extends SideRef {
  status: 'equal' | 'inserted' | 'removed' | 'changed';
  cells: CellNode[];
  /** Whole row inserted or removed. */
  changeId?: string;
  /** The row's own Word origin (a tracked row insertion or deletion). */
  origin?: SpanOrigin;
  /** Cells added, removed, merged or split: the row's structure is taken from one side. */
  structureChangeId?: string;
}

export interface TableProps {
  role: TableRole;
  headerRow: boolean;
}

export interface TableNode extends SideRef {
  type: 'table';
  tableA?: TableProps;
  tableB?: TableProps;
  rows: RowNode[];
  changeId?: string;
  propsChangeId?: string;
}

export interface BoxNode extends SideRef {
  type: 'box';
  blocks: BlockNode[];
  changeId?: string;
  origin?: SpanOrigin;
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
  /** Whole clause inserted or removed. */
  changeId?: string;
  moveChangeId?: string;
  /** Heading text, level, kind or numbering (`numbered`) changed: one decision for all of them. */
  headingChangeId?: string;
  /** The clause number as written changed where no structural change explains it. */
  labelChangeId?: string;
}

export interface PartNode {
  kind: 'header' | 'footer';
  variant: 'default' | 'first' | 'even';
  section: number;
  /** Which sides have this part. */
  inA: boolean;
  inB: boolean;
  blocks: BlockNode[];
  changeId?: string;
}

export interface ChangeTree {
  /** The two documents the tree was built from: `a` in its accepted view, `b` as given. */
  a: SlaDocument;
  b: SlaDocument;
  /** Whether tracked/silent was judged (b read from Word against a). */
  originsJudged: boolean;
  front: { title: TextNode; parties: TextNode; titleChangeId?: string; partiesChangeId?: string };
  clauses: ClauseNode[];
  parts: PartNode[];
  /** Whether a had headers/footers of its own (ours have none; their parts are then judged alone). */
  partsInA: boolean;
  /** Terms whose definition differs, or exist on one side only: term id → change id. */
  termChangeIds: Record<string, string>;
  changes: Change[];
  counts: Record<ChangeKind, number>;
}

export type Decision = 'accept' | 'reject';

import type { SlaDocument } from '../model/document';
import type { Clause } from './legacyModel';
import type { Term } from '../model/term';

/**
 * The contract of the redline engine (issue 3), consumed by the compare screen, the DOCX redline
 * export (issue 4), silent-edit detection and the CLI. `a` is the older round, `b` the newer one.
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
  | 'term';

/** For us, the provider: a customer-favouring move of a term is `worse`. */
export type Effect = 'better' | 'worse' | 'neutral';

export interface DiffPart {
  text: string;
  op: 'equal' | 'insert' | 'delete';
  /** Set on insert/delete parts: the change they belong to. */
  changeId?: string;
}

export type BlockDiff =
  | {
      type: 'text';
      /** Paragraph, or one list item (`item` set). */
      blockA: number | null;
      blockB: number | null;
      item?: number;
      parts: DiffPart[];
    }
  | {
      type: 'table';
      blockA: number | null;
      blockB: number | null;
      rows: { status: 'equal' | 'inserted' | 'removed' | 'changed'; cells: DiffPart[][] }[];
    };

export interface ClauseDiff {
  /** Stable key for the UI (clause id of b, else of a). */
  key: string;
  status: 'unchanged' | 'changed' | 'inserted' | 'removed' | 'moved';
  a: { clause: Clause; number: string; index: number } | null;
  b: { clause: Clause; number: string; index: number } | null;
  heading: DiffPart[];
  blocks: BlockDiff[];
}

export interface Change {
  id: string;
  kind: ChangeKind;
  /** Clause the change sits in: id in b, or in a for removed clauses. */
  clauseId: string;
  /** Derived numbers and heading, for the change list (`3 Availability`). */
  clauseNumberA: string | null;
  clauseNumberB: string | null;
  heading: string;
  /** Plain text before and after (empty string for pure insertions/deletions). */
  before: string;
  after: string;
  /** For `term` changes: the structured change, evaluated for us. */
  term?: { id: string; label: string; before: Term | null; after: Term | null };
  effect: Effect;
}

export interface Redline {
  clauses: ClauseDiff[];
  changes: Change[];
  counts: Record<ChangeKind, number>;
}

export type Decision = 'accept' | 'reject';

/** Signature the engine implements in `shared/redline/computeRedline.ts`. */
export type ComputeRedline = (a: SlaDocument, b: SlaDocument) => Redline;

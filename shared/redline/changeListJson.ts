import type { Change, ChangeKind, ChangeLocation, ChangeOrigin, ChangeTree } from './changeTree';

/** One change as `sla-workbench compare --json` writes it. */
export interface ChangeJson {
  id: string;
  kind: ChangeKind;
  /** Number and heading as the newer side shows them (the older side's for removed clauses). */
  clause: string;
  before: string;
  after: string;
  /** `false` marks an edit not (or not wholly) marked as a tracked change: a silent edit. */
  tracked: boolean;
  origin: ChangeOrigin;
  /** Authors of the revisions the change came from, in order; none for a silent edit. */
  authors: string[];
  location: ChangeLocation;
}

/**
 * Whether a change counts as tracked in the CLI's and the screens' silent-edit warning: wholly
 * tracked, or not judged at all (nothing is claimed). A `mixed` change is partly silent, so it is
 * flagged like a silent one.
 */
export function isTracked(change: Pick<Change, 'origin'>): boolean {
  return change.origin === 'tracked' || change.origin === null;
}

/** The change list of a tree as plain JSON rows, in the tree's (document) order. */
export function changeListJson(tree: Pick<ChangeTree, 'changes'>): ChangeJson[] {
  return tree.changes.map((change) => ({
    id: change.id,
    kind: change.kind,
    clause: [change.clauseNumberB ?? change.clauseNumberA, change.heading].filter(Boolean).join(' '),
    before: change.before,
    after: change.after,
    tracked: isTracked(change),
    origin: change.origin,
    authors: [...new Set(change.revisions.map((revision) => revision.author))],
    location: change.location,
  }));
}

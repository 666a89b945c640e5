import type { SlaDocument } from '../model/document';
import { hasOrigins } from '../model/views';
import { buildChangeTree } from './buildChangeTree';
import type { Change } from './changeTree';
import { redlineDocument } from './redlineDocument';

/** A tracked change as files read before origins were kept recorded it (`ReceivedTrackedChange`). */
export interface RecordedTrackedChange {
  type: 'insert' | 'delete';
  author: string;
  date?: string;
  text: string;
  clauseId: string;
}

const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * A received round as ONE document with origins, which is what the redline judges tracked and
 * silent edits from. A file read now keeps every run's origin and is returned as it is. A round
 * received before that (and frozen so) holds its text twice instead — with their tracked changes
 * accepted (`accepted`) and rejected (`original`) — plus the list of those changes: the two views
 * redlined against each other give the origins back, each change credited to the recorded tracked
 * change of its clause whose text it contains (else the clause's first, else the file's first).
 */
export function receivedWithOrigins(
  accepted: SlaDocument,
  original: SlaDocument | undefined,
  trackedChanges: readonly RecordedTrackedChange[] = [],
): SlaDocument {
  if (!original || hasOrigins(accepted)) return accepted;
  const tree = buildChangeTree(original, accepted, { originsJudged: false });
  if (tree.changes.length === 0) return accepted;
  const byClause = new Map<string, RecordedTrackedChange[]>();
  for (const change of trackedChanges) {
    const list = byClause.get(change.clauseId) ?? [];
    list.push(change);
    byClause.set(change.clauseId, list);
  }
  const changes = new Map(tree.changes.map((change) => [change.id, change]));
  const recordedFor = (change: Change): RecordedTrackedChange | undefined => {
    const inClause = byClause.get(change.clauseId) ?? [];
    const contains = (recorded: RecordedTrackedChange) => {
      const text = squeeze(recorded.text);
      if (!text) return false;
      return recorded.type === 'insert'
        ? squeeze(change.after).includes(text)
        : squeeze(change.before).includes(text);
    };
    return inClause.find(contains) ?? trackedChanges.find(contains) ?? inClause[0] ?? trackedChanges[0];
  };
  const fallback = trackedChanges[0];
  return redlineDocument(tree, {
    author: fallback?.author ?? '',
    ...(fallback?.date ? { date: fallback.date } : {}),
    revisionOf: (changeId) => {
      const change = changes.get(changeId);
      const recorded = change ? recordedFor(change) : undefined;
      return recorded
        ? { author: recorded.author, ...(recorded.date ? { date: recorded.date } : {}) }
        : undefined;
    },
  });
}

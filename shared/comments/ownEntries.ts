import type { CommentReply, CommentThreadRecord, EarlierText } from './commentThread';
import type { DealThread, ThreadEntry } from './dealThreads';

/**
 * Editing and deleting our own comments and replies (issue 12 §6). What the counterparty wrote is
 * shown exactly as written and never changed; so is a reply of ours that came back in their file
 * (it is theirs now, as their file has it). A delete is a mark, undone by restoring; an edit keeps
 * the earlier wording, so a Word file of a round sent before it still carries what was sent.
 */

/** The part of a stored comment or reply an edit or delete changes. */
type Editable = Pick<CommentReply, 'text' | 'editedAt' | 'earlier' | 'deletedAt' | 'deletedBy'>;

export type EntryChange =
  | { kind: 'edit'; text: string; at: string }
  | { kind: 'delete'; by: string; at: string }
  | { kind: 'restore'; at: string };

/**
 * Why a change was refused: `theirs` = the counterparty's text (or ours come back as theirs),
 * `missing` = no such entry (or, for restore, none deleted), `empty` = an edit to nothing.
 */
export type EntryRefusal = 'theirs' | 'missing' | 'empty';

export type EntryChangeResult =
  { ok: true; record: CommentThreadRecord; changed: boolean } | { ok: false; reason: EntryRefusal };

/** Whether the screen offers Edit and Delete on an entry: ours, on a deal that can be changed. */
export function canChangeEntry(entry: Pick<ThreadEntry, 'ours'>, readOnly: boolean): boolean {
  return entry.ours && !readOnly;
}

/**
 * The stored record that holds entry `entryId` of the deal, if a change of this kind may touch it.
 * Edit and delete are judged on the threads as shown (`dealThreads`), so only what is shown as ours
 * can be changed; restore finds the deleted entry in the records, as it is shown nowhere.
 */
export function recordOfOwnEntry(
  threads: readonly DealThread[],
  records: readonly CommentThreadRecord[],
  entryId: string,
  kind: EntryChange['kind'],
): { ok: true; record: CommentThreadRecord } | { ok: false; reason: EntryRefusal } {
  const holding = records.find(
    (record) =>
      (record.source.kind === 'ours' && record.id === entryId) ||
      record.replies.some((reply) => reply.id === entryId),
  );
  if (kind === 'restore') {
    const entry = holding && entryOf(holding, entryId);
    return entry?.deletedAt ? { ok: true, record: holding! } : { ok: false, reason: 'missing' };
  }
  const shown = threads.flatMap((thread) => thread.entries).filter((entry) => entry.id === entryId);
  const ours = shown.find((entry) => entry.ours);
  if (ours && holding && ours.recordId === holding.id) return { ok: true, record: holding };
  // Theirs as shown; or a reply of ours to their comment not shown as ours: it came back in their file.
  const cameBack = holding?.source.kind === 'received' && entryOf(holding, entryId)?.deletedAt === undefined;
  if (shown.length > 0 || cameBack) return { ok: false, reason: 'theirs' };
  return { ok: false, reason: 'missing' };
}

function entryOf(record: CommentThreadRecord, entryId: string): Editable | undefined {
  if (record.source.kind === 'ours' && record.id === entryId) return record.source;
  return record.replies.find((reply) => reply.id === entryId);
}

function changed<T extends Editable>(entry: T, change: EntryChange): T | 'unchanged' | 'empty' {
  switch (change.kind) {
    case 'edit': {
      const text = change.text.trim();
      if (!text) return 'empty';
      if (text === entry.text || entry.deletedAt) return 'unchanged';
      const earlier: EarlierText[] = [...(entry.earlier ?? []), { text: entry.text, replacedAt: change.at }];
      return { ...entry, text, editedAt: change.at, earlier };
    }
    case 'delete':
      return entry.deletedAt ? 'unchanged' : { ...entry, deletedAt: change.at, deletedBy: change.by };
    case 'restore': {
      if (!entry.deletedAt) return 'unchanged';
      const { deletedAt: _at, deletedBy: _by, ...kept } = entry;
      return kept as T;
    }
  }
}

/**
 * Applies an edit, delete or restore to entry `entryId` of a record: our own comment (its id is
 * the record's) or one of our replies. A change that changes nothing returns the record as it was.
 */
export function changeOwnEntry(
  record: CommentThreadRecord,
  entryId: string,
  change: EntryChange,
): EntryChangeResult {
  const { source } = record;
  if (source.kind === 'ours' && record.id === entryId) {
    const next = changed(source, change);
    if (next === 'empty') return { ok: false, reason: 'empty' };
    if (next === 'unchanged') return { ok: true, record, changed: false };
    return { ok: true, record: { ...record, source: next, updatedAt: change.at }, changed: true };
  }
  const index = record.replies.findIndex((reply) => reply.id === entryId);
  const reply = record.replies[index];
  if (!reply) return { ok: false, reason: source.kind === 'received' ? 'theirs' : 'missing' };
  const next = changed(reply, change);
  if (next === 'empty') return { ok: false, reason: 'empty' };
  if (next === 'unchanged') return { ok: true, record, changed: false };
  const replies = record.replies.map((item, i) => (i === index ? next : item));
  return { ok: true, record: { ...record, replies, updatedAt: change.at }, changed: true };
}

/** Whether an entry is deleted now. */
export const isDeleted = (entry: Pick<Editable, 'deletedAt'>): boolean => entry.deletedAt !== undefined;

/**
 * An entry as it stood at `until` (a round's freezing): null when it had been deleted by then,
 * else with the wording it had then; what happened to it later is left out.
 */
export function entryAsOf<T extends Editable>(entry: T, until: string): T | null {
  if (entry.deletedAt !== undefined && entry.deletedAt <= until) return null;
  const { editedAt: _edited, earlier = [], deletedAt: _at, deletedBy: _by, ...rest } = entry;
  const replacedLater = earlier.find((version) => version.replacedAt > until);
  const before = earlier.filter((version) => version.replacedAt <= until);
  const editedAt = before.at(-1)?.replacedAt;
  return {
    ...rest,
    text: replacedLater ? replacedLater.text : entry.text,
    ...(editedAt ? { editedAt, earlier: before } : {}),
  } as T;
}

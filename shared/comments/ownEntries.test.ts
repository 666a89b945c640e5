import { describe, expect, it } from 'vitest';
import type { ReceivedComment } from '../model/deal';
import { ourThreadId, receivedThreadId, type CommentThreadRecord } from './commentThread';
import { dealThreads, type ThreadRound } from './dealThreads';
import { canChangeEntry, changeOwnEntry, entryAsOf, recordOfOwnEntry } from './ownEntries';
import { threadsForExport } from './threadsForExport';

const theirComment: ReceivedComment = {
  id: '0',
  author: 'Eva Roth',
  date: '2026-11-02T09:00:00Z',
  text: 'Why not 99.95 %?',
  anchorText: '99.9 %',
  clauseId: 'availability',
  replies: [{ id: '1', author: 'Jan Brandt', text: 'Our board asks.' }],
};
const theirRound: ThreadRound = {
  id: 'r1',
  number: 1,
  side: 'them',
  createdAt: '2026-11-03T08:00:00.000Z',
  received: { fileName: 'x.docx', comments: [theirComment], unmapped: [], warnings: [] },
};
const answered: CommentThreadRecord = {
  id: receivedThreadId('r1', '0'),
  dealId: 'deal-1',
  source: { kind: 'received', roundId: 'r1', commentId: '0' },
  replies: [{ id: 'reply-1', author: 'Jonas Weber', createdAt: '2026-11-04T08:00:00.000Z', text: 'Price.' }],
  states: [],
  updatedAt: '2026-11-04T08:00:00.000Z',
};
const own: CommentThreadRecord = {
  id: ourThreadId('c1'),
  dealId: 'deal-1',
  source: {
    kind: 'ours',
    clauseId: 'availability',
    anchorText: 'load balancer',
    anchorOccurrence: 0,
    author: 'Jonas Weber',
    createdAt: '2026-11-04T09:00:00.000Z',
    text: 'Measured at the load balcner?',
  },
  replies: [],
  states: [],
  updatedAt: '2026-11-04T09:00:00.000Z',
};
const records = [answered, own];
const threads = dealThreads({ rounds: [theirRound], records, clauseIds: ['availability'] });
const at = '2026-11-05T10:00:00.000Z';

describe('what may be edited and deleted', () => {
  it('offers Edit and Delete on our comments and replies only, never on theirs or a closed deal', () => {
    const entries = threads.flatMap((thread) => thread.entries);
    expect(entries.map((entry) => [entry.text, canChangeEntry(entry, false)])).toEqual([
      ['Why not 99.95 %?', false],
      ['Our board asks.', false],
      ['Price.', true],
      ['Measured at the load balcner?', true],
    ]);
    expect(entries.some((entry) => canChangeEntry(entry, true))).toBe(false);
  });

  it('finds the record of our reply and of our comment, and refuses their comment and reply', () => {
    expect(recordOfOwnEntry(threads, records, 'reply-1', 'edit')).toMatchObject({
      ok: true,
      record: answered,
    });
    expect(recordOfOwnEntry(threads, records, own.id, 'delete')).toMatchObject({ ok: true, record: own });
    expect(recordOfOwnEntry(threads, records, '0', 'edit')).toEqual({ ok: false, reason: 'theirs' });
    expect(recordOfOwnEntry(threads, records, '1', 'delete')).toEqual({ ok: false, reason: 'theirs' });
    expect(recordOfOwnEntry(threads, records, 'nope', 'edit')).toEqual({ ok: false, reason: 'missing' });
    // Nothing deleted yet: nothing to restore.
    expect(recordOfOwnEntry(threads, records, 'reply-1', 'restore')).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('refuses a reply of ours that came back in their file: it is theirs now, as written there', () => {
    const back: ThreadRound = {
      ...theirRound,
      id: 'r2',
      number: 2,
      createdAt: '2026-11-06T08:00:00.000Z',
      received: {
        ...theirRound.received!,
        comments: [
          {
            ...theirComment,
            id: '7',
            replies: [...theirComment.replies!, { id: '8', author: 'Jonas Weber', text: 'Price.' }],
          },
        ],
      },
    };
    const later = dealThreads({ rounds: [theirRound, back], records, clauseIds: ['availability'] });
    expect(recordOfOwnEntry(later, records, 'reply-1', 'edit')).toEqual({ ok: false, reason: 'theirs' });
  });

  it('refuses to change their comment even given its record', () => {
    expect(changeOwnEntry(answered, '0', { kind: 'edit', text: 'Changed', at })).toEqual({
      ok: false,
      reason: 'theirs',
    });
  });
});

describe('editing, deleting and restoring', () => {
  it('edits our reply, keeping the earlier wording and when it was replaced', () => {
    const result = changeOwnEntry(answered, 'reply-1', { kind: 'edit', text: '  Price, see list. ', at });
    expect(result).toMatchObject({ ok: true, changed: true });
    const record = result.ok ? result.record : answered;
    expect(record.replies[0]).toEqual({
      ...answered.replies[0],
      text: 'Price, see list.',
      editedAt: at,
      earlier: [{ text: 'Price.', replacedAt: at }],
    });
    expect(record.updatedAt).toBe(at);
    const [thread] = dealThreads({ rounds: [theirRound], records: [record], clauseIds: ['availability'] });
    expect(thread!.entries.at(-1)).toMatchObject({ text: 'Price, see list.', editedAt: at, ours: true });
  });

  it('edits our own comment; an unchanged text writes nothing, an empty one is refused', () => {
    const result = changeOwnEntry(own, own.id, { kind: 'edit', text: 'Measured at the load balancer?', at });
    expect(result.ok && result.record.source).toMatchObject({
      text: 'Measured at the load balancer?',
      editedAt: at,
      anchorText: 'load balancer',
    });
    expect(
      changeOwnEntry(own, own.id, {
        kind: 'edit',
        text: own.source.kind === 'ours' ? own.source.text : '',
        at,
      }),
    ).toEqual({
      ok: true,
      record: own,
      changed: false,
    });
    expect(changeOwnEntry(own, own.id, { kind: 'edit', text: '   ', at })).toEqual({
      ok: false,
      reason: 'empty',
    });
  });

  it('deletes as a mark: the entry is shown nowhere, restore brings it back exactly', () => {
    const deleted = changeOwnEntry(answered, 'reply-1', { kind: 'delete', by: 'Jonas Weber', at });
    expect(deleted.ok).toBe(true);
    const gone = deleted.ok ? deleted.record : answered;
    expect(gone.replies[0]).toMatchObject({ deletedAt: at, deletedBy: 'Jonas Weber', text: 'Price.' });
    const [thread] = dealThreads({ rounds: [theirRound], records: [gone], clauseIds: ['availability'] });
    expect(thread!.entries.map((entry) => entry.text)).toEqual(['Why not 99.95 %?', 'Our board asks.']);
    const shown = dealThreads({ rounds: [theirRound], records: [gone], clauseIds: ['availability'] });
    expect(recordOfOwnEntry(shown, [gone], 'reply-1', 'edit')).toEqual({ ok: false, reason: 'missing' });
    expect(recordOfOwnEntry(shown, [gone], 'reply-1', 'restore')).toMatchObject({ ok: true });
    const restored = changeOwnEntry(gone, 'reply-1', { kind: 'restore', at: '2026-11-05T10:01:00.000Z' });
    expect(restored.ok && restored.record.replies).toEqual(answered.replies);
  });

  it('deletes our own comment with its thread', () => {
    const deleted = changeOwnEntry(own, own.id, { kind: 'delete', by: 'Jonas Weber', at });
    const record = deleted.ok ? deleted.record : own;
    expect(dealThreads({ rounds: [], records: [record], clauseIds: ['availability'] })).toEqual([]);
  });
});

describe('Word files of rounds sent before an edit or delete', () => {
  const edited = changeOwnEntry(answered, 'reply-1', { kind: 'edit', text: 'Price, see list.', at });
  const record = edited.ok ? edited.record : answered;

  it('gives each entry the wording it had at a moment, and none once deleted', () => {
    const reply = record.replies[0]!;
    expect(entryAsOf(reply, '2026-11-05T09:00:00.000Z')).toEqual(answered.replies[0]);
    expect(entryAsOf(reply, at)).toMatchObject({ text: 'Price, see list.', editedAt: at });
    const deleted = { ...reply, deletedAt: '2026-11-06T00:00:00.000Z', deletedBy: 'Jonas Weber' };
    expect(entryAsOf(deleted, '2026-11-05T12:00:00.000Z')).toMatchObject({ text: 'Price, see list.' });
    expect(entryAsOf(deleted, '2026-11-06T00:00:00.000Z')).toBeNull();
  });

  it('exports our round frozen before the edit with what was sent, the draft with the edit', () => {
    const input = { rounds: [theirRound], records: [record], clauseIds: ['availability'] };
    const sent = threadsForExport(input, {
      kind: 'round',
      side: 'us',
      number: 2,
      createdAt: '2026-11-05T09:00:00.000Z',
    });
    expect(sent[0]!.comments.map((comment) => comment.text)).toContain('Price.');
    const draft = threadsForExport(input, { kind: 'draft' });
    expect(draft[0]!.comments.map((comment) => comment.text)).toContain('Price, see list.');
    const gone = changeOwnEntry(record, 'reply-1', {
      kind: 'delete',
      by: 'Jonas Weber',
      at: '2026-11-07T00:00:00.000Z',
    });
    const after = { ...input, records: [gone.ok ? gone.record : record] };
    expect(threadsForExport(after, { kind: 'draft' })[0]!.comments).toHaveLength(2);
    const stillSent = threadsForExport(after, {
      kind: 'round',
      side: 'us',
      number: 2,
      createdAt: '2026-11-05T09:00:00.000Z',
    });
    expect(stillSent[0]!.comments.map((comment) => comment.text)).toContain('Price.');
  });
});

import { describe, expect, it } from 'vitest';
import type { ReceivedComment } from '../model/deal';
import { ourThreadId, receivedThreadId, type CommentThreadRecord } from './commentThread';
import { dealThreads, initialsOf, openThreadCounts, type ThreadRound } from './dealThreads';
import { threadsForExport } from './threadsForExport';

const comment = (over: Partial<ReceivedComment> = {}): ReceivedComment => ({
  id: '1',
  author: 'Eva Kunde',
  date: '2026-11-02T09:00:00Z',
  text: 'Why not 99.95 %?',
  anchorText: '99.9 %',
  clauseId: 'availability',
  ...over,
});
const theirRound = (
  id: string,
  number: number,
  comments: ReceivedComment[],
  createdAt = '2026-11-03T08:00:00.000Z',
): ThreadRound => ({
  id,
  number,
  side: 'them',
  createdAt,
  received: { fileName: 'x.docx', comments, unmatchedClauses: [], warnings: [] } as never,
});
const record = (
  over: Partial<CommentThreadRecord> & Pick<CommentThreadRecord, 'id' | 'source'>,
): CommentThreadRecord => ({
  dealId: 'deal-1',
  replies: [],
  states: [],
  updatedAt: '2026-11-04T08:00:00.000Z',
  ...over,
});
const reply = (id: string, createdAt: string, text = `reply ${id}`, author = 'Petra Vogt') => ({
  id,
  author,
  createdAt,
  text,
});
const clauseIds = ['scope', 'availability', 'liability'];

describe('dealThreads', () => {
  it('puts their comment first, their replies next, then ours by date, and our resolve decides', () => {
    const round = theirRound('r2', 2, [
      comment({ replies: [{ id: '2', author: 'Jan Kunde', date: '2026-11-02T10:00:00Z', text: 'Agreed.' }] }),
    ]);
    const threads = dealThreads({
      rounds: [round],
      records: [
        record({
          id: receivedThreadId('r2', '1'),
          source: { kind: 'received', roundId: 'r2', commentId: '1' },
          replies: [reply('b', '2026-11-05T08:00:00.000Z'), reply('a', '2026-11-04T08:00:00.000Z')],
          states: [{ resolved: true, by: 'Petra Vogt', at: '2026-11-05T09:00:00.000Z' }],
        }),
      ],
      clauseIds,
    });
    expect(threads).toHaveLength(1);
    expect(threads[0]!.entries.map((e) => [e.text, e.ours])).toEqual([
      ['Why not 99.95 %?', false],
      ['Agreed.', false],
      ['reply a', true],
      ['reply b', true],
    ]);
    expect(threads[0]).toMatchObject({ resolved: true, onClause: true, roundNumber: 2 });
    expect(threads[0]!.stateChange?.by).toBe('Petra Vogt');
  });

  it('keeps the file’s done flag until we resolve or reopen after the round was recorded', () => {
    const round = theirRound('r2', 2, [comment({ resolved: true })]);
    const base = { rounds: [round], clauseIds };
    expect(dealThreads({ ...base, records: [] })[0]!.resolved).toBe(true);
    const reopened = record({
      id: receivedThreadId('r2', '1'),
      source: { kind: 'received', roundId: 'r2', commentId: '1' },
      states: [{ resolved: false, by: 'Petra Vogt', at: '2026-11-06T08:00:00.000Z' }],
    });
    expect(dealThreads({ ...base, records: [reopened] })[0]!.resolved).toBe(false);
  });

  it('joins the copy of a comment a later file brings back, keeping our replies not yet returned', () => {
    const first = theirRound('r2', 2, [comment()], '2026-11-03T08:00:00.000Z');
    const later = theirRound(
      'r4',
      4,
      [
        comment({
          id: '7',
          replies: [{ id: '8', author: 'Petra Vogt', text: 'We can offer 99.95 % at a higher price.' }],
        }),
      ],
      '2026-11-10T08:00:00.000Z',
    );
    const threads = dealThreads({
      rounds: [later, first],
      records: [
        record({
          id: receivedThreadId('r2', '1'),
          source: { kind: 'received', roundId: 'r2', commentId: '1' },
          replies: [
            reply('a', '2026-11-04T08:00:00.000Z', 'We can offer 99.95 % at a higher price.'),
            reply('b', '2026-11-11T08:00:00.000Z', 'Price list attached.'),
          ],
        }),
      ],
      clauseIds,
    });
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ id: receivedThreadId('r4', '7'), roundNumber: 4 });
    expect(threads[0]!.entries.map((e) => e.text)).toEqual([
      'Why not 99.95 %?',
      'We can offer 99.95 % at a higher price.',
      'Price list attached.',
    ]);
  });

  it('orders by the draft’s clauses and counts open threads, those on a removed clause apart', () => {
    const round = theirRound('r2', 2, [
      comment({ id: '1', clauseId: 'liability', date: '2026-11-02T08:00:00Z' }),
      comment({ id: '2', clauseId: 'gone', text: 'Drop this clause', date: '2026-11-01T08:00:00Z' }),
      comment({ id: '3', clauseId: 'scope', text: 'Which sites?', resolved: true }),
    ]);
    const own = record({
      id: ourThreadId('x'),
      source: {
        kind: 'ours',
        clauseId: 'availability',
        anchorText: '',
        author: 'Petra Vogt',
        createdAt: '2026-11-04T08:00:00.000Z',
        text: 'Please confirm the measuring point.',
      },
    });
    const threads = dealThreads({ rounds: [round], records: [own], clauseIds });
    expect(threads.map((t) => t.clauseId)).toEqual(['scope', 'availability', 'liability', 'gone']);
    expect(threads.find((t) => t.kind === 'ours')?.entries[0]).toMatchObject({ ours: true, initials: 'PV' });
    const counts = openThreadCounts(threads);
    expect([...counts.byClause]).toEqual([
      ['availability', 1],
      ['liability', 1],
    ]);
    expect(counts.offClause).toBe(1);
  });

  it('ignores our own rounds and records of comments no round holds', () => {
    const ours: ThreadRound = { id: 'r1', number: 1, side: 'us', createdAt: '2026-11-01T08:00:00.000Z' };
    const stray = record({
      id: receivedThreadId('r9', '1'),
      source: { kind: 'received', roundId: 'r9', commentId: '1' },
      replies: [reply('a', '2026-11-04T08:00:00.000Z')],
    });
    expect(dealThreads({ rounds: [ours], records: [stray], clauseIds })).toEqual([]);
  });

  it('derives initials from names', () => {
    expect(initialsOf('Petra  Vogt')).toBe('PV');
    expect(initialsOf('élise')).toBe('É');
  });
});

describe('threadsForExport', () => {
  const round = theirRound('r2', 2, [comment()], '2026-11-03T08:00:00.000Z');
  const threadRecord = record({
    id: receivedThreadId('r2', '1'),
    source: { kind: 'received', roundId: 'r2', commentId: '1' },
    replies: [
      reply('a', '2026-11-04T08:00:00.000Z', 'Early'),
      reply('b', '2026-11-09T08:00:00.000Z', 'Late'),
    ],
    states: [{ resolved: true, by: 'Petra Vogt', at: '2026-11-09T09:00:00.000Z' }],
  });
  const own = record({
    id: ourThreadId('x'),
    source: {
      kind: 'ours',
      clauseId: 'gone',
      anchorText: '',
      author: 'Petra Vogt',
      createdAt: '2026-11-08T08:00:00.000Z',
      text: 'New point',
    },
  });
  const input = { rounds: [round], records: [threadRecord, own], clauseIds };

  it('writes everything into the draft’s file, resolved threads done, off-clause ones at the start', () => {
    const threads = threadsForExport(input, { kind: 'draft' });
    expect(threads).toEqual([
      {
        clauseId: 'availability',
        anchorText: '99.9 %',
        done: true,
        comments: [
          { author: 'Eva Kunde', date: '2026-11-02T09:00:00Z', text: 'Why not 99.95 %?' },
          { author: 'Petra Vogt', initials: 'PV', date: '2026-11-04T08:00:00.000Z', text: 'Early' },
          { author: 'Petra Vogt', initials: 'PV', date: '2026-11-09T08:00:00.000Z', text: 'Late' },
        ],
      },
      {
        clauseId: '',
        anchorText: '',
        done: false,
        comments: [
          { author: 'Petra Vogt', initials: 'PV', date: '2026-11-08T08:00:00.000Z', text: 'New point' },
        ],
      },
    ]);
  });

  it('gives our frozen round what had been written when it was frozen, and their round nothing', () => {
    const threads = threadsForExport(input, {
      kind: 'round',
      side: 'us',
      number: 3,
      createdAt: '2026-11-05T08:00:00.000Z',
    });
    expect(threads).toHaveLength(1);
    expect(threads[0]!.comments.map((c) => c.text)).toEqual(['Why not 99.95 %?', 'Early']);
    expect(threads[0]!.done).toBe(false);
    expect(
      threadsForExport(input, {
        kind: 'round',
        side: 'us',
        number: 2,
        createdAt: '2026-12-01T00:00:00.000Z',
      }),
    ).toHaveLength(1);
    expect(
      threadsForExport(input, {
        kind: 'round',
        side: 'them',
        number: 4,
        createdAt: '2026-12-01T00:00:00.000Z',
      }),
    ).toEqual([]);
  });
});

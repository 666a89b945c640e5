import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dealThreads } from '../../../shared/comments/dealThreads';
import { receivedThreadId } from '../../../shared/comments/commentThread';
import { openSlaDatabase } from '../openSlaDatabase';
import { RepositoryError } from '../RepositoryError';
import type { SlaDatabase } from '../SlaDatabase';
import { createFaultInjector, expectAllOrNothing } from '../testing/faultInjection';
import { sampleTemplate } from '../testing/sampleTemplate';
import { writeRaw } from '../testing/writeRaw';
import { buildRepositories, type Repositories } from '.';

let db: SlaDatabase;
let repos: Repositories;
let clock: number;
let ids: number;

beforeEach(async () => {
  db = await openSlaDatabase(`comments-${crypto.randomUUID()}`);
  clock = Date.parse('2026-11-01T08:00:00.000Z');
  ids = 0;
  repos = buildRepositories(db, {
    builtInTemplates: [sampleTemplate()],
    onInvalidRecord: () => {},
    now: () => new Date((clock += 1000)).toISOString(),
    newId: () => `id-${++ids}`,
  });
  await repos.templates.ensureBuiltIns();
});
afterEach(() => db.close());

/** A deal with their round 1 holding one Word comment on the availability clause. */
async function dealWithTheirComment() {
  const deal = await repos.deals.createFromTemplate({
    title: 'Hosting',
    customerName: 'Acme GmbH',
    templateId: 'sample-business',
  });
  const draft = await repos.drafts.get(deal.id);
  const round = await repos.rounds.append({
    id: 'their-1',
    dealId: deal.id,
    side: 'them',
    document: draft!.document,
    note: '',
    author: 'Acme GmbH',
    received: {
      fileName: 'acme.docx',
      comments: [
        {
          id: '0',
          author: 'Eva Roth',
          date: '2026-10-30T09:00:00Z',
          text: 'Why not 99.95 %?',
          anchorText: '99.9 %',
          clauseId: 'availability',
        },
      ],
      unmapped: [],
      warnings: [],
    },
  });
  return { deal, round, key: { kind: 'received' as const, roundId: round.id, commentId: '0' } };
}

describe('comment threads', () => {
  it('keeps our replies and each resolve and reopen with who and when, the received comment untouched', async () => {
    const { deal, round, key } = await dealWithTheirComment();
    await repos.commentThreads.reply(deal.id, key, '  We can offer it at a higher price. ', 'Jonas Weber');
    await repos.commentThreads.setResolved(deal.id, key, true);
    await repos.commentThreads.setResolved(deal.id, key, false);
    const [stored] = await repos.commentThreads.list(deal.id);
    expect(stored).toMatchObject({
      id: receivedThreadId(round.id, '0'),
      replies: [{ author: 'Jonas Weber', text: 'We can offer it at a higher price.' }],
      states: [
        { resolved: true, by: 'Jonas Weber' },
        { resolved: false, by: 'Jonas Weber' },
      ],
    });
    // The name given once is the user's name from then on.
    expect(await repos.settings.get('authorName')).toBe('Jonas Weber');
    expect((await repos.rounds.get(round.id))?.received?.comments[0]).toEqual(round.received!.comments[0]);
    const [thread] = dealThreads({
      rounds: await repos.rounds.list(deal.id),
      records: await repos.commentThreads.list(deal.id),
      clauseIds: ['availability'],
    });
    expect(thread).toMatchObject({ resolved: false, onClause: true });
    expect(thread!.entries.map((entry) => entry.ours)).toEqual([false, true]);
  });

  it('asks for a name when none is known, and writes nothing', async () => {
    const { deal, key } = await dealWithTheirComment();
    const error = await repos.commentThreads.reply(deal.id, key, 'Hello').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect((error as RepositoryError).reason).toBe('authorMissing');
    expect(await repos.commentThreads.list(deal.id)).toEqual([]);
  });

  it('refuses a comment the round does not hold, an empty reply and a clause the draft lacks', async () => {
    const { deal, key } = await dealWithTheirComment();
    await repos.settings.set('authorName', 'Jonas Weber');
    await expect(repos.commentThreads.reply(deal.id, { ...key, commentId: '9' }, 'Hi')).rejects.toMatchObject(
      { code: 'not-found' },
    );
    await expect(repos.commentThreads.reply(deal.id, key, '   ')).rejects.toThrow();
    await expect(
      repos.commentThreads.addComment(deal.id, { clauseId: 'nope', anchorText: '', text: 'Hi' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await repos.commentThreads.list(deal.id)).toEqual([]);
  });

  it('starts comments of our own on a clause of the draft and answers them', async () => {
    const { deal } = await dealWithTheirComment();
    await repos.settings.set('authorName', 'Jonas Weber');
    const own = await repos.commentThreads.addComment(deal.id, {
      clauseId: 'liability',
      anchorText: 'capped',
      text: 'Per year or per incident?',
    });
    await repos.commentThreads.reply(deal.id, { kind: 'ours', id: own.id }, 'Per year.');
    const [stored] = (await repos.commentThreads.list(deal.id)).filter((t) => t.id === own.id);
    expect(stored?.source).toMatchObject({ kind: 'ours', clauseId: 'liability', author: 'Jonas Weber' });
    expect(stored?.replies.map((r) => r.text)).toEqual(['Per year.']);
  });

  it('is read-only in a signed deal', async () => {
    const { deal, key } = await dealWithTheirComment();
    await db.deals.update(deal.id, { status: 'signed' });
    await expect(repos.commentThreads.reply(deal.id, key, 'Hi', 'Jonas Weber')).rejects.toMatchObject({
      reason: 'dealSigned',
    });
  });

  it('goes with its deal when the deal is removed', async () => {
    const { deal, key } = await dealWithTheirComment();
    await repos.commentThreads.reply(deal.id, key, 'Noted.', 'Jonas Weber');
    await repos.deals.remove(deal.id);
    expect(await db.commentThreads.count()).toBe(0);
  });
});

describe('our own comment on selected words', () => {
  it('stores the words, which copy of them and their surroundings, and shows them as the thread’s anchor', async () => {
    const { deal } = await dealWithTheirComment();
    const anchor = {
      quote: 'load balancer',
      occurrence: 1,
      prefix: 'at the ',
      suffix: ' of the data centre',
    };
    const own = await repos.commentThreads.addComment(
      deal.id,
      { clauseId: 'availability', anchor, text: 'Which one?' },
      'Jonas Weber',
    );
    expect(own.source).toMatchObject({
      kind: 'ours',
      anchorText: 'load balancer',
      anchorOccurrence: 1,
      anchorPrefix: 'at the ',
      anchorSuffix: ' of the data centre',
    });
    const threads = dealThreads({
      rounds: [],
      records: await repos.commentThreads.list(deal.id),
      clauseIds: ['availability'],
    });
    expect(threads[0]).toMatchObject({ anchorText: 'load balancer', anchor });
  });

  it('reads a comment stored before anchors and edits had fields of their own', async () => {
    const { deal } = await dealWithTheirComment();
    const old = {
      id: 'o:old',
      dealId: deal.id,
      source: {
        kind: 'ours',
        clauseId: 'availability',
        anchorText: '',
        author: 'Jana Berg',
        createdAt: '2026-10-06T10:00:00.000Z',
        text: 'Messpunkt?',
      },
      replies: [
        { id: 'r-old', author: 'Jana Berg', createdAt: '2026-10-06T11:00:00.000Z', text: 'Erledigt.' },
      ],
      states: [],
      updatedAt: '2026-10-06T11:00:00.000Z',
    };
    await writeRaw(db.name, 'commentThreads', old);
    expect(await repos.commentThreads.list(deal.id)).toEqual([old]);
    const edited = await repos.commentThreads.editEntry(
      deal.id,
      'r-old',
      'Erledigt, siehe Anlage.',
      'Jana Berg',
    );
    expect(edited.replies[0]).toMatchObject({
      text: 'Erledigt, siehe Anlage.',
      earlier: [{ text: 'Erledigt.' }],
    });
  });
});

describe('editing and deleting our own comments and replies', () => {
  /** Their comment answered by us, and a comment of ours with a reply. */
  async function answered() {
    const their = await dealWithTheirComment();
    const { deal, key } = their;
    const reply = await repos.commentThreads.reply(deal.id, key, 'Price.', 'Jonas Weber');
    const own = await repos.commentThreads.addComment(deal.id, { clauseId: 'liability', text: 'Per year?' });
    await repos.commentThreads.reply(deal.id, { kind: 'ours', id: own.id }, 'Yes, per year.');
    return { ...their, replyId: reply.replies[0]!.id, ownId: own.id };
  }
  const shownTexts = async (dealId: string) =>
    dealThreads({
      rounds: await repos.rounds.list(dealId),
      records: await repos.commentThreads.list(dealId),
      clauseIds: ['availability', 'liability'],
    }).map((thread) => thread.entries.map((entry) => [entry.text, entry.editedAt !== undefined]));

  it('edits our reply and our comment, shown as edited, the earlier wording kept', async () => {
    const { deal, replyId, ownId } = await answered();
    await repos.commentThreads.editEntry(deal.id, replyId, ' Price, see the list. ');
    await repos.commentThreads.editEntry(deal.id, ownId, 'Per year or per incident?');
    expect(await shownTexts(deal.id)).toEqual([
      [
        ['Why not 99.95 %?', false],
        ['Price, see the list.', true],
      ],
      [
        ['Per year or per incident?', true],
        ['Yes, per year.', false],
      ],
    ]);
    const stored = await repos.commentThreads.list(deal.id);
    const reply = stored.flatMap((thread) => thread.replies).find((r) => r.id === replyId);
    expect(reply).toMatchObject({ earlier: [{ text: 'Price.' }], editedAt: expect.any(String) });
  });

  it('deletes our reply and our comment with its thread, and Undo brings them back exactly', async () => {
    const { deal, replyId, ownId } = await answered();
    const before = await repos.commentThreads.list(deal.id);
    await repos.commentThreads.deleteEntry(deal.id, replyId);
    await repos.commentThreads.deleteEntry(deal.id, ownId);
    expect(await shownTexts(deal.id)).toEqual([[['Why not 99.95 %?', false]]]);
    await repos.commentThreads.restoreEntry(deal.id, replyId);
    await repos.commentThreads.restoreEntry(deal.id, ownId);
    const after = await repos.commentThreads.list(deal.id);
    const strip = (records: typeof before) => records.map(({ updatedAt: _u, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before));
  });

  it('refuses to edit or delete the customer’s comment or reply, and writes nothing', async () => {
    const { deal, round } = await answered();
    const before = await repos.commentThreads.list(deal.id);
    for (const attempt of [
      repos.commentThreads.editEntry(deal.id, '0', 'Why not 99.99 %?'),
      repos.commentThreads.deleteEntry(deal.id, '0'),
    ])
      await expect(attempt).rejects.toMatchObject({ code: 'refused', reason: 'commentTheirs' });
    await expect(repos.commentThreads.editEntry(deal.id, 'nope', 'x')).rejects.toMatchObject({
      reason: 'commentMissing',
    });
    await expect(repos.commentThreads.restoreEntry(deal.id, '0')).rejects.toMatchObject({
      reason: 'commentMissing',
    });
    expect(await repos.commentThreads.list(deal.id)).toEqual(before);
    expect((await repos.rounds.get(round.id))?.received?.comments).toEqual(round.received!.comments);
  });

  it('refuses an empty edit, and any change on a signed deal', async () => {
    const { deal, replyId } = await answered();
    await expect(repos.commentThreads.editEntry(deal.id, replyId, '  ')).rejects.toMatchObject({
      reason: 'commentEmpty',
    });
    await db.deals.update(deal.id, { status: 'signed' });
    await expect(repos.commentThreads.editEntry(deal.id, replyId, 'Changed')).rejects.toMatchObject({
      reason: 'dealSigned',
    });
    await expect(repos.commentThreads.deleteEntry(deal.id, replyId)).rejects.toMatchObject({
      reason: 'dealSigned',
    });
  });

  it('makes each edit, delete and restore one transaction (the name stored with it, or nothing)', async () => {
    const prepare = async () => {
      const injector = createFaultInjector();
      const name = `comments-faults-${crypto.randomUUID()}`;
      const faultDb = await openSlaDatabase(name, { use: [injector.middleware] });
      let next = 0;
      const faultRepos = buildRepositories(faultDb, {
        builtInTemplates: [sampleTemplate()],
        onInvalidRecord: () => {},
        now: () => '2026-11-05T10:00:00.000Z',
        newId: () => `id-${++next}`,
      });
      await faultRepos.templates.ensureBuiltIns();
      const deal = await faultRepos.deals.createFromTemplate({
        title: 'Hosting',
        customerName: 'Acme GmbH',
        templateId: 'sample-business',
      });
      const own = await faultRepos.commentThreads.addComment(
        deal.id,
        { clauseId: 'availability', text: 'Per year?' },
        'Jonas Weber',
      );
      const reply = await faultRepos.commentThreads.reply(deal.id, { kind: 'ours', id: own.id }, 'Yes.');
      const gone = await faultRepos.commentThreads.addComment(deal.id, {
        clauseId: 'availability',
        text: 'Taken back.',
      });
      await faultRepos.commentThreads.deleteEntry(deal.id, gone.id);
      // The name is asked again (settings reset): each action stores it with its own write.
      await faultDb.settings.delete('authorName');
      return {
        db: faultDb,
        injector,
        context: { repos: faultRepos, dealId: deal.id, goneId: gone.id, replyId: reply.replies[0]!.id },
      };
    };
    const checks = {
      equal: (actual: unknown, expected: unknown, message: string) =>
        expect(actual, message).toEqual(expected),
      rejects: async (promise: Promise<unknown>, message: string) =>
        void (await expect(promise, message).rejects.toBeDefined()),
    };
    const actions = [
      ({ repos: r, dealId, replyId }: Awaited<ReturnType<typeof prepare>>['context']) =>
        r.commentThreads.editEntry(dealId, replyId, 'Yes, per year.', 'Jonas Weber'),
      ({ repos: r, dealId, replyId }: Awaited<ReturnType<typeof prepare>>['context']) =>
        r.commentThreads.deleteEntry(dealId, replyId, 'Jonas Weber'),
      ({ repos: r, dealId, goneId }: Awaited<ReturnType<typeof prepare>>['context']) =>
        r.commentThreads.restoreEntry(dealId, goneId, 'Jonas Weber'),
    ];
    for (const act of actions) {
      const { writes } = await expectAllOrNothing({ prepare, act }, checks);
      expect(writes).toBe(2);
    }
  });
});

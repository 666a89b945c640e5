import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dealThreads } from '../../../shared/comments/dealThreads';
import { receivedThreadId } from '../../../shared/comments/commentThread';
import { openSlaDatabase } from '../openSlaDatabase';
import { RepositoryError } from '../RepositoryError';
import type { SlaDatabase } from '../SlaDatabase';
import { sampleTemplate } from '../testing/sampleTemplate';
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

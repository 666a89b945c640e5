import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTermValue } from '../../../shared/model/operations';
import { verifyChain } from '../../../shared/rounds/hashRound';
import { buildRepositories, openSlaDatabase, RepositoryError, type Repositories } from '../../db';
import type { SlaDatabase } from '../../db';
import { sampleTemplate } from '../../db/testing/sampleTemplate';
import { recordTheirRound, SendBlockedError, sendRound } from './roundActions';

let db: SlaDatabase;
let repos: Repositories;
let ids = 0;

beforeEach(async () => {
  db = await openSlaDatabase(`round-actions-${crypto.randomUUID()}`);
  repos = buildRepositories(db, { builtInTemplates: [sampleTemplate()], onInvalidRecord: () => {} });
  await repos.templates.ensureBuiltIns();
});

afterEach(() => db.close());

const options = { newId: () => `round-${++ids}`, now: () => '2026-03-02T09:00:00.000Z' };

async function newDeal() {
  return repos.deals.createFromTemplate({
    title: 'Acme hosting',
    customerName: 'Acme GmbH',
    templateId: 'sample-business',
  });
}

describe('sendRound and recordTheirRound', () => {
  it('freeze the draft as numbered, chained rounds and start the negotiation', async () => {
    const deal = await newDeal();
    const first = await sendRound(repos, deal.id, '  first offer ', 'Anna');
    expect(first).toMatchObject({
      number: 1,
      side: 'us',
      note: 'first offer',
      author: 'Anna',
      prevHash: null,
    });
    expect((await repos.deals.get(deal.id))?.status).toBe('negotiating');

    // The customer's text, typed into the draft, becomes their round 2.
    const draft = (await repos.drafts.get(deal.id))!;
    const edited = setTermValue(draft.document, 'availability', 99.5);
    if (!edited.ok) throw new Error(edited.message);
    await repos.drafts.save(deal.id, edited.document);
    const second = await recordTheirRound(repos, deal.id, '', 'Anna', options);
    expect(second).toMatchObject({ number: 2, side: 'them', prevHash: first.hash });
    expect(second.document.terms.find((t) => t.id === 'availability')).toMatchObject({ value: 99.5 });
    // The draft is still their text: nothing was reset.
    expect((await repos.drafts.get(deal.id))?.document).toEqual(edited.document);

    const rounds = await repos.rounds.list(deal.id);
    expect(rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(verifyChain(rounds)).toEqual({ ok: true });
  });

  it('keep a frozen round unchanged when the draft is edited afterwards', async () => {
    const deal = await newDeal();
    const round = await sendRound(repos, deal.id, '', 'Anna', options);
    const draft = (await repos.drafts.get(deal.id))!;
    const edited = setTermValue(draft.document, 'availability', 98);
    if (!edited.ok) throw new Error(edited.message);
    await repos.drafts.save(deal.id, edited.document);
    const stored = await repos.rounds.get(round.id);
    expect(stored?.document.terms.find((t) => t.id === 'availability')).toMatchObject({ value: 99.9 });
    expect(verifyChain([stored!])).toEqual({ ok: true });
  });

  it('leave a deal in approval as it is', async () => {
    const deal = await newDeal();
    await repos.deals.update(deal.id, { status: 'approval' });
    await sendRound(repos, deal.id, '', 'Anna', options);
    expect((await repos.deals.get(deal.id))?.status).toBe('approval');
  });

  it('refuse a second round with a number already taken, so the chain cannot fork', async () => {
    const deal = await newDeal();
    let n = 0;
    // Both calls read "no rounds yet" before either writes.
    const results = await Promise.allSettled([
      sendRound(repos, deal.id, 'a', 'Anna', { newId: () => `fork-${++n}` }),
      sendRound(repos, deal.id, 'b', 'Ben', { newId: () => `fork-${++n}` }),
    ]);
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(rejected.length).toBeLessThanOrEqual(1);
    for (const result of rejected) expect(result.reason).toBeInstanceOf(RepositoryError);
    const rounds = await repos.rounds.list(deal.id);
    expect(verifyChain(rounds)).toEqual({ ok: true });
  });
});

describe('sendRound and the approvals a round needs (issue 10)', () => {
  async function dealAsking99point99() {
    const deal = await newDeal();
    await repos.playbooks.setEntry('template', 'sample-business', {
      termId: 'availability',
      target: 99.5,
      fallback: 99.9,
      walkAway: 99.99,
      owner: 'technology',
      note: '',
    });
    const draft = (await repos.drafts.get(deal.id))!;
    const edited = setTermValue(draft.document, 'availability', 99.99);
    if (!edited.ok) throw new Error(edited.message);
    await repos.drafts.save(deal.id, edited.document);
    return deal;
  }

  it('refuse a round that waits for an approval, naming it, and write nothing', async () => {
    const deal = await dealAsking99point99();
    const error = await sendRound(repos, deal.id, '', 'Anna', options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendBlockedError);
    expect((error as SendBlockedError).message).toContain('term:availability:technology');
    expect(await repos.rounds.list(deal.id)).toEqual([]);
  });

  it('send once the owner approved that exact value', async () => {
    const deal = await dealAsking99point99();
    const approval = {
      dealId: deal.id,
      round: 1,
      requirement: 'term:availability:technology',
      role: 'technology' as const,
      name: 'Tom',
      decision: 'approve' as const,
      comment: '',
    };
    // An approval of another value does not count.
    await repos.approvals.record({ ...approval, fingerprint: '99.95' });
    await expect(sendRound(repos, deal.id, '', 'Anna', options)).rejects.toBeInstanceOf(SendBlockedError);
    await repos.approvals.record({ ...approval, fingerprint: '99.99' });
    const round = await sendRound(repos, deal.id, '', 'Anna', options);
    expect(round.sendOverride).toBeUndefined();
  });

  it('send with an override whose reason and open approvals stay on the round', async () => {
    const deal = await dealAsking99point99();
    const round = await sendRound(repos, deal.id, '', 'Anna', {
      ...options,
      overrideReason: '  Deadline today ',
    });
    expect(round.sendOverride).toEqual({
      reason: 'Deadline today',
      unresolved: ['term:availability:technology'],
    });
    expect((await repos.rounds.get(round.id))?.sendOverride?.reason).toBe('Deadline today');
    expect(verifyChain(await repos.rounds.list(deal.id))).toEqual({ ok: true });
  });
});

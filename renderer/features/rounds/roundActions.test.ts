import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTermValue } from '../../../shared/model/operations';
import { verifyChain } from '../../../shared/rounds/hashRound';
import { verifyRounds } from '../../../shared/rounds/verifyRounds';
import { buildRepositories, openSlaDatabase, type Repositories } from '../../db';
import type { SlaDatabase } from '../../db';
import { webCryptoVerify } from '../../db/signing/ed25519';
import { sampleTemplate } from '../../db/testing/sampleTemplate';
import { newRoundId, recordTheirRound, SendBlockedError, sendRound } from './roundActions';

let db: SlaDatabase;
let repos: Repositories;
let ids = 0;
const roundId = () => `round-${++ids}`;

beforeEach(async () => {
  db = await openSlaDatabase(`round-actions-${crypto.randomUUID()}`);
  repos = buildRepositories(db, { builtInTemplates: [sampleTemplate()], onInvalidRecord: () => {} });
  await repos.templates.ensureBuiltIns();
});

afterEach(() => db.close());

async function newDeal() {
  return repos.deals.createFromTemplate({
    title: 'Acme hosting',
    customerName: 'Acme GmbH',
    templateId: 'sample-business',
  });
}

const verified = async (dealId: string) =>
  verifyRounds(await repos.rounds.list(dealId), {
    keys: await repos.signingKeys.publicKeys(),
    verify: webCryptoVerify,
  });

describe('sendRound and recordTheirRound', () => {
  it('freeze the draft as numbered, chained, signed rounds and start the negotiation', async () => {
    const deal = await newDeal();
    const first = await sendRound(repos, {
      dealId: deal.id,
      note: '  first offer ',
      author: 'Anna',
      roundId: roundId(),
    });
    expect(first).toMatchObject({
      number: 1,
      side: 'us',
      note: 'first offer',
      author: 'Anna',
      prevHash: null,
      hashVersion: 2,
    });
    expect(first.signature?.keyId).toBe(await repos.signingKeys.ownKeyId());
    expect((await repos.deals.get(deal.id))?.status).toBe('negotiating');

    // The customer's text, typed into the draft, becomes their round 2.
    const draft = (await repos.drafts.get(deal.id))!;
    const edited = setTermValue(draft.document, 'availability', 99.5);
    if (!edited.ok) throw new Error(edited.message);
    await repos.drafts.save(deal.id, edited.document);
    const second = await recordTheirRound(repos, {
      dealId: deal.id,
      note: '',
      author: 'Anna',
      roundId: roundId(),
    });
    expect(second).toMatchObject({ number: 2, side: 'them', prevHash: first.hash });
    expect(second.document.terms.find((t) => t.id === 'availability')).toMatchObject({ value: 99.5 });
    // The draft is still their text: nothing was reset.
    expect((await repos.drafts.get(deal.id))?.document).toEqual(edited.document);

    const rounds = await repos.rounds.list(deal.id);
    expect(rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(verifyChain(rounds)).toEqual({ ok: true });
    expect(await verified(deal.id)).toEqual({ ok: true });
  });

  it('keep a frozen round unchanged when the draft is edited afterwards', async () => {
    const deal = await newDeal();
    const round = await sendRound(repos, { dealId: deal.id, note: '', author: 'Anna', roundId: roundId() });
    const draft = (await repos.drafts.get(deal.id))!;
    const edited = setTermValue(draft.document, 'availability', 98);
    if (!edited.ok) throw new Error(edited.message);
    await repos.drafts.save(deal.id, edited.document);
    const stored = await repos.rounds.get(round.id);
    expect(stored?.document.terms.find((t) => t.id === 'availability')).toMatchObject({ value: 99.9 });
    expect(await verified(deal.id)).toEqual({ ok: true });
  });

  it('leave a deal in approval as it is', async () => {
    const deal = await newDeal();
    await repos.deals.update(deal.id, { status: 'approval' });
    await sendRound(repos, { dealId: deal.id, note: '', author: 'Anna', roundId: roundId() });
    expect((await repos.deals.get(deal.id))?.status).toBe('approval');
  });

  it('store the author name with the round when asked, in the same action', async () => {
    const deal = await newDeal();
    await sendRound(repos, {
      dealId: deal.id,
      note: '',
      author: ' Anna Berg ',
      roundId: roundId(),
      rememberAuthor: true,
    });
    expect(await repos.settings.get('authorName')).toBe('Anna Berg');
  });

  it('write one round for one action however often it is retried', async () => {
    const deal = await newDeal();
    const input = { dealId: deal.id, note: 'offer', author: 'Anna', roundId: roundId() };
    const first = await sendRound(repos, input);
    const again = await sendRound(repos, input);
    expect(again).toEqual(first);
    expect(await repos.rounds.list(deal.id)).toHaveLength(1);
    const added = (await repos.audit.list(deal.id)).filter((entry) => entry.action === 'round-added');
    expect(added).toHaveLength(1);
  });

  it('never fork the chain when two windows send at the same moment', async () => {
    const deal = await newDeal();
    // Both calls read "no rounds yet" before either writes; the loser builds again on the winner.
    const results = await Promise.allSettled([
      sendRound(repos, { dealId: deal.id, note: 'a', author: 'Anna', roundId: roundId() }),
      sendRound(repos, { dealId: deal.id, note: 'b', author: 'Ben', roundId: roundId() }),
    ]);
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    const rounds = await repos.rounds.list(deal.id);
    expect(rounds.map((round) => round.number)).toEqual([1, 2]);
    expect(await verified(deal.id)).toEqual({ ok: true });
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
    const error = await sendRound(repos, {
      dealId: deal.id,
      note: '',
      author: 'Anna',
      roundId: newRoundId(),
    }).catch((e: unknown) => e);
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
    await expect(
      sendRound(repos, { dealId: deal.id, note: '', author: 'Anna', roundId: newRoundId() }),
    ).rejects.toBeInstanceOf(SendBlockedError);
    await repos.approvals.record({ ...approval, fingerprint: '99.99' });
    const round = await sendRound(repos, {
      dealId: deal.id,
      note: '',
      author: 'Anna',
      roundId: newRoundId(),
    });
    expect(round.sendOverride).toBeUndefined();
  });

  it('send with an override whose reason and open approvals stay on the round', async () => {
    const deal = await dealAsking99point99();
    const round = await sendRound(repos, {
      dealId: deal.id,
      note: '',
      author: 'Anna',
      roundId: newRoundId(),
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

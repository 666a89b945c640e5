import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentInput } from '../../../shared/monitoring/model';
import { verifyChain } from '../../../shared/rounds/hashRound';
import { verifyDatabase } from '../integrity/verifyDatabase';
import { openSlaDatabase } from '../openSlaDatabase';
import { RepositoryError } from '../RepositoryError';
import type { SlaDatabase } from '../SlaDatabase';
import { sampleTemplate } from '../testing/sampleTemplate';
import { ValidationError } from '../ValidationError';
import { buildRepositories, type Repositories, type SignInput } from '.';

let db: SlaDatabase;
let repos: Repositories;
let clock: number;
let ids: number;

beforeEach(async () => {
  db = await openSlaDatabase(`monitoring-${crypto.randomUUID()}`);
  clock = Date.parse('2026-10-01T08:00:00.000Z');
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

const newDeal = () =>
  repos.deals.createFromTemplate({
    title: 'Hosting',
    customerName: 'Acme GmbH',
    templateId: 'sample-business',
  });

const signing = (dealId: string, extra: Partial<SignInput> = {}): SignInput => ({
  dealId,
  roundId: null,
  signedOn: '2026-10-01',
  signatories: [
    { name: 'Eva Roth', role: 'CEO', side: 'them' },
    { name: 'Jonas Weber', role: 'Sales', side: 'us' },
  ],
  termStart: '2026-10-01',
  termEnd: null,
  reviewIntervalMonths: 12,
  nextReviewOn: '2027-10-01',
  timeZone: 'Europe/Berlin',
  author: 'Jonas Weber',
  ...extra,
});

const outage = (start: string, end: string | null, extra: Partial<IncidentInput> = {}): IncidentInput => ({
  kind: 'outage',
  start,
  end,
  priority: 1,
  priorityLabel: 'P1',
  respondedAt: null,
  resolvedAt: null,
  title: 'Ausfall',
  note: '',
  reference: '',
  ...extra,
});

describe('signing', () => {
  it('freezes the draft as the signed round, stores the agreement and sets the deal signed, at once', async () => {
    const deal = await newDeal();
    const agreement = await repos.agreements.sign(signing(deal.id));
    expect(agreement).toMatchObject({
      dealId: deal.id,
      roundNumber: 1,
      timeZone: 'Europe/Berlin',
      warningThresholds: [50, 80, 100],
    });
    const rounds = await repos.rounds.list(deal.id);
    expect(rounds.map((r) => [r.id, r.author])).toEqual([[agreement.roundId, 'Jonas Weber']]);
    expect(verifyChain(rounds).ok).toBe(true);
    // The signed round is signed by this installation like every round it records (issue 9).
    expect(rounds[0]!.signature?.keyId).toBe(await repos.signingKeys.ownKeyId());
    expect((await verifyDatabase(db)).ok).toBe(true);
    expect((await repos.deals.get(deal.id))?.status).toBe('signed');
    expect((await repos.audit.list(deal.id)).map((entry) => entry.action)).toContain('deal-signed');
  });

  it('signs an existing round, and a later signing replaces the earlier agreement', async () => {
    const deal = await newDeal();
    const first = await repos.agreements.sign(signing(deal.id));
    const second = await repos.agreements.sign(
      signing(deal.id, { roundId: first.roundId, signedOn: '2027-01-10' }),
    );
    expect(second.roundId).toBe(first.roundId);
    expect((await repos.agreements.get(first.id))?.supersededBy).toBe(second.id);
    expect((await repos.agreements.active()).map((a) => a.id)).toEqual([second.id]);
    expect((await repos.agreements.activeForDeal(deal.id))?.id).toBe(second.id);
  });

  it('refuses bad input and leaves everything as it was', async () => {
    const deal = await newDeal();
    await expect(
      repos.agreements.sign(signing(deal.id, { timeZone: 'Mars/Olympus' })),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(repos.agreements.sign(signing(deal.id, { termEnd: '2026-01-01' }))).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(repos.agreements.sign(signing(deal.id, { signatories: [] }))).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(repos.agreements.sign(signing(deal.id, { roundId: 'nope' }))).rejects.toBeInstanceOf(
      RepositoryError,
    );
    expect(await repos.rounds.list(deal.id)).toEqual([]);
    expect(await repos.agreements.list()).toEqual([]);
    expect((await repos.deals.get(deal.id))?.status).toBe('drafting');
  });

  it('renegotiates from the signed text while the agreement stays in force', async () => {
    const deal = await newDeal();
    const agreement = await repos.agreements.sign(signing(deal.id));
    const signed = (await repos.rounds.get(agreement.roundId))!.document;
    // Closed is closed (issue 10): the signed deal's draft changes only by renegotiating.
    await expect(repos.drafts.save(deal.id, { ...signed, title: 'changed after signing' })).rejects.toThrow(
      /read-only/,
    );
    const draft = await repos.agreements.renegotiate(deal.id);
    expect(draft.document).toEqual(signed);
    expect((await repos.deals.get(deal.id))?.status).toBe('negotiating');
    expect((await repos.agreements.activeForDeal(deal.id))?.id).toBe(agreement.id);
  });

  it('remembers notified warnings once each', async () => {
    const deal = await newDeal();
    const agreement = await repos.agreements.sign(signing(deal.id));
    await repos.agreements.markNotified(agreement.id, ['2026-10:budget:80']);
    await repos.agreements.markNotified(agreement.id, ['2026-10:budget:80', '2026-10:burn-rate']);
    expect((await repos.agreements.get(agreement.id))?.notified).toEqual([
      '2026-10:budget:80',
      '2026-10:burn-rate',
    ]);
  });
});

describe('incidents', () => {
  it('are kept per deal in order of their start, edited and removed with undo', async () => {
    const deal = await newDeal();
    const later = await repos.incidents.add(
      deal.id,
      outage('2026-10-09T08:00:00.000Z', '2026-10-09T08:20:00.000Z'),
    );
    const earlier = await repos.incidents.add(deal.id, outage('2026-10-02T08:00:00.000Z', null));
    expect((await repos.incidents.list(deal.id)).map((i) => i.id)).toEqual([earlier.id, later.id]);
    const closed = await repos.incidents.update(earlier.id, {
      ...outage('2026-10-02T08:00:00.000Z', '2026-10-02T09:00:00.000Z'),
    });
    expect(closed.end).toBe('2026-10-02T09:00:00.000Z');
    const removed = await repos.incidents.remove(later.id);
    expect(await repos.incidents.list(deal.id)).toHaveLength(1);
    await repos.incidents.restore(removed!);
    expect(await repos.incidents.list(deal.id)).toHaveLength(2);
  });

  it('refuse an end before the start', async () => {
    const deal = await newDeal();
    await expect(
      repos.incidents.add(deal.id, outage('2026-10-02T08:00:00.000Z', '2026-10-02T07:00:00.000Z')),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('import all confirmed rows in one go, and can take the import back', async () => {
    const deal = await newDeal();
    const rows = [
      outage('2026-10-02T08:00:00.000Z', '2026-10-02T08:10:00.000Z', { reference: 'A-1' }),
      outage('2026-10-03T08:00:00.000Z', '2026-10-03T08:10:00.000Z', { reference: 'A-2' }),
    ];
    const { importId, count } = await repos.incidents.importMany(deal.id, rows, 'export.csv');
    expect(count).toBe(2);
    const stored = await repos.incidents.list(deal.id);
    expect(stored.every((i) => i.source === 'import' && i.importId === importId)).toBe(true);
    expect(await repos.incidents.removeImport(importId)).toBe(2);
    expect(await repos.incidents.list(deal.id)).toEqual([]);
  });

  it('never half-import: one invalid or already recorded row and nothing is written', async () => {
    const deal = await newDeal();
    await repos.incidents.add(
      deal.id,
      outage('2026-10-02T08:00:00.000Z', '2026-10-02T08:10:00.000Z', { reference: 'A-1' }),
    );
    const bad = [
      outage('2026-10-05T08:00:00.000Z', '2026-10-05T08:10:00.000Z', { reference: 'B-1' }),
      outage('2026-10-06T08:00:00.000Z', '2026-10-06T07:10:00.000Z', { reference: 'B-2' }),
    ];
    await expect(repos.incidents.importMany(deal.id, bad, 'x.csv')).rejects.toBeInstanceOf(ValidationError);
    const again = [
      outage('2026-10-05T08:00:00.000Z', '2026-10-05T08:10:00.000Z', { reference: 'B-1' }),
      outage('2026-10-02T08:00:00.000Z', '2026-10-02T08:10:00.000Z', { reference: 'A-1' }),
    ];
    await expect(repos.incidents.importMany(deal.id, again, 'x.csv')).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await repos.incidents.list(deal.id)).map((i) => i.reference)).toEqual(['A-1']);
  });
});

describe('removing a signed deal', () => {
  it('takes its agreement, the agreement’s reviews and its incidents with it, in one go', async () => {
    const deal = await newDeal();
    const other = await newDeal();
    const agreement = await repos.agreements.sign(signing(deal.id));
    const kept = await repos.agreements.sign(signing(other.id));
    await repos.incidents.add(deal.id, outage('2026-10-09T08:00:00.000Z', '2026-10-09T08:20:00.000Z'));
    await repos.incidents.add(other.id, outage('2026-10-09T08:00:00.000Z', '2026-10-09T08:20:00.000Z'));
    await repos.reviews.completeAgreementReview(agreement.id, {
      completedOn: '2026-10-18',
      completedBy: 'Jana Berg',
      note: '',
      nextReviewOn: '2027-10-18',
    });
    await repos.deals.remove(deal.id);
    expect(await repos.agreements.forDeal(deal.id)).toEqual([]);
    expect(await repos.reviews.forAgreement(agreement.id)).toEqual([]);
    expect(await db.incidents.where('dealId').equals(deal.id).count()).toBe(0);
    // The other deal keeps everything.
    expect((await repos.agreements.activeForDeal(other.id))?.id).toBe(kept.id);
    expect(await db.incidents.where('dealId').equals(other.id).count()).toBe(1);
  });
});

describe('reviews', () => {
  it('of an agreement record who and when and set the next date', async () => {
    const deal = await newDeal();
    const agreement = await repos.agreements.sign(signing(deal.id, { nextReviewOn: '2026-10-20' }));
    const review = await repos.reviews.completeAgreementReview(agreement.id, {
      completedOn: '2026-10-18',
      completedBy: 'Jana Berg',
      note: 'Alle Werte passen.',
      nextReviewOn: '2027-10-18',
    });
    expect(review.subject).toEqual({ kind: 'agreement', agreementId: agreement.id, dealId: deal.id });
    expect((await repos.agreements.get(agreement.id))?.nextReviewOn).toBe('2027-10-18');
    expect(await repos.reviews.forAgreement(agreement.id)).toEqual([review]);
  });

  it('of a template move its review date on', async () => {
    await repos.reviews.completeTemplateReview('sample-business', {
      completedOn: '2026-10-18',
      completedBy: 'Jana Berg',
      note: '',
      nextReviewOn: '2027-10-18',
    });
    expect((await repos.templates.get('sample-business'))?.reviewDate).toBe('2027-10-18');
    expect(await repos.reviews.forTemplate('sample-business')).toHaveLength(1);
  });

  it('of an own template write its next version with the new date', async () => {
    const own = await repos.templates.duplicate('sample-business', 1, 'Own');
    await repos.reviews.completeTemplateReview(own.id, {
      completedOn: '2026-10-18',
      completedBy: 'Jana Berg',
      note: '',
      nextReviewOn: '2027-10-18',
    });
    expect(await repos.templates.get(own.id)).toMatchObject({ version: 2, reviewDate: '2027-10-18' });
    expect(await repos.reviews.forTemplate(own.id)).toHaveLength(1);
  });

  it('refuse a next date that is not after the review', async () => {
    await expect(
      repos.reviews.completeTemplateReview('sample-business', {
        completedOn: '2026-10-18',
        completedBy: 'Jana Berg',
        note: '',
        nextReviewOn: '2026-10-18',
      }),
    ).rejects.toBeInstanceOf(RepositoryError);
    expect(await repos.reviews.list()).toEqual([]);
  });
});

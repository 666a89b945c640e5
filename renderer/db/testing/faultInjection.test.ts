import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../shared/backup';
import { sampleBackup } from '../../../shared/backup/testing/sampleBackup';
import type { ImportedDocx } from '../../../shared/docx/importDocx';
import { setTermValue } from '../../../shared/model/operations';
import { buildChangeTree } from '../../../shared/redline';
import { buildNextDraft } from '../../features/compare/buildNextDraft';
import { recordImportedRound } from '../../features/word/importIntoDeal';
import { restoreBackup } from '../backup/backupDatabase';
import { openSlaDatabase } from '../openSlaDatabase';
import { buildRepositories, type Repositories } from '../repositories';
import type { SlaDatabase } from '../SlaDatabase';
import {
  createFaultInjector,
  expectAllOrNothing,
  snapshotDatabase,
  type FaultInjector,
} from './faultInjection';
import { sampleTemplate } from './sampleTemplate';

/**
 * Issue 9, "every user action is one transaction": each multi-record action below is run once per
 * write it makes, with that write failing. Every run must fail, leave the database exactly as before,
 * and a retry must give what a clean run gives (nothing duplicated).
 */

interface Context {
  db: SlaDatabase;
  repos: Repositories;
  dealId: string;
  ids: { reset(): void };
}

const NOW = '2026-11-03T09:00:00.000Z';

async function prepare(
  setup: (repos: Repositories, dealId: string, db: SlaDatabase) => Promise<void> = async () => {},
): Promise<{ db: SlaDatabase; injector: FaultInjector; context: Context }> {
  const injector = createFaultInjector();
  const db = await openSlaDatabase(`faults-${crypto.randomUUID()}`, { use: [injector.middleware] });
  let next = 0;
  const repos = buildRepositories(db, {
    builtInTemplates: [sampleTemplate()],
    now: () => NOW,
    newId: () => `id-${++next}`,
    onInvalidRecord: () => {},
  });
  await repos.templates.ensureBuiltIns();
  // This installation's key exists before the action (making it is its own one-record write).
  await repos.signingKeys.ownKeyId();
  const deal = await repos.deals.createFromTemplate({
    title: 'Acme hosting',
    customerName: 'Acme GmbH',
    templateId: 'sample-business',
  });
  await setup(repos, deal.id, db);
  const base = next;
  return { db, injector, context: { db, repos, dealId: deal.id, ids: { reset: () => (next = base) } } };
}

const checks = {
  equal(actual: unknown, expected: unknown, message: string) {
    expect(normalize(actual), message).toEqual(normalize(expected));
  },
  async rejects(promise: Promise<unknown>, message: string) {
    await expect(promise, message).rejects.toBeDefined();
  },
};

/**
 * Each run makes its own installation key, so signatures and keys differ between runs by design;
 * everything else (ids, times, hashes) is deterministic and compared exactly.
 */
function normalize(snapshot: unknown): unknown {
  return JSON.parse(
    JSON.stringify(snapshot, (key, value: unknown) => {
      if (key === 'signature' || key === 'publicKey' || key === 'keyId' || key === 'privateKey') return '…';
      // Random key ids order the keys table differently in each run.
      if (key === 'signingKeys' && Array.isArray(value))
        return [...(value as { origin: string }[])].sort((x, y) => x.origin.localeCompare(y.origin));
      return value;
    }),
  );
}

async function allOrNothing(
  act: (context: Context) => Promise<unknown>,
  setup?: (repos: Repositories, dealId: string, db: SlaDatabase) => Promise<void>,
): Promise<number> {
  const { writes } = await expectAllOrNothing<Context>(
    {
      prepare: () => prepare(setup),
      act: (context) => {
        context.ids.reset();
        return act(context);
      },
    },
    checks,
  );
  return writes;
}

const withRounds = async (repos: Repositories, dealId: string) => {
  await repos.rounds.append({ id: 'r1', dealId, side: 'us', document: 'draft', note: '', author: 'Anna' });
  const draft = (await repos.drafts.get(dealId))!;
  const theirs = setTermValue(draft.document, 'availability', 99.5);
  if (!theirs.ok) throw new Error(theirs.message);
  await repos.drafts.save(dealId, theirs.document);
  await repos.rounds.append({ id: 'r2', dealId, side: 'them', document: 'draft', note: '', author: 'Acme' });
  await repos.changeReviews.apply(
    { dealId, a: 'r1', b: 'r2' },
    new Map([['term:availability', { decision: 'reject', note: 'no' }]]),
    'Anna',
  );
};

function importedFrom(document: ImportedDocx['document']): ImportedDocx {
  return {
    document,
    comments: [],
    unmapped: [],
    warnings: [],
  } as unknown as ImportedDocx;
}

describe('every multi-record user action is all or nothing, and a retry never duplicates', () => {
  it('sending a round (round, status, author name, audit)', async () => {
    const writes = await allOrNothing(({ repos, dealId }) =>
      repos.rounds.append({
        id: 'send-1',
        dealId,
        side: 'us',
        document: 'draft',
        note: 'offer',
        author: 'Anna',
        rememberAuthor: true,
      }),
    );
    expect(writes).toBeGreaterThanOrEqual(4);
  });

  it('recording their version', async () => {
    await allOrNothing(
      ({ repos, dealId }) =>
        repos.rounds.append({
          id: 'rec-1',
          dealId,
          side: 'them',
          document: 'draft',
          note: '',
          author: 'Acme',
        }),
      async (repos, dealId) => void (await repos.deals.update(dealId, { status: 'negotiating' })),
    );
  });

  it('importing a Word file as our version, replacing the draft', async () => {
    await allOrNothing(async ({ repos, dealId }) => {
      const draft = (await repos.drafts.get(dealId))!.document;
      const edited = setTermValue(draft, 'availability', 98);
      if (!edited.ok) throw new Error(edited.message);
      return recordImportedRound(repos, {
        dealId,
        fileName: 'ours.docx',
        imported: importedFrom(edited.document),
        side: 'us',
        author: 'Anna',
        replaceDraft: true,
      });
    });
  });

  it('importing their Word answer with what the file brought', async () => {
    await allOrNothing(async ({ repos, dealId }) => {
      const draft = (await repos.drafts.get(dealId))!.document;
      return recordImportedRound(repos, {
        dealId,
        fileName: 'answer.docx',
        imported: importedFrom(draft),
        side: 'them',
        author: 'Acme',
        referenceRoundId: 'r1',
      });
    }, withRounds);
  });

  it('building the next draft from decisions', async () => {
    await allOrNothing(async ({ repos, dealId }) => {
      const [a, b] = await repos.rounds.list(dealId);
      const tree = buildChangeTree(a!.document, b!.document);
      const decisions = Object.fromEntries(tree.changes.map((change) => [change.id, 'accept' as const]));
      return buildNextDraft(repos.drafts, dealId, tree, decisions);
    }, withRounds);
  });

  it('deciding several changes at once, and undoing it', async () => {
    const pair = (dealId: string) => ({ dealId, a: 'r1', b: 'r2' });
    await allOrNothing(
      ({ repos, dealId }) =>
        repos.changeReviews.apply(
          pair(dealId),
          new Map([
            ['term:availability', { decision: 'accept' }],
            ['c1', { decision: 'accept' }],
            ['c2', { reviewed: true, note: 'checked' }],
          ]),
          'Anna',
        ),
      withRounds,
    );
    await allOrNothing(
      ({ repos, dealId }) =>
        repos.changeReviews.restore(
          pair(dealId),
          new Map([
            ['term:availability', null],
            ['c9', null],
          ]),
        ),
      withRounds,
    );
  });

  it('changing the deal (status with audit; currency with the draft)', async () => {
    await allOrNothing(({ repos, dealId }) => repos.deals.update(dealId, { status: 'approval' }));
    await allOrNothing(({ repos, dealId }) => repos.deals.update(dealId, { currency: 'CHF' }));
  });

  it('creating a deal (deal, draft, audit)', async () => {
    await allOrNothing(({ repos }) =>
      repos.deals.createFromTemplate({
        title: 'Second',
        customerName: 'Beta AG',
        templateId: 'sample-business',
      }),
    );
  });

  it('deleting a deal with its draft, rounds and review work', async () => {
    await allOrNothing(({ repos, dealId }) => repos.deals.remove(dealId), withRounds);
  });

  it('saving the draft', async () => {
    await allOrNothing(async ({ repos, dealId }) => {
      const draft = (await repos.drafts.get(dealId))!;
      return repos.drafts.save(dealId, { ...draft.document, title: 'New title' });
    });
  });

  it('duplicating a template, saving its version and a review date', async () => {
    await allOrNothing(({ repos }) => repos.templates.duplicate('sample-business', 1, 'Our copy'));
    const ownTemplate = async (repos: Repositories) =>
      void (await repos.templates.duplicate('sample-business', 1, 'Our copy'));
    await allOrNothing(async ({ repos }) => {
      const [own] = (await repos.templates.list()).filter((template) => !template.builtIn);
      return repos.templates.saveVersion({ ...own!, name: 'Renamed' });
    }, ownTemplate);
    await allOrNothing(({ repos }) => repos.templates.setReviewDate('sample-business', '2027-06-30'));
  });

  it('retiring an own template (every version, audit) and deleting one (versions, working copy, playbook, reviews)', async () => {
    const ownTemplate = async (repos: Repositories) => {
      const copy = await repos.templates.duplicate('sample-business', 1, 'Our copy');
      const v2 = await repos.templates.saveVersion({ ...copy, name: 'Renamed' });
      await repos.templates.saveWorkingCopy({ ...v2, description: 'unsaved' }, 2);
      await repos.playbooks.setEntry('template', copy.id, {
        termId: 'availability',
        target: 99.5,
        fallback: 99.9,
        walkAway: 99.95,
        owner: 'technology',
        note: '',
      });
      await repos.reviews.completeTemplateReview(copy.id, {
        completedOn: '2026-11-01',
        completedBy: 'Lea',
        note: '',
        nextReviewOn: '2027-11-01',
      });
    };
    const own = async (repos: Repositories) =>
      (await repos.templates.list()).find((template) => !template.builtIn)!.id;
    await allOrNothing(async ({ repos }) => repos.templates.retire(await own(repos)), ownTemplate);
    const writes = await allOrNothing(
      async ({ repos }) => repos.templates.remove(await own(repos)),
      ownTemplate,
    );
    expect(writes).toBeGreaterThanOrEqual(5);
  });

  it('restoring a backup (staging, then one swap)', async () => {
    const file = serializeBackup(sampleBackup());
    const writes = await allOrNothing(
      ({ db }) => restoreBackup(db, file, { saveCurrent: async () => {} }),
      withRounds,
    );
    // Staging writes, clearing every table, filling every table, merging keys, clearing the staging.
    expect(writes).toBeGreaterThan(10);
  });
});

/** Issue 10 and 11's multi-record actions, merged after the harness was written. */
describe('guardrail and monitoring actions are all or nothing too', () => {
  const signing = (roundId: string | null) => ({
    roundId,
    signedOn: '2026-11-02',
    signatories: [{ name: 'Eva Roth', role: 'CEO', side: 'them' as const }],
    termStart: '2026-12-01',
    termEnd: null,
    reviewIntervalMonths: 12,
    nextReviewOn: '2027-12-01',
    timeZone: 'Europe/Berlin',
    author: 'Anna',
  });

  it('signing the current draft (a new signed round, the agreement, the deal status, audit)', async () => {
    const writes = await allOrNothing(({ repos, dealId }) =>
      repos.agreements.sign({ dealId, ...signing(null) }),
    );
    expect(writes).toBeGreaterThanOrEqual(4);
  });

  it('signing a frozen round, superseding an earlier agreement, and renegotiating', async () => {
    const signedOnce = async (repos: Repositories, dealId: string) => {
      await withRounds(repos, dealId);
      await repos.agreements.sign({ dealId, ...signing('r1') });
      await repos.agreements.renegotiate(dealId);
    };
    await allOrNothing(
      ({ repos, dealId }) => repos.agreements.sign({ dealId, ...signing('r2') }),
      signedOnce,
    );
    await allOrNothing(
      ({ repos, dealId }) => repos.agreements.renegotiate(dealId),
      async (repos, dealId) => {
        await withRounds(repos, dealId);
        await repos.agreements.sign({ dealId, ...signing('r2') });
      },
    );
  });

  it('importing incidents from a file', async () => {
    const outage = (day: number) => ({
      kind: 'outage' as const,
      start: `2026-10-0${day}T08:00:00.000Z`,
      end: `2026-10-0${day}T08:10:00.000Z`,
      priority: 1,
      priorityLabel: 'P1',
      respondedAt: null,
      resolvedAt: null,
      title: 'Ausfall',
      note: '',
      reference: `A-${day}`,
    });
    await allOrNothing(({ repos, dealId }) =>
      repos.incidents.importMany(dealId, [outage(1), outage(2), outage(3)], 'export.csv'),
    );
  });

  it('recording an approval', async () => {
    await allOrNothing(({ repos, dealId }) =>
      repos.approvals.record({
        dealId,
        round: 1,
        requirement: 'term:availability:technology',
        fingerprint: '99.95',
        role: 'technology',
        name: 'Tom',
        decision: 'approve',
        comment: '',
      }),
    );
  });
});

describe('the harness', () => {
  it('finds a split action: two transactions fail it', async () => {
    const split = expectAllOrNothing<Context>(
      {
        prepare: () => prepare(),
        act: async ({ repos, dealId }) => {
          await repos.deals.update(dealId, { title: 'First write' });
          await repos.deals.update(dealId, { title: 'Second write' });
        },
      },
      checks,
    );
    await expect(split).rejects.toThrow(/database changed/);
  });

  it('sees every table, the staging included', async () => {
    const { db } = await prepare();
    expect(Object.keys(await snapshotDatabase(db)).sort()).toContain('restoreStaging');
    db.close();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checklistOf } from '../../../shared/templates/legalChecklist';
import { loadGuardrailData } from '../../features/guardrails/loadGuardrails';
import { openSlaDatabase } from '../openSlaDatabase';
import { RepositoryError } from '../RepositoryError';
import type { SlaDatabase } from '../SlaDatabase';
import { sampleTemplate } from '../testing/sampleTemplate';
import { writeRaw } from '../testing/writeRaw';
import { buildRepositories, type Repositories } from '.';

/** Retiring, reactivating and deleting own templates (the rule is shared/templates/templateLifecycle). */

let db: SlaDatabase;
let repos: Repositories;
let clock: number;
let ids: number;

beforeEach(async () => {
  db = await openSlaDatabase(`templates-${crypto.randomUUID()}`);
  clock = Date.parse('2026-12-01T10:00:00.000Z');
  ids = 0;
  repos = buildRepositories(db, {
    builtInTemplates: [sampleTemplate()],
    onInvalidRecord: (problem) => {
      throw new Error(problem.message);
    },
    now: () => new Date((clock += 1000)).toISOString(),
    newId: () => `id-${++ids}`,
  });
  await repos.templates.ensureBuiltIns();
});

afterEach(() => {
  db.close();
});

/** An own template with two versions, the second requiring a shorter legal checklist. */
async function ownTemplate(name = 'Hosting Nord') {
  const copy = await repos.templates.duplicate('sample-business', 1, name);
  const v2 = await repos.templates.saveVersion({ ...copy, checklist: ['availability', 'liability'] });
  return { id: copy.id, v2 };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RepositoryError);
  return error as RepositoryError;
};

/** Every record of the database, table by table, to prove a refused action changed nothing. */
async function snapshot() {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)),
  );
}

describe('retiring an own template', () => {
  it('marks every version retired, keeps them all and offers it for new deals no more', async () => {
    const { id } = await ownTemplate();
    const retired = await repos.templates.retire(id);
    expect(retired).toMatchObject({ version: 2, status: 'retired', retiredAt: expect.any(String) });
    const stored = await db.templates.where('id').equals(id).toArray();
    expect(stored.map((record) => [record.version, record.status])).toEqual([
      [1, 'retired'],
      [2, 'retired'],
    ]);
    // Still listed (the templates screen shows it under Retired), and readable by version.
    expect((await repos.templates.list()).find((t) => t.id === id)?.status).toBe('retired');
    expect((await repos.templates.get(id, 1))?.status).toBe('retired');

    await expect(
      repos.deals.createFromTemplate({ title: 'New', customerName: 'Acme', templateId: id }),
    ).rejects.toMatchObject({ code: 'refused', reason: 'templateRetired' });
    expect(await db.deals.count()).toBe(0);
  });

  it('leaves a deal started from it fully working: its version, checklist and playbook', async () => {
    const { id, v2 } = await ownTemplate();
    await repos.playbooks.setEntry('template', id, {
      termId: 'availability',
      target: 99.5,
      fallback: 99.9,
      walkAway: 99.95,
      owner: 'technology',
      note: '',
    });
    const deal = await repos.deals.createFromTemplate({
      title: 'Acme',
      customerName: 'Acme',
      templateId: id,
    });
    await repos.templates.retire(id);

    const version = await repos.templates.get(deal.template.id, deal.template.version);
    expect(version?.version).toBe(v2.version);
    const data = await loadGuardrailData(repos, deal.id);
    expect(data?.checklist.map((item) => item.kind)).toEqual(['availability', 'liability']);
    expect(data?.checklist).toEqual(checklistOf(v2));
    expect(data?.templateDocument).toEqual(v2.document);
    expect(data?.playbook.playbook.get('availability')?.walkAway).toBe(99.95);
    expect((await repos.playbooks.forDeal(deal.id)).template).toHaveLength(1);
    // The deal itself goes on: its draft saves, its status moves.
    const draft = (await repos.drafts.get(deal.id))!;
    await repos.drafts.save(deal.id, draft.document);
    expect((await repos.deals.update(deal.id, { status: 'negotiating' })).status).toBe('negotiating');
  });

  it('keeps the status on versions saved later and on review dates, and is undone by reactivate', async () => {
    const { id, v2 } = await ownTemplate();
    await repos.templates.retire(id);
    // An edit that started before the retire does not bring the template back.
    const v3 = await repos.templates.saveVersion({ ...v2, description: 'later edit' });
    expect(v3).toMatchObject({ version: 3, status: 'retired' });
    expect(await repos.templates.setReviewDate(id, '2027-09-30')).toMatchObject({
      version: 4,
      status: 'retired',
    });

    const active = await repos.templates.reactivate(id);
    expect(active.status).toBe('active');
    expect(active.retiredAt).toBeUndefined();
    const stored = await db.templates.where('id').equals(id).toArray();
    expect(stored.every((record) => record.status === 'active' && !record.retiredAt)).toBe(true);
    const deal = await repos.deals.createFromTemplate({ title: 'New', customerName: 'Acme', templateId: id });
    expect(deal.template).toMatchObject({ id, version: 4 });
  });

  it('refuses to retire twice or reactivate an active template, and changes nothing', async () => {
    const { id } = await ownTemplate();
    expect((await refusal(repos.templates.reactivate(id))).reason).toBe('templateNotRetired');
    await repos.templates.retire(id);
    const before = await snapshot();
    expect((await refusal(repos.templates.retire(id))).reason).toBe('templateRetiredAlready');
    expect(await snapshot()).toEqual(before);
  });

  it('reads a template stored before templates could be retired as active', async () => {
    await writeRaw(db.name, 'templates', sampleTemplate({ id: 'old-own', name: 'Old own', builtIn: false }));
    expect((await repos.templates.get('old-own'))?.status).toBeUndefined();
    const deal = await repos.deals.createFromTemplate({
      title: 'Old',
      customerName: 'Acme',
      templateId: 'old-own',
    });
    expect(deal.template.id).toBe('old-own');
    expect((await repos.templates.retire('old-own')).status).toBe('retired');
  });

  it('gives a copy of a retired template a fresh start: active', async () => {
    const { id } = await ownTemplate();
    await repos.templates.retire(id);
    const copy = await repos.templates.duplicate(id, 2, 'Hosting Süd');
    expect(copy.status).toBeUndefined();
    expect(copy.retiredAt).toBeUndefined();
  });
});

describe('deleting an own template', () => {
  it('tells what a delete would remove', async () => {
    const { id, v2 } = await ownTemplate();
    await repos.templates.saveWorkingCopy({ ...v2, description: 'unsaved' }, 2);
    await repos.playbooks.setEntry('template', id, {
      termId: 'availability',
      target: 99.5,
      fallback: 99.9,
      walkAway: 99.95,
      owner: 'technology',
      note: '',
    });
    await repos.reviews.completeTemplateReview(id, {
      completedOn: '2026-12-01',
      completedBy: 'Lea',
      note: '',
      nextReviewOn: '2027-12-01',
    });
    const usage = await repos.templates.usage(id);
    expect(usage).toMatchObject({
      versions: [1, 2, 3],
      workingCopy: true,
      playbook: true,
      reviews: 1,
      lifecycle: { dealsUsing: 0, delete: { allowed: true } },
    });
    expect(await repos.templates.usage('nope')).toBeUndefined();
  });

  it('removes every version, the working copy, the playbook and the reviews in one go', async () => {
    const { id, v2 } = await ownTemplate();
    const other = await ownTemplate('Keep me');
    await repos.templates.saveWorkingCopy({ ...v2, description: 'unsaved' }, 2);
    await repos.playbooks.setEntry('template', id, {
      termId: 'availability',
      target: 99.5,
      fallback: 99.9,
      walkAway: 99.95,
      owner: 'technology',
      note: '',
    });
    await repos.reviews.completeTemplateReview(id, {
      completedOn: '2026-12-01',
      completedBy: 'Lea',
      note: '',
      nextReviewOn: '2027-12-01',
    });

    const removed = await repos.templates.remove(id);
    expect(removed.versions).toEqual([1, 2, 3]);
    expect(await db.templates.where('id').equals(id).count()).toBe(0);
    expect(await db.templateWorkingCopies.get(id)).toBeUndefined();
    expect(await db.playbooks.get(`template:${id}`)).toBeUndefined();
    expect(await db.reviews.where('subject.templateId').equals(id).count()).toBe(0);
    expect(await repos.templates.get(id)).toBeUndefined();
    expect((await repos.templates.list()).map((t) => t.id)).toEqual(['sample-business', other.id]);
    expect((await db.audit.toArray()).at(-1)).toMatchObject({ action: 'template-deleted' });
  });

  it('deletes a retired template that no deal uses', async () => {
    const { id } = await ownTemplate();
    await repos.templates.retire(id);
    await repos.templates.remove(id);
    expect(await repos.templates.get(id)).toBeUndefined();
  });

  it('refuses while a deal of any status uses any version, says how many, and changes nothing', async () => {
    const { id, v2 } = await ownTemplate();
    // Two deals: one on version 1 (closed long ago), one on version 2.
    const onV1 = await repos.deals.createFromTemplate({
      title: 'Old',
      customerName: 'Acme',
      templateId: id,
      templateVersion: 1,
    });
    await repos.deals.update(onV1.id, { status: 'archived' });
    await repos.deals.createFromTemplate({ title: 'New', customerName: 'Beta', templateId: id });
    await repos.templates.saveWorkingCopy({ ...v2, description: 'unsaved' }, 2);

    const usage = await repos.templates.usage(id);
    expect(usage?.lifecycle.delete).toEqual({ allowed: false, reason: 'templateInUse' });
    expect(usage?.lifecycle.dealsUsing).toBe(2);

    const before = await snapshot();
    const error = await refusal(repos.templates.remove(id));
    expect(error).toMatchObject({ code: 'refused', reason: 'templateInUse', params: { count: 2 } });
    expect(await snapshot()).toEqual(before);

    // Retiring is what such a template allows; a retired one in use is still not deletable.
    await repos.templates.retire(id);
    expect((await refusal(repos.templates.remove(id))).reason).toBe('templateInUse');
    // Once the deals are gone, it may go too.
    for (const deal of await repos.deals.list()) await repos.deals.remove(deal.id);
    await repos.templates.remove(id);
    expect(await db.templates.where('id').equals(id).count()).toBe(0);
  });

  it('counts a damaged deal record that still names the template', async () => {
    const { id } = await ownTemplate();
    await writeRaw(db.name, 'deals', { id: 'broken', title: '', template: { id, version: 1 } });
    expect((await refusal(repos.templates.remove(id))).reason).toBe('templateInUse');
  });
});

describe('built-in templates', () => {
  it('can be neither retired nor deleted, and nothing changes', async () => {
    const before = await snapshot();
    for (const action of [
      repos.templates.retire('sample-business'),
      repos.templates.reactivate('sample-business'),
      repos.templates.remove('sample-business'),
    ])
      expect(await refusal(action)).toMatchObject({ code: 'refused', reason: 'builtInTemplateLifecycle' });
    expect(await snapshot()).toEqual(before);
    expect((await repos.templates.usage('sample-business'))?.lifecycle).toMatchObject({
      retire: { allowed: false },
      delete: { allowed: false },
    });
  });

  it('an unknown template is not found', async () => {
    expect((await refusal(repos.templates.retire('nope'))).code).toBe('not-found');
    expect((await refusal(repos.templates.remove('nope'))).code).toBe('not-found');
  });
});

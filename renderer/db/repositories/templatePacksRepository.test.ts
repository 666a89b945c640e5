import { afterEach, describe, expect, it } from 'vitest';
import { packFileText, readPack } from '../../../shared/templates/pack';
import { addTemplateClause } from '../../../shared/templates/editTemplate';
import { openSlaDatabase } from '../openSlaDatabase';
import { RepositoryError } from '../RepositoryError';
import type { SlaDatabase } from '../SlaDatabase';
import { sampleTemplate } from '../testing/sampleTemplate';
import { buildRepositories, PackImportError, type Repositories } from '.';

const open: SlaDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function profile(): Promise<Repositories> {
  const db = await openSlaDatabase(`packs-${crypto.randomUUID()}`);
  open.push(db);
  let clock = Date.parse('2026-12-01T10:00:00.000Z');
  let ids = 0;
  const repos = buildRepositories(db, {
    builtInTemplates: [sampleTemplate()],
    onInvalidRecord: (problem) => {
      throw new Error(problem.message);
    },
    now: () => new Date((clock += 1000)).toISOString(),
    newId: () => `own-${++ids}`,
  });
  await repos.templates.ensureBuiltIns();
  return repos;
}

const availability = {
  termId: 'availability',
  target: 99.5,
  fallback: 99.9,
  walkAway: 99.95,
  owner: 'technology',
  note: 'Ask operations first.',
} as const;

/** An own template with two versions and a playbook, as a team lead keeps it. */
async function teamLead() {
  const repos = await profile();
  const own = await repos.templates.duplicate('sample-business', 1, 'Team Business');
  const v2 = await repos.templates.saveVersion(
    addTemplateClause(own, { id: 'escalation', heading: 'Escalation' }),
    {
      baseVersion: 1,
    },
  );
  await repos.playbooks.setEntry('template', own.id, availability);
  return { repos, own, v2 };
}

describe('saving a template version', () => {
  it('refuses an edit that started from a version another window has replaced, writing nothing', async () => {
    const { repos, own } = await teamLead();
    const stale = { ...own, name: 'Stale edit' };
    await expect(repos.templates.saveVersion(stale, { baseVersion: 1 })).rejects.toMatchObject({
      code: 'conflict',
    } satisfies Partial<RepositoryError>);
    expect((await repos.templates.versions(own.id)).map((t) => t.version)).toEqual([1, 2]);
    expect((await repos.templates.get(own.id))?.name).toBe('Team Business');
  });
});

describe('template packs', () => {
  it('carries all versions and the playbook into a fresh profile; a second import changes nothing', async () => {
    const { repos, own } = await teamLead();
    const pack = await repos.templatePacks.exportPack({
      templateIds: [own.id],
      allVersions: true,
      author: 'Ada',
    });
    expect(pack.content.templates.map((t) => t.version)).toEqual([1, 2]);
    const read = readPack(packFileText(pack));
    if (!read.ok) throw new Error(read.error.code);

    const sales = await profile();
    const preview = await sales.templatePacks.previewImport(read.pack);
    expect(preview.templates[0]).toMatchObject({ isNew: true, playbook: 'added' });
    expect(await sales.templates.versions(own.id)).toEqual([]);

    await sales.templatePacks.importPack(read.pack);
    expect((await sales.templates.versions(own.id)).map((t) => [t.version, t.builtIn])).toEqual([
      [1, false],
      [2, false],
    ]);
    expect(await sales.playbooks.entries('template', own.id)).toEqual([availability]);
    const audit = (await sales.audit.list()).length;

    const again = await sales.templatePacks.importPack(read.pack);
    expect(again.upToDate).toBe(true);
    expect((await sales.templates.versions(own.id)).length).toBe(2);
    expect((await sales.audit.list()).length).toBe(audit);
  });

  it('adds the newer version of a template sales already has and keeps the old one', async () => {
    const { repos, own } = await teamLead();
    const first = await repos.templatePacks.exportPack({
      templateIds: [own.id],
      allVersions: false,
      author: 'Ada',
    });
    const sales = await profile();
    await sales.templatePacks.importPack(first);
    expect((await sales.templates.versions(own.id)).map((t) => t.version)).toEqual([2]);

    const v2 = (await repos.templates.get(own.id))!;
    await repos.templates.saveVersion({ ...v2, name: 'Team Business 2027' }, { baseVersion: 2 });
    const second = await repos.templatePacks.exportPack({
      templateIds: [own.id],
      allVersions: false,
      author: 'Ada',
    });
    const preview = await sales.templatePacks.previewImport(second);
    expect(preview.templates[0]).toMatchObject({
      isNew: false,
      newVersions: [{ packVersion: 3, storedAs: 3 }],
    });
    await sales.templatePacks.importPack(second);
    expect((await sales.templates.versions(own.id)).map((t) => [t.version, t.name])).toEqual([
      [2, 'Team Business'],
      [3, 'Team Business 2027'],
    ]);
  });

  it('packs a retired template as content only; a retired template stays retired on import', async () => {
    const { repos, own } = await teamLead();
    await repos.templates.retire(own.id);
    const pack = await repos.templatePacks.exportPack({
      templateIds: [own.id],
      allVersions: true,
      author: '',
    });
    expect(pack.content.templates.map((t) => [t.status, t.retiredAt])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);

    // A fresh profile gets it active: the status is the exporting installation's own decision.
    const sales = await profile();
    await sales.templatePacks.importPack(pack);
    expect((await sales.templates.get(own.id))?.status).toBeUndefined();

    // Sales retire it too; the team lead's next version comes in retired, the old ones are recognised.
    await sales.templates.retire(own.id);
    const again = await sales.templatePacks.previewImport(pack);
    expect(again.upToDate).toBe(true);
    await repos.templates.reactivate(own.id);
    const v2 = (await repos.templates.get(own.id))!;
    await repos.templates.saveVersion({ ...v2, name: 'Team Business 2027' }, { baseVersion: 2 });
    const next = await repos.templatePacks.exportPack({
      templateIds: [own.id],
      allVersions: true,
      author: '',
    });
    const preview = await sales.templatePacks.previewImport(next);
    expect(preview.templates[0]).toMatchObject({
      retired: true,
      newVersions: [{ packVersion: 3, storedAs: 3 }],
    });
    await sales.templatePacks.importPack(next);
    expect((await sales.templates.versions(own.id)).map((t) => [t.version, t.status])).toEqual([
      [1, 'retired'],
      [2, 'retired'],
      [3, 'retired'],
    ]);
  });

  it('refuses to pack a built-in template and to import a pack onto a built-in id', async () => {
    const { repos, own } = await teamLead();
    await expect(
      repos.templatePacks.exportPack({ templateIds: ['sample-business'], allVersions: true, author: '' }),
    ).rejects.toMatchObject({ code: 'refused' });
    const pack = await repos.templatePacks.exportPack({
      templateIds: [own.id],
      allVersions: true,
      author: '',
    });
    const forged = readPack(
      packFileText({
        ...pack,
        content: {
          ...pack.content,
          templates: pack.content.templates.map((t) => ({ ...t, id: 'sample-business' })),
        },
      }),
    );
    // The forged file no longer matches its hash; a consistent forgery is refused by the plan.
    expect(forged).toEqual({ ok: false, error: { code: 'tampered' } });
    const sales = await profile();
    const consistent = {
      ...pack,
      content: {
        ...pack.content,
        templates: pack.content.templates.map((t) => ({ ...t, id: 'sample-business' })),
      },
    };
    await expect(sales.templatePacks.importPack(consistent)).rejects.toBeInstanceOf(PackImportError);
    expect((await sales.templates.versions('sample-business')).length).toBe(1);
  });

  it('signs an exported pack with the installation key; the import names the signer and remembers its key', async () => {
    const { repos, own } = await teamLead();
    const pack = await repos.templatePacks.exportPack({
      templateIds: [own.id],
      allVersions: true,
      author: 'Ada',
    });
    const leadKey = await repos.signingKeys.ownKeyId();
    expect(pack.signature).toMatchObject({ algorithm: 'ed25519', keyId: leadKey });
    expect((await repos.templatePacks.previewImport(pack)).signer).toMatchObject({
      keyId: leadKey,
      seen: 'own',
    });

    const sales = await profile();
    expect((await sales.templatePacks.previewImport(pack)).signer).toMatchObject({
      keyId: leadKey,
      seen: 'new',
    });
    await sales.templatePacks.importPack(pack);
    expect((await sales.signingKeys.publicKeys()).map((key) => key.keyId)).toContain(leadKey);
    expect(await sales.signingKeys.originOf(leadKey)).toBe('pack');

    const v2 = (await repos.templates.get(own.id))!;
    await repos.templates.saveVersion({ ...v2, name: 'Team Business 2027' }, { baseVersion: 2 });
    const next = await repos.templatePacks.exportPack({
      templateIds: [own.id],
      allVersions: false,
      author: 'Ada',
    });
    expect((await sales.templatePacks.previewImport(next)).signer).toMatchObject({
      keyId: leadKey,
      seen: 'known',
    });
  });

  it('refuses a pack whose signature does not verify and changes nothing', async () => {
    const { repos, own } = await teamLead();
    const pack = await repos.templatePacks.exportPack({
      templateIds: [own.id],
      allVersions: true,
      author: 'Ada',
    });
    const stranger = await profile();
    const strangerOwn = await stranger.templates.duplicate('sample-business', 1, 'Stranger');
    const strangerPack = await stranger.templatePacks.exportPack({
      templateIds: [strangerOwn.id],
      allVersions: true,
      author: '',
    });
    const swapped = { ...pack, signature: { ...pack.signature!, ...strangerPack.signature! } };
    const sales = await profile();
    await expect(sales.templatePacks.previewImport(swapped)).rejects.toMatchObject({
      error: { code: 'bad-signature' },
    });
    await expect(sales.templatePacks.importPack(swapped)).rejects.toBeInstanceOf(PackImportError);
    expect(await sales.templates.versions(own.id)).toEqual([]);
    expect(await sales.signingKeys.originOf(strangerPack.signature!.keyId)).toBeUndefined();
  });

  it('imports a pack made before packs were signed and says it is unsigned', async () => {
    const { repos, own } = await teamLead();
    const { signature: _dropped, ...unsigned } = await repos.templatePacks.exportPack({
      templateIds: [own.id],
      allVersions: true,
      author: 'Ada',
    });
    const sales = await profile();
    expect((await sales.templatePacks.previewImport(unsigned)).signer).toBeNull();
    await sales.templatePacks.importPack(unsigned);
    expect((await sales.templates.versions(own.id)).length).toBe(2);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { openSlaDatabase } from '../openSlaDatabase';
import { buildRepositories, type InvalidRecord } from '../repositories';
import type { SlaDatabase } from '../SlaDatabase';
import { stores0007, upgradeBackupTables0007 } from './0007-template-working-copies';
import v4 from './fixtures/v4.json';
import v7 from './fixtures/v7.json';
import { writeFixture } from './writeFixture';

let db: SlaDatabase | undefined;
afterEach(() => db?.close());

describe('schema version 7: template working copies', () => {
  it('keeps its table as shipped', () => {
    expect(stores0007).toEqual({ templateWorkingCopies: 'templateId' });
  });

  it('adds the empty table to an older backup and keeps what it had', () => {
    const upgraded = upgradeBackupTables0007({ templates: [{ id: 't' }], deals: [] } as never);
    expect(upgraded).toMatchObject({ templates: [{ id: 't' }], templateWorkingCopies: [] });
    const kept = upgradeBackupTables0007({ templateWorkingCopies: [{ templateId: 'x' }] } as never);
    expect(kept.templateWorkingCopies).toEqual([{ templateId: 'x' }]);
  });

  it('opens a version 4 database (the newest frozen before it) with no working copies, ready for one', async () => {
    const name = `v4-to-v7-${crypto.randomUUID()}`;
    await writeFixture(name, v4);
    db = await openSlaDatabase(name);
    const repos = buildRepositories(db, { builtInTemplates: [] });
    expect((await repos.templates.versions('own-1')).map((t) => t.version)).toEqual([1, 2]);
    expect(await repos.templates.workingCopy('own-1')).toBeUndefined();
    const latest = (await repos.templates.get('own-1'))!;
    await repos.templates.saveWorkingCopy({ ...latest, description: 'Typing' }, 2);
    expect(await repos.templates.workingCopy('own-1')).toMatchObject({ baseVersion: 2 });
  });

  it('reads the working copy a version 7 database holds, and saving the version removes it', async () => {
    const name = `v7-${crypto.randomUUID()}`;
    await writeFixture(name, v7);
    db = await openSlaDatabase(name);
    const problems: InvalidRecord[] = [];
    const repos = buildRepositories(db, { builtInTemplates: [], onInvalidRecord: (p) => problems.push(p) });
    const kept = await repos.templates.workingCopy('own-1');
    expect(kept).toMatchObject({ baseVersion: 2, template: { checklist: ['availability', 'liability'] } });
    await repos.templates.saveVersion(kept!.template, { baseVersion: 2 });
    expect(await repos.templates.workingCopy('own-1')).toBeUndefined();
    expect((await repos.templates.get('own-1'))?.version).toBe(3);
    expect(problems).toEqual([]);
  });
});

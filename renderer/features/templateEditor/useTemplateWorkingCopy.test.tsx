// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '../../../shared/model';
import { openSlaDatabase } from '../../db/openSlaDatabase';
import { buildRepositories, type Repositories } from '../../db/repositories';
import type { SlaDatabase } from '../../db/SlaDatabase';
import { sampleTemplate } from '../../db/testing/sampleTemplate';
import { useTemplateWorkingCopy } from './useTemplateWorkingCopy';

let db: SlaDatabase;
let repos: Repositories;
let own: Template;

vi.mock('../../src/RepositoriesContext', () => ({ useRepositories: () => repos }));

beforeEach(async () => {
  db = await openSlaDatabase(`template-working-${crypto.randomUUID()}`);
  repos = buildRepositories(db, { builtInTemplates: [sampleTemplate()] });
  await repos.templates.ensureBuiltIns();
  own = await repos.templates.duplicate('sample-business', 1, 'Team');
});

afterEach(() => {
  cleanup();
  db.close();
});

const until = async (check: () => boolean) => {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: 5_000, interval: 10 });
};

describe('useTemplateWorkingCopy', () => {
  it('shows a version saved in another window as a conflict instead of overwriting it', async () => {
    const { result } = renderHook(() => useTemplateWorkingCopy(own.id));
    await until(() => result.current.template?.version === 1);
    act(() => result.current.update((template) => ({ ...template, description: 'Mine' })));
    expect(result.current.dirty).toBe(true);

    // The other window saves version 2 meanwhile.
    await repos.templates.saveVersion({ ...own, description: 'Theirs' }, { baseVersion: 1 });
    await until(() => result.current.conflict?.version === 2);
    expect(result.current.template?.description).toBe('Mine');

    let outcome: Awaited<ReturnType<typeof result.current.save>> | undefined;
    await act(async () => {
      outcome = await result.current.save();
    });
    expect(outcome).toMatchObject({ ok: false, conflict: true });
    expect((await repos.templates.get(own.id))?.description).toBe('Theirs');

    // Only the user's explicit choice writes theirs as the next version; version 2 is kept.
    await act(async () => {
      outcome = await result.current.save({ overwrite: true });
    });
    expect(outcome).toMatchObject({ ok: true, saved: { version: 3, description: 'Mine' } });
    expect((await repos.templates.versions(own.id)).map((t) => t.description)).toEqual([
      own.description,
      'Theirs',
      'Mine',
    ]);
  });

  it('takes over a newer version while nothing is unsaved', async () => {
    const { result } = renderHook(() => useTemplateWorkingCopy(own.id));
    await until(() => result.current.template?.version === 1);
    await repos.templates.saveVersion({ ...own, name: 'Team 2' }, { baseVersion: 1 });
    await until(() => result.current.template?.name === 'Team 2');
    expect(result.current.conflict).toBeNull();
  });
});

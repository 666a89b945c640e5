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

describe('the kept working copy (nothing lost)', () => {
  const kept = () => repos.templates.workingCopy(own.id);

  it('keeps an unsaved edit in the database and brings it back, with its base, on return', async () => {
    const first = renderHook(() => useTemplateWorkingCopy(own.id, { delayMs: 10 }));
    await until(() => first.result.current.template?.version === 1);
    expect(first.result.current.restoredFrom).toBeNull();
    act(() => first.result.current.update((template) => ({ ...template, description: 'Mine' })));
    await vi.waitFor(async () => expect((await kept())?.template.description).toBe('Mine'));
    expect(await kept()).toMatchObject({ templateId: own.id, baseVersion: 1 });
    await until(() => first.result.current.keeping === 'saved');
    first.unmount();

    // A reload: a new editor finds the edit, still unsaved, on its base version.
    const again = renderHook(() => useTemplateWorkingCopy(own.id, { delayMs: 10 }));
    await until(() => again.result.current.template?.description === 'Mine');
    expect(again.result.current).toMatchObject({ dirty: true, conflict: null, base: { version: 1 } });
    expect(again.result.current.restoredFrom).not.toBeNull();
    expect((await repos.templates.get(own.id))?.version).toBe(1);
  });

  it('removes the kept copy when the edit is saved as a version', async () => {
    const { result } = renderHook(() => useTemplateWorkingCopy(own.id, { delayMs: 10 }));
    await until(() => result.current.template?.version === 1);
    act(() => result.current.update((template) => ({ ...template, description: 'Saved' })));
    await vi.waitFor(async () => expect(await kept()).toBeDefined());
    await act(async () => {
      await result.current.save();
    });
    expect((await repos.templates.get(own.id))?.description).toBe('Saved');
    expect(await kept()).toBeUndefined();
    expect(result.current.dirty).toBe(false);
  });

  it('removes the kept copy when the edit is discarded, and when it is undone by hand', async () => {
    const { result } = renderHook(() => useTemplateWorkingCopy(own.id, { delayMs: 10 }));
    await until(() => result.current.template?.version === 1);
    act(() => result.current.update((template) => ({ ...template, description: 'Thrown away' })));
    await vi.waitFor(async () => expect(await kept()).toBeDefined());
    await act(async () => {
      await result.current.discard();
    });
    expect(await kept()).toBeUndefined();
    expect(result.current.template?.description).toBe(own.description);

    act(() => result.current.update((template) => ({ ...template, description: 'Back and forth' })));
    await vi.waitFor(async () => expect(await kept()).toBeDefined());
    act(() => result.current.update((template) => ({ ...template, description: own.description })));
    await vi.waitFor(async () => expect(await kept()).toBeUndefined());
  });

  it('shows a kept edit whose base was replaced meanwhile as a conflict, never dropping it', async () => {
    const first = renderHook(() => useTemplateWorkingCopy(own.id, { delayMs: 10 }));
    await until(() => first.result.current.template?.version === 1);
    act(() => first.result.current.update((template) => ({ ...template, description: 'Mine' })));
    await vi.waitFor(async () => expect(await kept()).toBeDefined());
    first.unmount();

    // Another window saves version 2 from other content: the kept edit stays.
    await repos.templates.saveVersion({ ...own, description: 'Theirs' }, { baseVersion: 1 });
    expect((await kept())?.template.description).toBe('Mine');

    const again = renderHook(() => useTemplateWorkingCopy(own.id, { delayMs: 10 }));
    await until(() => again.result.current.conflict?.version === 2);
    expect(again.result.current.template?.description).toBe('Mine');
  });
});

describe('templates repository: working copies', () => {
  it('refuses a working copy of a built-in template or of a version that does not exist', async () => {
    const builtIn = (await repos.templates.get('sample-business'))!;
    await expect(repos.templates.saveWorkingCopy(builtIn, 1)).rejects.toThrow();
    await expect(repos.templates.saveWorkingCopy(own, 7)).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.templateWorkingCopies.count()).toBe(0);
  });
});

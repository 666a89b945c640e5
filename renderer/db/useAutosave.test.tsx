// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTermValue } from '../../shared/model/operations';
import type { SlaDocument } from '../../shared/model';
import { openSlaDatabase } from './openSlaDatabase';
import { buildRepositories, type Repositories } from './repositories';
import type { SlaDatabase } from './SlaDatabase';
import { sampleTemplate } from './testing/sampleTemplate';
import { useAutosave } from './useAutosave';

let db: SlaDatabase;
let repos: Repositories;
let dealId: string;
let loaded: SlaDocument;

beforeEach(async () => {
  db = await openSlaDatabase(`autosave-${crypto.randomUUID()}`);
  repos = buildRepositories(db, { builtInTemplates: [sampleTemplate()] });
  await repos.templates.ensureBuiltIns();
  dealId = (
    await repos.deals.createFromTemplate({ title: 'T', customerName: 'C', templateId: 'sample-business' })
  ).id;
  loaded = (await repos.drafts.get(dealId))!.document;
});

afterEach(() => {
  cleanup();
  db.close();
});

function edit(doc: SlaDocument, value: unknown): SlaDocument {
  const result = setTermValue(doc, 'availability', value);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

const until = async (check: () => boolean | Promise<boolean>) => {
  await vi.waitFor(async () => expect(await check()).toBe(true), { timeout: 3_000, interval: 10 });
};

describe('useAutosave', () => {
  it('saves the edited draft after a pause and reports saved', async () => {
    const { result, rerender } = renderHook(
      ({ doc }) => useAutosave(dealId, doc, { drafts: repos.drafts, delayMs: 20 }),
      {
        initialProps: { doc: loaded as SlaDocument | undefined },
      },
    );
    expect(result.current.status).toBe('saved');
    rerender({ doc: edit(loaded, 99.95) });
    expect(result.current.status).toBe('pending');
    await until(async () => (await repos.drafts.get(dealId))?.revision === 1);
    expect((await repos.drafts.get(dealId))?.document.terms[0]?.value).toBe(99.95);
    await until(() => result.current.status === 'saved');
  });

  it('shows an error and writes nothing for an invalid document', async () => {
    const { result, rerender } = renderHook(
      ({ doc }) => useAutosave(dealId, doc, { drafts: repos.drafts, delayMs: 10 }),
      {
        initialProps: { doc: loaded },
      },
    );
    const invalid = structuredClone(loaded);
    (invalid.terms[0] as { value: unknown }).value = 140;
    rerender({ doc: invalid });
    await until(() => result.current.status === 'error');
    expect((result.current.error as Error).message).toMatch(/a percentage cannot exceed 100/);
    expect((await repos.drafts.get(dealId))?.revision).toBe(0);
  });

  it('saves pending changes when the editor closes', async () => {
    const { rerender, unmount } = renderHook(
      ({ doc }) => useAutosave(dealId, doc, { drafts: repos.drafts, delayMs: 60_000 }),
      {
        initialProps: { doc: loaded },
      },
    );
    rerender({ doc: edit(loaded, 99.5) });
    unmount();
    await until(async () => (await repos.drafts.get(dealId))?.document.terms[0]?.value === 99.5);
  });

  it('saves pending changes when the window is hidden', async () => {
    const { rerender } = renderHook(
      ({ doc }) => useAutosave(dealId, doc, { drafts: repos.drafts, delayMs: 60_000 }),
      {
        initialProps: { doc: loaded },
      },
    );
    rerender({ doc: edit(loaded, 98) });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await until(async () => (await repos.drafts.get(dealId))?.document.terms[0]?.value === 98);
  });

  it('lets the caller flush before an action that needs the saved draft', async () => {
    const { result, rerender } = renderHook(
      ({ doc }) => useAutosave(dealId, doc, { drafts: repos.drafts, delayMs: 60_000 }),
      {
        initialProps: { doc: loaded },
      },
    );
    rerender({ doc: edit(loaded, 97) });
    await act(() => result.current.flush());
    expect((await repos.drafts.get(dealId))?.document.terms[0]?.value).toBe(97);
    expect(result.current.status).toBe('saved');
  });

  it("saves the old deal's changes to the old deal when the editor switches deals", async () => {
    const otherId = (
      await repos.deals.createFromTemplate({
        title: 'Other',
        customerName: 'D',
        templateId: 'sample-business',
      })
    ).id;
    const otherLoaded = (await repos.drafts.get(otherId))!.document;
    const { rerender } = renderHook(
      ({ id, doc }) => useAutosave(id, doc, { drafts: repos.drafts, delayMs: 60_000 }),
      { initialProps: { id: dealId, doc: loaded as SlaDocument | undefined } },
    );
    rerender({ id: dealId, doc: edit(loaded, 96) });
    rerender({ id: otherId, doc: undefined });
    rerender({ id: otherId, doc: otherLoaded });
    await until(async () => (await repos.drafts.get(dealId))?.document.terms[0]?.value === 96);
    expect((await repos.drafts.get(otherId))?.revision).toBe(0);
    expect((await repos.drafts.get(otherId))?.document.terms[0]?.value).toBe(99.9);
  });

  it('does not save the stored draft again when it comes back as a new object', async () => {
    const { result, rerender } = renderHook(
      ({ doc }) => useAutosave(dealId, doc, { drafts: repos.drafts, delayMs: 10 }),
      { initialProps: { doc: loaded } },
    );
    rerender({ doc: edit(loaded, 99.99) });
    await until(async () => (await repos.drafts.get(dealId))?.revision === 1);
    // What a live query of the draft hands back after the save.
    rerender({ doc: (await repos.drafts.get(dealId))!.document });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await repos.drafts.get(dealId))?.revision).toBe(1);
    expect(result.current.status).toBe('saved');
  });
});

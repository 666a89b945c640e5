// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SlaDocument } from '../../../shared/model';
import { updateClause } from '../../../shared/model/operations';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import { openSlaDatabase } from '../../db/openSlaDatabase';
import { buildRepositories, type Repositories } from '../../db/repositories';
import type { SlaDatabase } from '../../db/SlaDatabase';
import { useWorkingDocument } from './useWorkingDocument';

let db: SlaDatabase;
let repos: Repositories;
let dealId: string;

vi.mock('../../src/RepositoriesContext', () => ({ useRepositories: () => repos }));

beforeEach(async () => {
  db = await openSlaDatabase(`working-${crypto.randomUUID()}`);
  repos = buildRepositories(db, { builtInTemplates: BUILT_IN_TEMPLATES });
  await repos.templates.ensureBuiltIns();
  const deal = await repos.deals.createFromTemplate({
    title: 'T',
    customerName: 'Kunde AG',
    templateId: 'managed-it-business-de',
  });
  dealId = deal.id;
});

afterEach(() => {
  cleanup();
  db.close();
});

const until = async (check: () => boolean | Promise<boolean>) => {
  await vi.waitFor(async () => expect(await check()).toBe(true), { timeout: 5_000, interval: 10 });
};

const heading = (text: string) => (doc: SlaDocument) => updateClause(doc, 'scope', { heading: text });
const scopeHeading = (doc: SlaDocument | null | undefined) =>
  doc?.clauses.find((clause) => clause.id === 'scope')?.heading;

describe('useWorkingDocument', () => {
  it('keeps typing that happened while an earlier save was echoed back', async () => {
    const { result } = renderHook(() => useWorkingDocument(dealId, { delayMs: 10 }));
    await until(() => result.current.doc != null);

    act(() => result.current.update(heading('Erste Fassung')));
    await until(async () => (await repos.drafts.get(dealId))?.revision === 1);
    // The user keeps typing right after the first save; its echo must not undo this.
    act(() => result.current.update(heading('Zweite Fassung')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(scopeHeading(result.current.doc)).toBe('Zweite Fassung');

    await until(() => result.current.autosave.status === 'saved');
    expect(scopeHeading((await repos.drafts.get(dealId))?.document)).toBe('Zweite Fassung');
    expect(scopeHeading(result.current.doc)).toBe('Zweite Fassung');
  });

  it('takes over a newer draft written elsewhere while nothing is unsaved here', async () => {
    const { result } = renderHook(() => useWorkingDocument(dealId, { delayMs: 10 }));
    await until(() => result.current.doc != null);
    const money = () => result.current.doc?.terms.find((term) => term.kind === 'money');
    expect(money()).toMatchObject({ currency: 'EUR' });

    // Changing the deal's currency rewrites the draft's money terms in the database.
    await act(() => repos.deals.update(dealId, { currency: 'CHF' }));
    await until(() => money()?.kind === 'money' && money()?.currency === 'CHF');
  });

  it('reports a deal without a draft as null', async () => {
    const { result } = renderHook(() => useWorkingDocument('no-such-deal'));
    await until(() => result.current.doc === null);
  });
});

describe('two windows on one draft (issue 9)', () => {
  it('never overwrites the other window silently: the second save is a conflict with both versions', async () => {
    const first = renderHook(() => useWorkingDocument(dealId, { delayMs: 10 }));
    const second = renderHook(() => useWorkingDocument(dealId, { delayMs: 10 }));
    await until(() => first.result.current.doc != null && second.result.current.doc != null);

    act(() => first.result.current.update(heading('Aus Fenster eins')));
    await until(async () => (await repos.drafts.get(dealId))?.revision === 1);
    // The second window types before it could take over the first window's save.
    act(() => second.result.current.update(heading('Aus Fenster zwei')));
    await until(() => second.result.current.conflict !== null);
    const conflict = second.result.current.conflict!;
    expect(scopeHeading(conflict.mine)).toBe('Aus Fenster zwei');
    expect(scopeHeading(conflict.theirs.document)).toBe('Aus Fenster eins');
    // Nothing was overwritten while the user has not chosen.
    expect(scopeHeading((await repos.drafts.get(dealId))?.document)).toBe('Aus Fenster eins');

    await act(() => second.result.current.keepMine());
    await until(async () => scopeHeading((await repos.drafts.get(dealId))?.document) === 'Aus Fenster zwei');
    // The first window, with nothing unsaved, follows.
    await until(() => scopeHeading(first.result.current.doc) === 'Aus Fenster zwei');
  });

  it('takes the other version when the user chooses it, and writes nothing of its own', async () => {
    const first = renderHook(() => useWorkingDocument(dealId, { delayMs: 10 }));
    const second = renderHook(() => useWorkingDocument(dealId, { delayMs: 10 }));
    await until(() => first.result.current.doc != null && second.result.current.doc != null);
    act(() => first.result.current.update(heading('Eins')));
    await until(async () => (await repos.drafts.get(dealId))?.revision === 1);
    act(() => second.result.current.update(heading('Zwei')));
    await until(() => second.result.current.conflict !== null);
    act(() => second.result.current.takeTheirs());
    expect(scopeHeading(second.result.current.doc)).toBe('Eins');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await repos.drafts.get(dealId))?.revision).toBe(1);
    expect(second.result.current.autosave.status).toBe('saved');
  });
});

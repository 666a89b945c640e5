// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SlaDocument } from '../../../shared/model';
import { updateClause } from '../../../shared/model/operations';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import { openSlaDatabase } from '../../db/openSlaDatabase';
import { buildRepositories, type Repositories } from '../../db/repositories';
import type { SlaDatabase } from '../../db/SlaDatabase';
import { createFaultInjector, type FaultInjector } from '../../db/testing/faultInjection';
import { describeError } from '../../errors/describeError';
import { i18n } from '../../i18n/i18n';
import { useWorkingDocument } from './useWorkingDocument';

/**
 * Issue 9, storage full, calmly: a write the storage refuses keeps the edit in memory, says what is
 * wrong in the user's language, is retried by itself, and the database is never left closed.
 */
let db: SlaDatabase;
let repos: Repositories;
let dealId: string;
let injector: FaultInjector;

vi.mock('../../src/RepositoriesContext', () => ({ useRepositories: () => repos }));

beforeEach(async () => {
  injector = createFaultInjector();
  db = await openSlaDatabase(`full-${crypto.randomUUID()}`, { use: [injector.middleware] });
  repos = buildRepositories(db, { builtInTemplates: BUILT_IN_TEMPLATES });
  await repos.templates.ensureBuiltIns();
  dealId = (
    await repos.deals.createFromTemplate({
      title: 'T',
      customerName: 'K',
      templateId: 'managed-it-business-de',
    })
  ).id;
  await i18n.changeLanguage('de');
});
afterEach(() => {
  cleanup();
  db.close();
});

const until = async (check: () => boolean | Promise<boolean>) => {
  await vi.waitFor(async () => expect(await check()).toBe(true), { timeout: 8_000, interval: 20 });
};
const heading = (text: string) => (doc: SlaDocument) => updateClause(doc, 'scope', { heading: text });
const stored = async () =>
  (await repos.drafts.get(dealId))?.document.clauses.find((clause) => clause.id === 'scope')?.heading;

describe('when the disk is full', () => {
  it('keeps the edit, says so in German, and saves it by itself once there is room', async () => {
    injector.failEvery('drafts', () => new Dexie.QuotaExceededError('QuotaExceededError: the disk is full'));
    const { result } = renderHook(() => useWorkingDocument(dealId, { delayMs: 10 }));
    await until(() => result.current.doc != null);
    act(() => result.current.update(heading('Getippt bei vollem Datenträger')));
    await until(() => result.current.autosave.status === 'error');
    const message = describeError(result.current.autosave.error);
    expect(message).toMatch(/Der Datenträger ist voll/);
    expect(message).not.toMatch(/Quota|disk|full/i);
    expect(result.current.autosave.retryAt).toBeGreaterThan(Date.now() - 1);
    // The edit is on screen and in memory, not lost; the database still holds the old text.
    expect(result.current.doc?.clauses.find((c) => c.id === 'scope')?.heading).toBe(
      'Getippt bei vollem Datenträger',
    );
    expect(await stored()).not.toBe('Getippt bei vollem Datenträger');
    expect(db.isOpen()).toBe(true);

    injector.reset();
    await until(async () => (await stored()) === 'Getippt bei vollem Datenträger');
    await until(() => result.current.autosave.status === 'saved');
  });

  it('opens the database again after the browser closed it, instead of failing until a restart', async () => {
    const { result } = renderHook(() => useWorkingDocument(dealId, { delayMs: 10 }));
    await until(() => result.current.doc != null);
    // What Chromium does after an I/O error: it closes the connection under the app.
    (db.backendDB() as unknown as { onclose: () => void }).onclose();
    expect(db.isOpen()).toBe(false);
    act(() => result.current.update(heading('Nach dem Schließen')));
    await until(async () => (await stored()) === 'Nach dem Schließen');
    expect(db.isOpen()).toBe(true);
    expect(result.current.autosave.status).toBe('saved');
  });
});

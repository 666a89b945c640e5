// @vitest-environment jsdom
import { Blob as NodeBlob } from 'node:buffer';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackupRequestReason, SlaWorkbenchApi } from '../../../shared/ipc/contract';
import { createRepositories, openSlaDatabase, RepositoriesContext, type Repositories } from '../../db';
import { readBackup } from '../../db/backup';
import { useAutomaticBackups } from './useAutomaticBackups';

/** The Electron bridge as main would answer it; the hook reaches it through getPlatform(). */
const requestListeners: ((reason: BackupRequestReason) => void)[] = [];
const written: Uint8Array[] = [];
const api = {
  appInfo: vi.fn(async () => ({
    ok: true as const,
    value: {
      name: 'SLA Workbench',
      version: '1.2.3',
      electron: '45.5.0',
      chrome: '140',
      node: '22',
      platform: 'linux',
      userDataPath: '/u',
    },
  })),
  backupSinkOpen: vi.fn(async () => ({ ok: true as const, value: { handle: 'a'.repeat(32) } })),
  backupSinkWrite: vi.fn(async (request: { bytes: Uint8Array }) => {
    written.push(request.bytes);
    return { ok: true as const, value: null };
  }),
  backupSinkFinish: vi.fn(
    async (): Promise<
      { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }
    > => ({
      ok: true as const,
      value: { name: 'sla-workbench-20261103-143000.json', path: '/u/backups/x.json', verified: true },
    }),
  ),
  backupSinkAbort: vi.fn(async () => ({ ok: true as const, value: null })),
  reportActivity: vi.fn(async () => ({ ok: true as const, value: null })),
  onBackupRequest: (listener: (reason: BackupRequestReason) => void) => {
    requestListeners.push(listener);
    return () => requestListeners.splice(requestListeners.indexOf(listener), 1);
  },
  onMenuCommand: () => () => {},
} as unknown as SlaWorkbenchApi;

let repos: Repositories;
beforeAll(async () => {
  // jsdom's Blob cannot give its bytes back; Node's is the same web API, complete.
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
  window.slaWorkbench = api;
  // The default database: the hook opens its own connection to it, like the app does.
  const db = await openSlaDatabase();
  repos = createRepositories(db);
  await repos.templates.ensureBuiltIns();
});
afterAll(() => cleanup());

const wrapper = ({ children }: { children: ReactNode }) => (
  <RepositoriesContext.Provider value={repos}>{children}</RepositoriesContext.Provider>
);

describe('automatic backups in Electron', () => {
  it('reports saves to main and writes the whole database when main asks', async () => {
    renderHook(() => useAutomaticBackups(), { wrapper });
    await waitFor(() => expect(requestListeners).toHaveLength(1));
    expect(api.reportActivity).not.toHaveBeenCalled();

    const [template] = await repos.templates.list();
    await repos.deals.createFromTemplate({
      title: 'Leitstelle Nord',
      customerName: 'Stadtwerke Nord',
      templateId: template!.id,
    });
    await waitFor(() => expect(api.reportActivity).toHaveBeenCalled());

    requestListeners[0]?.('interval');
    await waitFor(() => expect(api.backupSinkFinish).toHaveBeenCalled());
    expect(api.backupSinkOpen).toHaveBeenCalledWith({ kind: 'automatic' });
    const backup = await readBackup(new Uint8Array(await new Blob(written as BlobPart[]).arrayBuffer()));
    expect(backup.tables.deals.map((deal) => deal.title)).toEqual(['Leitstelle Nord']);
    expect(backup.app.version).toBe('1.2.3');
    expect(vi.mocked(api.backupSinkFinish).mock.calls[0]).toEqual([
      {
        handle: 'a'.repeat(32),
        sha256: backup.checksum,
        bytes: written.reduce((sum, chunk) => sum + chunk.length, 0),
      },
    ]);
    await waitFor(async () => expect(await repos.settings.get('lastAutomaticBackupAt')).not.toBe(''));
  });

  it('records a failed automatic backup, so it is shown until one succeeds', async () => {
    expect(await repos.settings.get('automaticBackupFailedAt')).toBe('');
    vi.mocked(api.backupSinkFinish).mockResolvedValueOnce({
      ok: false,
      error: { code: 'verify-failed', message: 'read back differently' },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    requestListeners[0]?.('interval');
    await waitFor(async () => expect(await repos.settings.get('automaticBackupFailedAt')).not.toBe(''));
    expect(api.backupSinkAbort).toHaveBeenCalled();
  });
});

// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackupRequestReason, SlaWorkbenchApi } from '../../../shared/ipc/contract';
import { createRepositories, openSlaDatabase, RepositoriesContext, type Repositories } from '../../db';
import { readBackupFile } from './backupActions';
import { useAutomaticBackups } from './useAutomaticBackups';

/** The Electron bridge as main would answer it; the hook reaches it through getPlatform(). */
const requestListeners: ((reason: BackupRequestReason) => void)[] = [];
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
  backupWrite: vi.fn(async () => ({
    ok: true as const,
    value: { name: 'sla-workbench-20261103-143000.json', path: '/u/backups/x.json' },
  })),
  reportActivity: vi.fn(async () => ({ ok: true as const, value: null })),
  onBackupRequest: (listener: (reason: BackupRequestReason) => void) => {
    requestListeners.push(listener);
    return () => requestListeners.splice(requestListeners.indexOf(listener), 1);
  },
  onMenuCommand: () => () => {},
} as unknown as SlaWorkbenchApi;

let repos: Repositories;
beforeAll(async () => {
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
    await waitFor(() => expect(api.backupWrite).toHaveBeenCalled());
    const [request] = vi.mocked(api.backupWrite).mock.calls[0] as unknown as [{ text: string; kind: string }];
    expect(request.kind).toBe('automatic');
    const backup = readBackupFile(request.text);
    expect(backup.tables.deals.map((deal) => deal.title)).toEqual(['Leitstelle Nord']);
    expect(backup.app.version).toBe('1.2.3');
  });
});

/// <reference lib="webworker" />
import { openSlaDatabase, type SlaDatabase } from '../../db';
import { createBackupWorkerHandler, type BackupWorkerRequest } from './backupWorkerProtocol';

/**
 * Backup, restore and verify off the UI thread (issue 9). The worker has its own connection to the
 * database; Dexie tells the page's live queries about its writes, so a restore shows at once.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let opening: Promise<SlaDatabase> | undefined;
const handle = createBackupWorkerHandler(() => {
  opening ??= openSlaDatabase().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
});
scope.onmessage = (event: MessageEvent<BackupWorkerRequest>) => {
  void handle(event.data, (response, transfer) => scope.postMessage(response, transfer ?? []));
};

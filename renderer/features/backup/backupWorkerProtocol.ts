import {
  BackupImportError,
  type BackupApp,
  type BackupErrorParams,
  type BrokenDeal,
} from '../../../shared/backup';
import type { BackupTableName } from '../../../shared/backup';
import {
  backupAsBlob,
  commitStagedBackup,
  discardStagedBackup,
  stageBackup,
  type BackupProgressEvent,
  type RestoreSummary,
  type StagedBackup,
} from '../../db/backup';
import { RestoreError, type RestoreErrorCode } from '../../db/backup/RestoreError';
import { verifyDatabase, type DatabaseVerification } from '../../db/integrity/verifyDatabase';
import type { SlaDatabase } from '../../db';
import type { StorageFailure } from '../../db/storageFailure';
import { PlatformError } from '../../platform/PlatformError';

/**
 * Messages between the Settings screen and `backup.worker.ts`. Backup, restore and verify run off the
 * UI thread (issue 9: backups at any size): a 500 MB database is read, written, hashed and checked
 * there, and the page only relays chunks and shows progress.
 */
export type BackupWorkerRequest =
  | { id: string; type: 'export'; app: BackupApp }
  | { id: string; type: 'stage'; name: string; size: number; blob?: Blob }
  /** The next bytes of the file being staged; `null` at its end, or with `failed` when reading failed. */
  | { id: string; type: 'chunk'; bytes: Uint8Array | null; failed?: SerializedError }
  | { id: string; type: 'commit' }
  | { id: string; type: 'discard' }
  | { id: string; type: 'verify' };

/** What a checked backup holds, for the confirmation before it replaces anything. */
export interface StagedOverview {
  createdAt: string;
  app: BackupApp;
  formatVersion: number;
  bytes: number;
  counts: Record<BackupTableName, number>;
  /** Installations whose rounds arrive with this backup and were not known here. */
  newKeys: number;
  /** Templates of the user's own (the built-in ones come with the app anyway). */
  ownTemplates: number;
  brokenDeals: BrokenDeal[];
}

/** An error that crossed the worker boundary, rebuilt on the other side with its code. */
export type SerializedError =
  | { kind: 'backup'; code: BackupImportError['code']; params: BackupErrorParams; message: string }
  | { kind: 'restore'; code: RestoreErrorCode; reason?: StorageFailure; message: string }
  | { kind: 'other'; name: string; message: string };

export type BackupWorkerResponse =
  | { id: string; type: 'progress'; progress: BackupProgressEvent }
  | { id: string; type: 'pull'; offset: number; length: number }
  | { id: string; type: 'exported'; blob: Blob; checksum: string; bytes: number }
  | { id: string; type: 'staged'; overview: StagedOverview }
  | { id: string; type: 'committed'; summary: RestoreSummary }
  | { id: string; type: 'verified'; verification: DatabaseVerification }
  | { id: string; type: 'done' }
  | { id: string; type: 'error'; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof BackupImportError)
    return { kind: 'backup', code: error.code, params: error.params, message: error.message };
  if (error instanceof RestoreError)
    return {
      kind: 'restore',
      code: error.code,
      ...(error.reason ? { reason: error.reason } : {}),
      message: error.message,
    };
  const named = error as { name?: unknown; message?: unknown } | null;
  return {
    kind: 'other',
    name: typeof named?.name === 'string' ? named.name : 'Error',
    message: typeof named?.message === 'string' ? named.message : String(error),
  };
}

export function deserializeError(error: SerializedError): Error {
  if (error.kind === 'backup')
    return new BackupImportError(error.code, error.message, { params: error.params });
  if (error.kind === 'restore')
    return new RestoreError(error.code, error.message, error.reason ? { reason: error.reason } : {});
  if (error.name === 'PlatformError') return new PlatformError('io-error', error.message);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}

/** The bytes of the file being staged arrive in chunks of this size. */
export const READ_CHUNK_BYTES = 4 * 1024 * 1024;

type Post = (response: BackupWorkerResponse, transfer?: Transferable[]) => void;

/**
 * The worker's side: one request at a time, the staged backup kept between `stage` and `commit`.
 * Never throws; every failure becomes an `error` response with its code.
 */
export function createBackupWorkerHandler(openDatabase: () => Promise<SlaDatabase>) {
  let staged: StagedBackup | null = null;
  const waiting = new Map<string, (chunk: { bytes: Uint8Array | null; failed?: SerializedError }) => void>();

  async function* pulled(id: string, size: number, post: Post): AsyncIterable<Uint8Array> {
    for (let offset = 0; ;) {
      const { bytes, failed } = await new Promise<{ bytes: Uint8Array | null; failed?: SerializedError }>(
        (resolve) => {
          waiting.set(id, resolve);
          post({ id, type: 'pull', offset, length: READ_CHUNK_BYTES });
        },
      );
      if (failed) throw deserializeError(failed);
      if (!bytes || bytes.length === 0) return;
      offset += bytes.length;
      yield bytes;
      if (offset >= size) return;
    }
  }

  async function* sliced(blob: Blob): AsyncIterable<Uint8Array> {
    for (let offset = 0; offset < blob.size; offset += READ_CHUNK_BYTES)
      yield new Uint8Array(await blob.slice(offset, offset + READ_CHUNK_BYTES).arrayBuffer());
  }

  return async function handle(request: BackupWorkerRequest, post: Post): Promise<void> {
    const { id } = request;
    if (request.type === 'chunk') {
      waiting.get(id)?.(request.failed ? { bytes: null, failed: request.failed } : { bytes: request.bytes });
      waiting.delete(id);
      return;
    }
    const onProgress = (progress: BackupProgressEvent) => post({ id, type: 'progress', progress });
    try {
      const db = await openDatabase();
      switch (request.type) {
        case 'export': {
          const copy = await backupAsBlob(db, { app: request.app, onProgress });
          post({ id, type: 'exported', blob: copy.blob, checksum: copy.checksum, bytes: copy.bytes });
          return;
        }
        case 'stage': {
          staged = null;
          const source = request.blob ? sliced(request.blob) : pulled(id, request.size, post);
          staged = await stageBackup(db, source, { onProgress, size: request.size });
          const { result } = staged;
          post({
            id,
            type: 'staged',
            overview: {
              createdAt: result.createdAt,
              app: result.app,
              formatVersion: result.formatVersion,
              bytes: result.bytes,
              counts: result.counts,
              newKeys: result.newKeys.length,
              ownTemplates: result.ownTemplates,
              brokenDeals: result.brokenDeals,
            },
          });
          return;
        }
        case 'commit': {
          if (!staged) throw new Error('No checked backup is waiting to be restored.');
          const summary = await commitStagedBackup(db, staged, { onProgress });
          staged = null;
          post({ id, type: 'committed', summary });
          return;
        }
        case 'discard':
          staged = null;
          await discardStagedBackup(db);
          post({ id, type: 'done' });
          return;
        case 'verify':
          post({ id, type: 'verified', verification: await verifyDatabase(db) });
          return;
      }
    } catch (error) {
      post({ id, type: 'error', error: serializeError(error) });
    }
  };
}

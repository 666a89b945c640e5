import type { BackupApp } from '../../../shared/backup';
import type { SlaDatabase } from '../../db';
import type { BackupProgressEvent, RestoreSummary } from '../../db/backup';
import type { DatabaseVerification } from '../../db/integrity/verifyDatabase';
import type { BackupFileContent, BackupSource } from '../../platform/platform';
import {
  createBackupWorkerHandler,
  deserializeError,
  serializeError,
  type BackupWorkerRequest,
  type BackupWorkerResponse,
  type StagedOverview,
} from './backupWorkerProtocol';

type Listener = (response: BackupWorkerResponse) => void;

/** A request as the page makes it; the id is added per call. */
type DistributiveOmit<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = DistributiveOmit<Exclude<BackupWorkerRequest, { type: 'chunk' }>>;

/** A channel to the backup worker; the in-page fallback speaks the same messages. */
interface Channel {
  post(request: BackupWorkerRequest, transfer?: Transferable[]): void;
  listen(listener: Listener): void;
  close(): void;
}

function workerChannel(): Channel | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return {
    post: (request, transfer) => worker.postMessage(request, transfer ?? []),
    listen: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<BackupWorkerResponse>) => listener(event.data)),
    close: () => worker.terminate(),
  };
}

/** Where workers are unavailable (unit tests, a locked-down embedding): the same handler in the page. */
function inPageChannel(openDatabase: () => Promise<SlaDatabase>): Channel {
  const handle = createBackupWorkerHandler(openDatabase);
  let listener: Listener = () => {};
  return {
    post: (request) => void handle(request, (response) => listener(response)),
    listen: (next) => {
      listener = next;
    },
    close: () => {},
  };
}

let requests = 0;

/**
 * The page's side of the backup worker (issue 9: backup and restore off the UI thread, with progress).
 * One request at a time. While a file is staged, the worker asks for its chunks and this relays them
 * from the platform (in Electron through main; a browser worker reads the picked file itself).
 */
export class BackupWorker {
  private readonly channel: Channel;
  private readonly pending = new Map<string, { settle: Listener; source?: BackupSource }>();

  constructor(options: { openDatabase?: () => Promise<SlaDatabase>; inPage?: boolean } = {}) {
    const channel = options.inPage ? null : workerChannel();
    if (!channel && !options.openDatabase) throw new Error('No worker and no database to work in the page.');
    this.channel = channel ?? inPageChannel(options.openDatabase!);
    this.channel.listen((response) => this.onResponse(response));
  }

  export(app: BackupApp, onProgress?: (progress: BackupProgressEvent) => void): Promise<BackupFileContent> {
    return this.run({ type: 'export', app }, onProgress).then((response) => {
      if (response.type !== 'exported') throw new Error('Unexpected answer from the backup worker.');
      return { blob: response.blob, checksum: response.checksum, bytes: response.bytes };
    });
  }

  /** Reads and checks a backup file completely; nothing the user sees changes. */
  stage(source: BackupSource, onProgress?: (progress: BackupProgressEvent) => void): Promise<StagedOverview> {
    return this.run(
      { type: 'stage', name: source.name, size: source.size, ...(source.blob ? { blob: source.blob } : {}) },
      onProgress,
      source,
    ).then((response) => {
      if (response.type !== 'staged') throw new Error('Unexpected answer from the backup worker.');
      return response.overview;
    });
  }

  /** Swaps the staged backup in, in one transaction. */
  commit(onProgress?: (progress: BackupProgressEvent) => void): Promise<RestoreSummary> {
    return this.run({ type: 'commit' }, onProgress).then((response) => {
      if (response.type !== 'committed') throw new Error('Unexpected answer from the backup worker.');
      return response.summary;
    });
  }

  discard(): Promise<void> {
    return this.run({ type: 'discard' }).then(() => undefined);
  }

  verify(): Promise<DatabaseVerification> {
    return this.run({ type: 'verify' }).then((response) => {
      if (response.type !== 'verified') throw new Error('Unexpected answer from the backup worker.');
      return response.verification;
    });
  }

  dispose(): void {
    this.channel.close();
  }

  private run(
    request: Request,
    onProgress?: (progress: BackupProgressEvent) => void,
    source?: BackupSource,
  ): Promise<BackupWorkerResponse> {
    const id = `backup-${++requests}`;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        source,
        settle: (response) => {
          if (response.type === 'progress') return onProgress?.(response.progress);
          this.pending.delete(id);
          if (response.type === 'error') reject(deserializeError(response.error));
          else resolve(response);
        },
      });
      this.channel.post({ ...request, id } as BackupWorkerRequest);
    });
  }

  private onResponse(response: BackupWorkerResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return;
    if (response.type !== 'pull') return entry.settle(response);
    const read = entry.source?.read;
    if (!read) return this.channel.post({ id: response.id, type: 'chunk', bytes: null });
    read(response.offset, response.length).then(
      (bytes) => {
        // Hand the memory over instead of copying it, when the chunk owns its whole buffer.
        const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
        this.channel.post(
          { id: response.id, type: 'chunk', bytes },
          whole ? [bytes.buffer as ArrayBuffer] : [],
        );
      },
      (error: unknown) =>
        this.channel.post({ id: response.id, type: 'chunk', bytes: null, failed: serializeError(error) }),
    );
  }
}

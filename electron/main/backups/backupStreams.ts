import { createHash, randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat, unlink, mkdir, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  MAX_BACKUP_CHUNK_BYTES,
  type BackupSinkFinishResponse,
  type BackupSinkOpenRequest,
  type BackupStreamOpenRequest,
  type BackupStreamOpenResponse,
  type FileFilter,
} from '../../../shared/ipc/contract';
import { backupFileName, planRotation, resolveInsideFolder } from './rotateBackups';

/** A failure with a code and a message for the user; ipcHandlers turns it into an IPC error result. */
export class BackupStreamError extends Error {
  override readonly name = 'BackupStreamError';
  constructor(
    readonly code: 'io-error' | 'verify-failed' | 'invalid-request',
    message: string,
  ) {
    super(message);
  }
}

export interface BackupStreamsDeps {
  /** `<userData>/backups`. */
  folder(): string;
  now(): Date;
  showOpenDialog(options: {
    title?: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title?: string;
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  defaultSaveDirectory(): string;
  /** An automatic backup was written and verified: the activity clock starts again. */
  automaticWritten(): void;
}

interface Reader {
  owner: number;
  file: FileHandle;
  size: number;
  used: number;
}

interface Sink {
  owner: number;
  file: FileHandle;
  temp: string;
  target: string;
  kind: BackupSinkOpenRequest['kind'];
  written: number;
  used: number;
}

/** Open handles per window; a renderer that forgets to close cannot exhaust main's file handles. */
const MAX_OPEN = 4;
/** A handle nobody used for this long is closed (a window that crashed mid-backup). */
const IDLE_MS = 10 * 60 * 1000;
const NEWLINE = 0x0a;

const newHandle = () => randomBytes(16).toString('hex');

function ioError(what: string, error: unknown): BackupStreamError {
  return new BackupStreamError('io-error', `${what}: ${(error as Error).message ?? String(error)}`);
}

/**
 * Backups of any size between renderer and main (issue 9): the renderer reads a backup file in chunks
 * it asks for, and writes one in chunks into a temporary file beside the target. Finishing a write
 * re-reads the file from disk and checks it against its own checksum line and the checksum and size
 * the renderer computed; only a file that matches takes its final name, so a backup reported as
 * written is one that can be read back. Automatic backups are then rotated.
 */
export class BackupStreams {
  private readonly readers = new Map<string, Reader>();
  private readonly sinks = new Map<string, Sink>();

  constructor(private readonly deps: BackupStreamsDeps) {}

  async openStream(owner: number, request: BackupStreamOpenRequest): Promise<BackupStreamOpenResponse> {
    await this.sweep();
    this.refuseTooMany(this.readers, owner);
    let path: string;
    if (request.source.kind === 'folder') path = resolveInsideFolder(this.deps.folder(), request.source.name);
    else {
      const picked = await this.deps.showOpenDialog({
        title: request.source.title,
        filters: request.source.filters,
      });
      const first = picked.filePaths[0];
      if (picked.canceled || first === undefined) return null;
      path = first;
    }
    const name = basename(path);
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new BackupStreamError('io-error', `"${name}" is not a file.`);
      const file = await open(path, 'r');
      const handle = newHandle();
      this.readers.set(handle, { owner, file, size: info.size, used: Date.now() });
      return { handle, name, size: info.size };
    } catch (error) {
      if (error instanceof BackupStreamError) throw error;
      throw ioError(`The backup "${name}" could not be opened`, error);
    }
  }

  async read(owner: number, handle: string, offset: number, length: number): Promise<Uint8Array> {
    const reader = this.owned(this.readers, owner, handle);
    reader.used = Date.now();
    const size = Math.max(0, Math.min(length, MAX_BACKUP_CHUNK_BYTES, reader.size - offset));
    if (size === 0) return new Uint8Array(0);
    const buffer = Buffer.alloc(size);
    try {
      const { bytesRead } = await reader.file.read(buffer, 0, size, offset);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
    } catch (error) {
      throw ioError('The backup could not be read', error);
    }
  }

  async closeStream(owner: number, handle: string): Promise<void> {
    const reader = this.readers.get(handle);
    if (!reader || reader.owner !== owner) return;
    this.readers.delete(handle);
    await reader.file.close().catch(() => undefined);
  }

  async openSink(owner: number, request: BackupSinkOpenRequest): Promise<{ handle: string } | null> {
    await this.sweep();
    this.refuseTooMany(this.sinks, owner);
    let target: string;
    if (request.kind === 'save-as') {
      const chosen = await this.deps.showSaveDialog({
        title: request.title,
        defaultPath: join(this.deps.defaultSaveDirectory(), request.suggestedName),
        filters: request.filters,
      });
      if (chosen.canceled || !chosen.filePath) return null;
      target = resolve(chosen.filePath);
    } else {
      const folder = this.deps.folder();
      try {
        await mkdir(folder, { recursive: true });
      } catch (error) {
        throw ioError('The backups folder could not be created', error);
      }
      target = resolveInsideFolder(folder, backupFileName(this.deps.now(), request.kind));
    }
    const temp = join(dirname(target), `.${basename(target)}.${newHandle().slice(0, 12)}.tmp`);
    try {
      const file = await open(temp, 'wx');
      const handle = newHandle();
      this.sinks.set(handle, { owner, file, temp, target, kind: request.kind, written: 0, used: Date.now() });
      return { handle };
    } catch (error) {
      throw ioError(`The backup "${basename(target)}" could not be created`, error);
    }
  }

  async write(owner: number, handle: string, bytes: Uint8Array): Promise<void> {
    const sink = this.owned(this.sinks, owner, handle);
    sink.used = Date.now();
    try {
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await sink.file.write(
          bytes,
          offset,
          bytes.byteLength - offset,
          sink.written,
        );
        offset += bytesWritten;
        sink.written += bytesWritten;
      }
    } catch (error) {
      await this.abort(owner, handle);
      throw ioError('The backup could not be written', error);
    }
  }

  /**
   * Flushes and closes the file, reads it back and checks it, then puts it in place. The file must be
   * `bytes` long, end with a checksum line naming `sha256`, and every byte before that line must hash
   * to it: what the renderer meant to write is what the disk now holds.
   */
  async finish(
    owner: number,
    handle: string,
    sha256: string,
    bytes: number,
  ): Promise<BackupSinkFinishResponse> {
    const sink = this.owned(this.sinks, owner, handle);
    this.sinks.delete(handle);
    try {
      await sink.file.sync();
      await sink.file.close();
    } catch (error) {
      await rm(sink.temp, { force: true });
      throw ioError('The backup could not be written', error);
    }
    let problem: string | null;
    try {
      problem = await checkWrittenBackup(sink.temp, sha256, bytes);
    } catch (error) {
      await rm(sink.temp, { force: true });
      throw ioError('The written backup could not be read back', error);
    }
    if (problem) {
      await rm(sink.temp, { force: true });
      throw new BackupStreamError('verify-failed', `The backup was written but ${problem}; it was not kept.`);
    }
    try {
      await rename(sink.temp, sink.target);
    } catch (error) {
      await rm(sink.temp, { force: true });
      throw ioError('The backup could not be put in place', error);
    }
    if (sink.kind === 'automatic') {
      await this.rotate(dirname(sink.target));
      this.deps.automaticWritten();
    }
    return { name: basename(sink.target), path: sink.target, verified: true };
  }

  async abort(owner: number, handle: string): Promise<void> {
    const sink = this.sinks.get(handle);
    if (!sink || sink.owner !== owner) return;
    this.sinks.delete(handle);
    await sink.file.close().catch(() => undefined);
    await rm(sink.temp, { force: true });
  }

  /** Closes everything a window left open (it closed or crashed). */
  async releaseOwner(owner: number): Promise<void> {
    for (const [handle, reader] of this.readers)
      if (reader.owner === owner) await this.closeStream(owner, handle);
    for (const [handle, sink] of this.sinks) if (sink.owner === owner) await this.abort(owner, handle);
  }

  private async rotate(folder: string): Promise<void> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return;
    }
    for (const name of planRotation(names, this.deps.now())) {
      try {
        await unlink(resolveInsideFolder(folder, name));
      } catch {
        // Already gone, or locked by a virus scanner: try again at the next rotation.
      }
    }
  }

  private owned<T extends { owner: number }>(map: Map<string, T>, owner: number, handle: string): T {
    const entry = map.get(handle);
    if (!entry || entry.owner !== owner)
      throw new BackupStreamError(
        'invalid-request',
        'This backup transfer is not open (it may have timed out).',
      );
    return entry;
  }

  private refuseTooMany(map: Map<string, { owner: number }>, owner: number): void {
    if ([...map.values()].filter((entry) => entry.owner === owner).length >= MAX_OPEN)
      throw new BackupStreamError('invalid-request', 'Too many backup transfers are open at once.');
  }

  private async sweep(): Promise<void> {
    const stale = Date.now() - IDLE_MS;
    for (const [handle, reader] of this.readers)
      if (reader.used < stale) await this.closeStream(reader.owner, handle);
    for (const [handle, sink] of this.sinks) if (sink.used < stale) await this.abort(sink.owner, handle);
  }
}

/**
 * Reads a written backup back from disk: `null` when it is complete and intact, else what is wrong.
 * Hashes every byte before the last line, which must be the checksum line (backup format 2).
 */
export async function checkWrittenBackup(
  path: string,
  sha256: string,
  bytes: number,
): Promise<string | null> {
  const info = await stat(path);
  if (info.size !== bytes) return `it holds ${info.size} bytes instead of ${bytes}`;
  const file = await open(path, 'r');
  try {
    // The checksum line is short; find where it starts by reading the end of the file.
    const tailSize = Math.min(bytes, 4096);
    const tail = Buffer.alloc(tailSize);
    await file.read(tail, 0, tailSize, bytes - tailSize);
    if (tail[tailSize - 1] !== NEWLINE) return 'it does not end with a complete line';
    const lineStart = tail.lastIndexOf(NEWLINE, tailSize - 2) + 1;
    if (lineStart === 0 && tailSize === 4096) return 'its checksum line is missing';
    let trailer: { checksum?: unknown };
    try {
      trailer = JSON.parse(tail.subarray(lineStart, tailSize - 1).toString('utf8')) as { checksum?: unknown };
    } catch {
      return 'its checksum line is missing';
    }
    if (trailer.checksum !== sha256) return 'its checksum line does not name the checksum sent';
    const hash = createHash('sha256');
    const bodyEnd = bytes - tailSize + lineStart;
    const chunk = Buffer.alloc(Math.min(MAX_BACKUP_CHUNK_BYTES, Math.max(1, bodyEnd)));
    for (let offset = 0; offset < bodyEnd;) {
      const { bytesRead } = await file.read(chunk, 0, Math.min(chunk.length, bodyEnd - offset), offset);
      if (bytesRead === 0) return 'it ended while it was read back';
      hash.update(chunk.subarray(0, bytesRead));
      offset += bytesRead;
    }
    return hash.digest('hex') === sha256 ? null : 'reading it back did not give the same content';
  } finally {
    await file.close();
  }
}

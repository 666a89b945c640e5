import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupWriter } from '../../../shared/backup/BackupWriter';
import { BackupStreams, type BackupStreamsDeps } from './backupStreams';

let dir: string;
let deps: BackupStreamsDeps;
let streams: BackupStreams;
const OWNER = 1;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sla-streams-'));
  deps = {
    folder: () => join(dir, 'backups'),
    now: () => new Date(2026, 10, 3, 14, 30, 0),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    defaultSaveDirectory: () => dir,
    automaticWritten: vi.fn(),
  };
  streams = new BackupStreams(deps);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A small but real format-2 backup file, as chunks, with its checksum. */
function backupFile(records = 3) {
  const writer = new BackupWriter({ format: 'sla-workbench-backup', formatVersion: 2 });
  const chunks = [writer.header()];
  for (let i = 0; i < records; i++)
    chunks.push(writer.record('settings', { key: `k${i}`, value: 'x'.repeat(100) }));
  const { trailer, checksum, bytes } = writer.finish();
  chunks.push(trailer);
  return { chunks, checksum, bytes };
}

async function writeAll(kind: 'automatic' | 'before-restore', file = backupFile()) {
  const sink = await streams.openSink(OWNER, { kind });
  for (const chunk of file.chunks) await streams.write(OWNER, sink!.handle, chunk);
  return { sink: sink!, file };
}

describe('writing a backup in chunks', () => {
  it('puts the file in place only after reading it back and finding it intact', async () => {
    const { sink, file } = await writeAll('before-restore');
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    expect(readdirSync(join(dir, 'backups'))[0]).toMatch(/\.tmp$/);
    const done = await streams.finish(OWNER, sink.handle, file.checksum, file.bytes);
    expect(done).toMatchObject({ name: 'sla-workbench-before-restore-20261103-143000.json', verified: true });
    expect(readdirSync(join(dir, 'backups'))).toEqual([done.name]);
    expect(readFileSync(done.path).length).toBe(file.bytes);
    expect(deps.automaticWritten).not.toHaveBeenCalled();
  });

  it('refuses a file whose content is not what the renderer computed, and keeps nothing', async () => {
    const { sink, file } = await writeAll('automatic');
    await expect(streams.finish(OWNER, sink.handle, 'f'.repeat(64), file.bytes)).rejects.toMatchObject({
      code: 'verify-failed',
    });
    expect(readdirSync(join(dir, 'backups'))).toEqual([]);
  });

  it('refuses a file that is shorter than what was sent (a chunk lost on the way)', async () => {
    const file = backupFile();
    const sink = await streams.openSink(OWNER, { kind: 'automatic' });
    for (const chunk of file.chunks.filter((_, index) => index !== 1))
      await streams.write(OWNER, sink!.handle, chunk);
    await expect(streams.finish(OWNER, sink!.handle, file.checksum, file.bytes)).rejects.toMatchObject({
      code: 'verify-failed',
    });
    expect(readdirSync(join(dir, 'backups'))).toEqual([]);
  });

  it('detects bytes changed on the disk between writing and reading back', async () => {
    const { sink, file } = await writeAll('automatic');
    const [temp] = readdirSync(join(dir, 'backups'));
    const path = join(dir, 'backups', temp!);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('k1', 'k9'));
    await expect(streams.finish(OWNER, sink.handle, file.checksum, file.bytes)).rejects.toMatchObject({
      code: 'verify-failed',
    });
  });

  it('rotates automatic backups and restarts the activity clock', async () => {
    const { sink, file } = await writeAll('automatic');
    await streams.finish(OWNER, sink.handle, file.checksum, file.bytes);
    expect(deps.automaticWritten).toHaveBeenCalledTimes(1);
  });

  it('lets no other window use a handle, and cleans up an aborted one', async () => {
    const sink = await streams.openSink(OWNER, { kind: 'automatic' });
    await expect(streams.write(2, sink!.handle, new Uint8Array([1]))).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await streams.abort(OWNER, sink!.handle);
    expect(readdirSync(join(dir, 'backups'))).toEqual([]);
  });

  it('asks where to save for "save as", and writes nothing when the user cancels', async () => {
    expect(
      await streams.openSink(OWNER, { kind: 'save-as', suggestedName: 'b.json', filters: [] }),
    ).toBeNull();
    vi.mocked(deps.showSaveDialog).mockResolvedValueOnce({
      canceled: false,
      filePath: join(dir, 'mine.json'),
    });
    const file = backupFile();
    const sink = await streams.openSink(OWNER, { kind: 'save-as', suggestedName: 'b.json', filters: [] });
    for (const chunk of file.chunks) await streams.write(OWNER, sink!.handle, chunk);
    const done = await streams.finish(OWNER, sink!.handle, file.checksum, file.bytes);
    expect(done.path).toBe(join(dir, 'mine.json'));
  });
});

describe('reading a backup in chunks', () => {
  it('reads a folder backup by name, in pieces, and refuses names outside the folder', async () => {
    const { sink, file } = await writeAll('before-restore');
    const { name } = await streams.finish(OWNER, sink.handle, file.checksum, file.bytes);
    const stream = await streams.openStream(OWNER, { source: { kind: 'folder', name } });
    expect(stream?.size).toBe(file.bytes);
    const parts: Uint8Array[] = [];
    for (let offset = 0; offset < file.bytes; offset += 100)
      parts.push(await streams.read(OWNER, stream!.handle, offset, 100));
    expect(Buffer.concat(parts).length).toBe(file.bytes);
    expect((await streams.read(OWNER, stream!.handle, file.bytes, 100)).length).toBe(0);
    await streams.closeStream(OWNER, stream!.handle);
    await expect(streams.read(OWNER, stream!.handle, 0, 1)).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(
      streams.openStream(OWNER, { source: { kind: 'folder', name: '../x.json' } }),
    ).rejects.toThrow();
  });
});

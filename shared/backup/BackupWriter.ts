import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalize } from '../rounds/hashRound';

const NEWLINE = 0x0a;

function line(text: string): Uint8Array {
  const bytes = utf8ToBytes(text);
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  out[bytes.length] = NEWLINE;
  return out;
}

/**
 * Writes a format-2 backup a line at a time (see backupFormat.ts), hashing the bytes as they are
 * produced, so a backup of any size is checksummed once and never held as one string.
 */
export class BackupWriter {
  private readonly hash = sha256.create();
  private readonly first: Uint8Array;
  private records = 0;
  private bytes = 0;
  private finished = false;

  constructor(header: object) {
    this.first = this.take(line(canonicalize(header)));
  }

  /** The header line; call once, before the first record. */
  header(): Uint8Array {
    return this.first;
  }

  record(table: string, record: unknown): Uint8Array {
    if (this.finished) throw new Error('The backup was finished already.');
    this.records += 1;
    return this.take(line(canonicalize({ table, record })));
  }

  /** The checksum line; nothing can be added afterwards. */
  finish(): { trailer: Uint8Array; checksum: string; bytes: number; records: number } {
    this.finished = true;
    const checksum = bytesToHex(this.hash.digest());
    const trailer = line(canonicalize({ checksum, records: this.records }));
    return { trailer, checksum, bytes: this.bytes + trailer.length, records: this.records };
  }

  private take(bytes: Uint8Array): Uint8Array {
    this.hash.update(bytes);
    this.bytes += bytes.length;
    return bytes;
  }
}

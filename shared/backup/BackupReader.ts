import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalize } from '../rounds/hashRound';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLE_SINCE,
  BACKUP_TABLES,
  BackupApp,
  BackupHeader,
  BackupTrailer,
  Sha256Hex,
  isBackupTableName,
  type BackupTableName,
  type RawBackupTables,
} from './backupFormat';
import { BackupImportError } from './BackupImportError';
import {
  BackupValidator,
  checkUpgradePath,
  issuePath,
  upgradeBackupTables,
  type BackupCheckSummary,
  type BackupValidatorOptions,
} from './BackupValidator';
import { IsoDateTime } from '../model';

/** The ES2023 lib has no TextDecoder type, but every runtime this code runs in (Node, Chromium, workers) has it. */
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean },
) => { decode(input: Uint8Array): string };

export interface BackupLimits {
  /**
   * Size of a format-1 file (one JSON document, read whole). Format 2 has no size limit: it is read
   * a line at a time.
   */
  maxDocumentBytes: number;
  /** Size of one line of a format-2 file, i.e. of one record. */
  maxLineBytes: number;
  /**
   * Nesting of arrays and objects. Real backups stay below 20; the limit keeps JSON.parse and the
   * recursive checks after it from overflowing the stack on a crafted file.
   */
  maxDepth: number;
}

export const DEFAULT_BACKUP_LIMITS: Readonly<BackupLimits> = Object.freeze({
  maxDocumentBytes: 200 * 1024 * 1024,
  maxLineBytes: 64 * 1024 * 1024,
  maxDepth: 64,
});

export interface BackupReaderOptions extends BackupValidatorOptions {
  limits?: Partial<BackupLimits>;
}

/** One validated record of the file, ready to store. */
export interface BackupRecord {
  table: BackupTableName;
  record: unknown;
}

export interface BackupReadResult extends BackupCheckSummary {
  formatVersion: number;
  /** The schema version the records were upgraded to (the supported one). */
  schemaVersion: number;
  /** The schema version the file was written with. */
  writtenSchemaVersion: number;
  app: BackupApp;
  createdAt: string;
  checksum: string;
  /** Bytes read. */
  bytes: number;
}

/** What a format-2 header promises, for progress: the number of records to come. */
export interface BackupProgress {
  bytes: number;
  records: number;
  /** From the header; 0 until it was read, or for a format-1 file. */
  expectedRecords: number;
}

/** Keys that could reach an object's prototype if some later code assigned them; never legitimate here. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const NEWLINE = 0x0a;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, where: string): string {
  try {
    return decoder.decode(bytes);
  } catch (error) {
    throw new BackupImportError('not-text', 'The backup file is not a text file; it may be damaged.', {
      cause: error,
      params: { where },
    });
  }
}

/**
 * Bounds the nesting depth on the raw text, before JSON.parse: parsing a 100,000-deep array overflows
 * the stack. Brackets inside strings do not count. For malformed JSON the count is approximate, which
 * is fine: JSON.parse refuses that text anyway.
 */
function checkNesting(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > maxDepth)
        throw new BackupImportError(
          'too-deep',
          `The backup file is nested more than ${maxDepth} levels deep; it is not a backup SLA Workbench wrote.`,
          { params: { max: maxDepth } },
        );
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
}

function parseJson(text: string, line: number): unknown {
  try {
    // The reviver sees every key; JSON.parse itself defines `__proto__` as an own property, so the
    // prototype is safe during parsing and the key is refused before any code could copy it.
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key))
        throw new BackupImportError(
          'forbidden-key',
          `The backup file contains the key “${key}”, which SLA Workbench never writes; it was refused as unsafe.`,
          { params: { key } },
        );
      return value;
    });
  } catch (error) {
    if (error instanceof BackupImportError || error instanceof RangeError) throw error;
    throw new BackupImportError(
      'not-json',
      'The backup file is not valid JSON; it may be truncated or damaged.',
      { cause: error, params: { line } },
    );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuseNewer(value: Record<string, unknown>, supportedSchemaVersion: number): void {
  const { formatVersion, schemaVersion } = value;
  const newerFormat = typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION;
  const newerSchema = typeof schemaVersion === 'number' && schemaVersion > supportedSchemaVersion;
  if (!newerFormat && !newerSchema) return;
  const detail = newerSchema
    ? `data version ${schemaVersion}; this app reads up to ${supportedSchemaVersion}`
    : `file format ${formatVersion}; this app reads up to ${BACKUP_FORMAT_VERSION}`;
  throw new BackupImportError(
    'newer-version',
    `This backup was written by a newer version of SLA Workbench (${detail}). Update the app to restore it.`,
    {
      params: newerSchema
        ? { version: Number(schemaVersion), supported: supportedSchemaVersion }
        : { version: Number(formatVersion), supported: BACKUP_FORMAT_VERSION },
    },
  );
}

/** Format 1: the whole database as one JSON document, the tables left unchecked here. */
const EnvelopeV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  schemaVersion: z.number().int().min(1),
  app: BackupApp,
  createdAt: IsoDateTime,
  tables: z.object({
    templates: z.array(z.unknown()),
    deals: z.array(z.unknown()),
    drafts: z.array(z.unknown()),
    rounds: z.array(z.unknown()),
    settings: z.array(z.unknown()),
    audit: z.array(z.unknown()),
    changeReviews: z.array(z.unknown()).optional(),
    signingKeys: z.array(z.unknown()).optional(),
    // Optional, so a file written before a table existed keeps its checksum (the key is absent, not []).
    playbooks: z.array(z.unknown()).optional(),
    companyProfiles: z.array(z.unknown()).optional(),
    suppliers: z.array(z.unknown()).optional(),
    approvals: z.array(z.unknown()).optional(),
    agreements: z.array(z.unknown()).optional(),
    incidents: z.array(z.unknown()).optional(),
    reviews: z.array(z.unknown()).optional(),
    commentThreads: z.array(z.unknown()).optional(),
    templateWorkingCopies: z.array(z.unknown()).optional(),
  }),
  checksum: Sha256Hex,
});

function emptyRawTables(): RawBackupTables {
  return { templates: [], deals: [], drafts: [], rounds: [], settings: [], audit: [] };
}

type Mode = 'start' | 'lines' | 'document' | 'done';

/**
 * Reads a backup file from an untrusted source as it arrives, chunk by chunk, and validates all of it.
 * `push` returns the records that are complete and valid so far (the caller stages them); `finish`
 * checks what needs the whole file (checksum, links, round chains and signatures). Nothing may be
 * restored before `finish` resolves. Throws BackupImportError and nothing else.
 *
 * Format 2 is read a line at a time, so its size is not limited; a format-1 file is one JSON document
 * and is read whole, up to `maxDocumentBytes`.
 */
export class BackupReader {
  private readonly limits: BackupLimits;
  private mode: Mode = 'start';
  private parts: Uint8Array[] = [];
  private partBytes = 0;
  private lineNumber = 0;
  private readonly hash = sha256.create();
  private validator: BackupValidator | undefined;
  private header: BackupHeader | undefined;
  private trailer: z.infer<typeof BackupTrailer> | undefined;
  private v1: z.infer<typeof EnvelopeV1> | undefined;
  private records = 0;
  private bytes = 0;
  private expectedRecords = 0;
  /**
   * A format-2 file of an older schema version: its raw records, kept until the end, because an
   * upgrade step works on whole tables. Only files of this branch's first format-2 builds are such.
   */
  private pending: { tables: RawBackupTables; bytes: number } | undefined;

  constructor(private readonly options: BackupReaderOptions) {
    this.limits = { ...DEFAULT_BACKUP_LIMITS, ...options.limits };
  }

  get progress(): BackupProgress {
    return { bytes: this.bytes, records: this.records, expectedRecords: this.expectedRecords };
  }

  /** Takes the next bytes of the file; returns the records completed by them. */
  push(chunk: Uint8Array): BackupRecord[] {
    return this.guard(() => {
      if (this.mode === 'done') throw new Error('The backup was finished already.');
      this.bytes += chunk.length;
      const out: BackupRecord[] = [];
      let start = 0;
      if (this.mode === 'document') {
        this.keep(chunk);
        return out;
      }
      for (let index = chunk.indexOf(NEWLINE); index >= 0; index = chunk.indexOf(NEWLINE, start)) {
        const piece = chunk.subarray(start, index + 1);
        start = index + 1;
        const line =
          this.partBytes === 0 ? piece : concat([...this.parts, piece], this.partBytes + piece.length);
        this.parts = [];
        this.partBytes = 0;
        const record = this.line(line);
        if (record) out.push(record);
        // `line` switches to 'document' when the first line is no format-2 header.
        if ((this.mode as Mode) === 'document') {
          this.keep(chunk.subarray(start));
          return out;
        }
      }
      if (start < chunk.length) this.keep(chunk.subarray(start));
      return out;
    });
  }

  /** The end of the file: returns the records of its last part (for format 1: all of them). */
  end(): BackupRecord[] {
    return this.guard(() => {
      const out: BackupRecord[] = [];
      if (this.mode === 'start' && this.partBytes === 0)
        throw new BackupImportError('empty', 'The backup file is empty.');
      if (this.mode === 'start') this.mode = 'document';
      if (this.mode === 'lines' && this.partBytes > 0) {
        // Every line a writer makes ends with a newline: a rest without one is a cut-off file, unless
        // it is white space after the checksum line.
        const rest = decode(concat(this.parts, this.partBytes), 'end');
        this.parts = [];
        this.partBytes = 0;
        if (rest.trim() !== '') throw this.trailer ? this.damaged() : this.truncated();
      }
      if (this.mode === 'document') out.push(...this.document());
      if (this.mode === 'lines' && !this.trailer) throw this.truncated();
      if (this.mode === 'lines' && this.pending) {
        out.push(...this.lifted(this.pending.tables, this.header!.schemaVersion));
        this.pending = undefined;
      }
      this.mode = 'done';
      return out;
    });
  }

  /** Checks the checksum and everything that needs all records; resolves to what the file holds. */
  async finish(): Promise<BackupReadResult> {
    if (this.mode !== 'done') throw new Error('Call end() before finish().');
    const validator = this.validator!;
    let checksum: string;
    let formatVersion: number;
    let app: BackupApp;
    let createdAt: string;
    let writtenSchemaVersion: number;
    if (this.header) {
      checksum = bytesToHex(this.hash.digest());
      if (checksum !== this.trailer!.checksum || this.trailer!.records !== this.records) throw this.damaged();
      ({ formatVersion, app, createdAt, schemaVersion: writtenSchemaVersion } = this.header);
    } else {
      ({ checksum, formatVersion, app, createdAt, schemaVersion: writtenSchemaVersion } = this.v1!);
    }
    let summary: BackupCheckSummary;
    try {
      summary = await validator.finish();
    } catch (error) {
      throw this.wrap(error);
    }
    return {
      ...summary,
      formatVersion,
      schemaVersion: this.options.supportedSchemaVersion,
      writtenSchemaVersion,
      app,
      createdAt,
      checksum,
      bytes: this.bytes,
    };
  }

  private keep(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.parts.push(bytes.slice());
    this.partBytes += bytes.length;
    const limit = this.mode === 'lines' ? this.limits.maxLineBytes : this.limits.maxDocumentBytes;
    if (this.partBytes > limit)
      throw new BackupImportError(
        'too-large',
        this.mode === 'lines'
          ? `A record in the backup file is larger than ${sizeText(limit)}; SLA Workbench does not write records that large.`
          : `The backup file is larger than ${sizeText(limit)}; SLA Workbench does not read files that large.`,
        { params: { limit: sizeText(limit) } },
      );
  }

  /** One complete line (with its newline, except perhaps the last). */
  private line(bytes: Uint8Array): BackupRecord | undefined {
    this.lineNumber += 1;
    const lineNumber = this.lineNumber;
    // A byte order mark some editors add is not part of what the writer hashed (and TextDecoder drops it).
    if (lineNumber === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      bytes = bytes.subarray(3);
    const text = decode(bytes, `line ${lineNumber}`);
    if (this.mode === 'start') {
      const header = this.tryHeader(text);
      if (!header) {
        // Not a format-2 header: a format-1 document (or no backup at all), read whole.
        this.mode = 'document';
        this.keep(bytes);
        return undefined;
      }
      this.header = header;
      this.mode = 'lines';
      this.hash.update(bytes);
      this.expectedRecords = Object.values(header.counts).reduce((sum, count) => sum + (count ?? 0), 0);
      checkUpgradePath(this.options, header.schemaVersion);
      this.validator = new BackupValidator(this.options);
      if (header.schemaVersion < this.options.supportedSchemaVersion)
        this.pending = { tables: emptyRawTables(), bytes: 0 };
      return undefined;
    }
    if (text.trim() === '') {
      if (this.trailer) return undefined;
      throw this.damaged();
    }
    if (this.trailer) throw this.damaged();
    checkNesting(text, this.limits.maxDepth);
    const value = parseJson(text, lineNumber);
    if (isPlainObject(value) && 'checksum' in value && !('table' in value)) {
      const trailer = BackupTrailer.safeParse(value);
      if (!trailer.success) throw this.damaged();
      this.trailer = trailer.data;
      return undefined;
    }
    this.hash.update(bytes);
    if (!isPlainObject(value) || !isBackupTableName(value.table) || !('record' in value))
      throw new BackupImportError(
        'damaged',
        `The backup file is damaged: line ${lineNumber} is not a record of a known table.`,
        { params: { line: lineNumber } },
      );
    const table = value.table;
    if (BACKUP_TABLE_SINCE[table] > this.header!.schemaVersion) throw this.damaged();
    this.records += 1;
    if (this.pending) {
      this.pending.bytes += bytes.length;
      if (this.pending.bytes > this.limits.maxDocumentBytes)
        throw new BackupImportError(
          'too-large',
          `The backup file is larger than ${sizeText(this.limits.maxDocumentBytes)}; SLA Workbench does not read files that large.`,
          { params: { limit: sizeText(this.limits.maxDocumentBytes) } },
        );
      (this.pending.tables[table] ??= []).push(value.record);
      return undefined;
    }
    return { table, record: this.validator!.record(table, value.record) };
  }

  /** Validates the raw tables of an older file once they are lifted to the supported version. */
  private lifted(tables: RawBackupTables, schemaVersion: number): BackupRecord[] {
    const upgraded = upgradeBackupTables(tables, schemaVersion, this.options);
    const out: BackupRecord[] = [];
    for (const table of BACKUP_TABLES)
      for (const record of upgraded[table] ?? [])
        out.push({ table, record: this.validator!.record(table, record) });
    return out;
  }

  private tryHeader(text: string): BackupHeader | undefined {
    if (text.length > 100_000) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!isPlainObject(value) || value.format !== BACKUP_FORMAT || 'tables' in value) return undefined;
    if (typeof value.formatVersion !== 'number' || value.formatVersion < 2) return undefined;
    refuseNewer(value, this.options.supportedSchemaVersion);
    const header = BackupHeader.safeParse(value);
    if (!header.success)
      throw new BackupImportError(
        'damaged',
        `The backup file is incomplete or damaged (${issuePath(header.error.issues[0]) || 'header'}).`,
        { params: { field: issuePath(header.error.issues[0]) } },
      );
    return header.data;
  }

  /** Format 1: the whole file is one JSON document. */
  private document(): BackupRecord[] {
    const text = decode(concat(this.parts, this.partBytes), 'file');
    this.parts = [];
    this.partBytes = 0;
    if (text.trim() === '') throw new BackupImportError('empty', 'The backup file is empty.');
    checkNesting(text, this.limits.maxDepth);
    const value = parseJson(text, 1);
    if (!isPlainObject(value) || value.format !== BACKUP_FORMAT)
      throw new BackupImportError('not-a-backup', 'This file is not an SLA Workbench backup.');
    refuseNewer(value, this.options.supportedSchemaVersion);
    const envelope = EnvelopeV1.safeParse(value);
    if (!envelope.success) {
      const field = issuePath(envelope.error.issues[0]);
      throw new BackupImportError(
        'damaged',
        `The backup file is incomplete or damaged (${field ? `field ${field}` : 'invalid value'}).`,
        { params: { field } },
      );
    }
    const data = envelope.data;
    // Format 1's checksum: SHA-256 of the canonical JSON of the tables as written.
    if (bytesToHex(sha256(utf8ToBytes(canonicalize(data.tables)))) !== data.checksum) throw this.damaged();
    this.v1 = data;
    checkUpgradePath(this.options, data.schemaVersion);
    this.validator = new BackupValidator(this.options);
    for (const table of BACKUP_TABLES) {
      const records = data.tables[table] ?? [];
      if (records.length > 0 && BACKUP_TABLE_SINCE[table] > data.schemaVersion) throw this.damaged();
      this.records += records.length;
    }
    return this.lifted(data.tables, data.schemaVersion);
  }

  private truncated(): BackupImportError {
    return new BackupImportError(
      'truncated',
      'The backup file ends before its checksum: it is incomplete (the copy may have been cut off).',
    );
  }

  private damaged(): BackupImportError {
    return new BackupImportError(
      'damaged',
      'The backup file was changed or damaged after it was written: its checksum does not match.',
    );
  }

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      this.mode = 'done';
      throw this.wrap(error);
    }
  }

  private wrap(error: unknown): BackupImportError {
    if (error instanceof BackupImportError) return error;
    if (error instanceof RangeError)
      return new BackupImportError(
        'too-large',
        'The backup file is too large or too deeply nested to read.',
        {
          cause: error,
        },
      );
    return new BackupImportError('unreadable', 'The backup file could not be read; it may be damaged.', {
      cause: error,
    });
  }
}

import type { BackupData } from './backupFormat';
import { BackupImportError } from './BackupImportError';
import { validateBackupData, type ValidateBackupOptions } from './validateBackupData';

/** The ES2023 lib has no TextDecoder type, but every runtime this code runs in (Node, Chromium, workers) has it. */
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean },
) => { decode(input: Uint8Array): string };

export interface BackupLimits {
  /** Size of the file; a backup of a large database is a few MB, so this only stops absurd files. */
  maxBytes: number;
  /**
   * Nesting of arrays and objects. Real backups stay below 20; the limit keeps JSON.parse and the
   * recursive checks after it from overflowing the stack on a crafted file.
   */
  maxDepth: number;
}

export const DEFAULT_BACKUP_LIMITS: Readonly<BackupLimits> = Object.freeze({
  maxBytes: 200 * 1024 * 1024,
  maxDepth: 64,
});

export interface ParseBackupOptions extends ValidateBackupOptions {
  limits?: Partial<BackupLimits>;
}

/** Keys that could reach an object's prototype if some later code assigned them; never legitimate here. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a backup file from an untrusted source and validates all of it before anything is restored.
 * Throws BackupImportError (with a sentence for the user) and nothing else.
 */
export function parseBackup(input: string | Uint8Array, options: ParseBackupOptions): BackupData {
  const limits: BackupLimits = { ...DEFAULT_BACKUP_LIMITS, ...options.limits };
  try {
    const text = decode(input, limits);
    checkNesting(text, limits.maxDepth);
    return validateBackupData(parseJson(text), options);
  } catch (error) {
    if (error instanceof BackupImportError) throw error;
    if (error instanceof RangeError)
      throw new BackupImportError('too-large', 'The backup file is too large or too deeply nested to read.', {
        cause: error,
      });
    throw new BackupImportError('unreadable', 'The backup file could not be read; it may be damaged.', {
      cause: error,
    });
  }
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function decode(input: string | Uint8Array, limits: BackupLimits): string {
  // A string's UTF-8 form is never shorter than its UTF-16 length, so this check never lets more through.
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > limits.maxBytes)
    throw new BackupImportError(
      'too-large',
      `The backup file is larger than ${sizeText(limits.maxBytes)}; SLA Workbench does not read files that large.`,
    );
  let text: string;
  if (typeof input === 'string') text = input;
  else
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch (error) {
      throw new BackupImportError('not-text', 'The backup file is not a text file; it may be damaged.', {
        cause: error,
      });
    }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new BackupImportError('empty', 'The backup file is empty.');
  return text;
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
        );
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
}

function parseJson(text: string): unknown {
  try {
    // The reviver sees every key; JSON.parse itself defines `__proto__` as an own property, so the
    // prototype is safe during parsing and the key is refused before any code could copy it.
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key))
        throw new BackupImportError(
          'forbidden-key',
          `The backup file contains the key “${key}”, which SLA Workbench never writes; it was refused as unsafe.`,
        );
      return value;
    });
  } catch (error) {
    if (error instanceof BackupImportError || error instanceof RangeError) throw error;
    throw new BackupImportError(
      'not-json',
      'The backup file is not valid JSON; it may be truncated or damaged.',
      {
        cause: error,
      },
    );
  }
}

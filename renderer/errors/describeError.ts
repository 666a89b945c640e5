import type { z } from 'zod';
import { BackupImportError, type BackupErrorParams } from '../../shared/backup';
import { DEFAULT_DOCX_LIMITS, DocxImportError } from '../../shared/docx/DocxImportError';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { termProblemOf, TERM_ERROR_CODES } from '../../shared/model';
import type { ChainProblem } from '../../shared/rounds/hashRound';
import { DatabaseTooNewError, RepositoryError, ValidationError } from '../db';
import { RestoreError } from '../db/backup/RestoreError';
import { storageFailureOf } from '../db/storageFailure';
import { i18n } from '../i18n/i18n';
import { PlatformError } from '../platform/PlatformError';
import { SafetyCopyError } from './SafetyCopyError';

type Params = Record<string, string | number>;

/** `errors:` keys are built from codes at run time; the locale files' key check covers them. */
function te(key: string, params: Params = {}): string {
  return i18n.t(`errors:${key}` as never, params as never) as unknown as string;
}

function megabytes(bytes: number): string {
  return `${new Intl.NumberFormat(i18n.language === 'de' ? 'de-DE' : 'en-GB').format(Math.round(bytes / (1024 * 1024)))} MB`;
}

/** A broken chain of rounds, as one sentence. */
export function describeChainProblem(problem: ChainProblem): string {
  return te(`chain.${problem.code}`, {
    round: problem.round,
    previous: problem.round - 1,
    expected: problem.expected ?? problem.round,
  });
}

function describeBackupRefusal(error: BackupImportError): string {
  const params: BackupErrorParams = error.params;
  switch (error.code) {
    case 'invalid-record':
      return te('backup.invalid-record', {
        table: te(`backup.tables.${String(params.table)}`),
        position: Number(params.index ?? 0) + 1,
        field: params.field ? te('backup.field', { field: String(params.field) }) : '',
      });
    case 'inconsistent': {
      const kind = String(params.kind ?? '');
      const detail = kind.startsWith('duplicate')
        ? te('backup.inconsistency.duplicate', { key: String(params.key ?? '') })
        : te(`backup.inconsistency.${kind}`);
      return te('backup.inconsistent', { detail });
    }
    case 'broken-chain':
      return te('backup.broken-chain', {
        deal: String(params.deal ?? ''),
        problem: describeChainProblem({
          code: params.problem as ChainProblem['code'],
          round: Number(params.round ?? 0),
        }),
      });
    default:
      return te(`backup.${error.code}`, { ...params });
  }
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return te('validation.other');
  if ((TERM_ERROR_CODES as readonly string[]).includes(issue.message)) {
    const problem = termProblemOf(issue);
    return te(`term.${problem.code}`, { max: problem.max ?? 0 });
  }
  switch (issue.code) {
    case 'too_big':
      return te('validation.too_big', { maximum: String((issue as { maximum?: unknown }).maximum ?? '') });
    case 'too_small':
    case 'invalid_type':
    case 'invalid_format':
    case 'invalid_value':
      return te(`validation.${issue.code}`);
    default:
      return te('validation.other');
  }
}

/** The sentence for a term value the schema refused; `number` formats the limit (`100.000` in German). */
export function describeTermProblem(
  problem: { code: string; max?: number },
  number: (value: number) => string = String,
): string {
  return te(`term.${problem.code}`, { max: number(problem.max ?? 0) });
}

/**
 * Any error, as one sentence in the user's language (issue 9: every message in the user's language).
 * Errors carry codes and parameters; their English `message` is for logs and never shown. What this
 * does not know becomes a calm generic sentence, never a library's wording.
 */
export function describeError(error: unknown): string {
  if (error instanceof BackupImportError) return describeBackupRefusal(error);
  if (error instanceof SafetyCopyError) return te(`restore.${error.code}`);
  if (error instanceof RestoreError) {
    const main = te(`restore.${error.code}`);
    return error.reason ? `${te(`restore.reason.${error.reason}`)} ${main}` : main;
  }
  if (error instanceof DocxImportError || isCodedDocxError(error)) return describeDocxRefusal(error);
  if (error instanceof ValidationError) {
    const problem = describeIssue(error.issues[0]);
    return te('validation.notSaved', {
      problem: error.field ? te('validation.withField', { field: error.field, problem }) : problem,
    });
  }
  if (error instanceof RepositoryError)
    return te(error.reason ? `repository.${error.reason}` : `repository.${error.code}`, { ...error.params });
  if (error instanceof PlatformError)
    return te(`platform.${error.code}`, { limit: megabytes(MAX_FILE_BYTES) });
  if (error instanceof DatabaseTooNewError) return te('database.tooNew');
  const storage = storageFailureOf(error);
  if (storage) return te(`storage.${storage}`);
  return te('unexpected');
}

const DOCX_CODES = new Set<string>([
  'not-docx',
  'empty',
  'too-large',
  'zip-bomb',
  'too-many-entries',
  'too-many-elements',
  'path-traversal',
  'doctype',
  'bad-encoding',
  'truncated',
  'malformed-xml',
  'encrypted',
  'unreadable',
  'internal',
  'cancelled',
  'no-text',
]);

type CodedDocxError = { code: string; params?: Record<string, unknown> };

/** The word feature's worker error (renderer/features/word/runDocxWorker) carries the same codes. */
function isCodedDocxError(error: unknown): error is CodedDocxError {
  return (
    error instanceof Error &&
    error.name === 'DocxWorkerError' &&
    DOCX_CODES.has((error as { code?: string }).code ?? '')
  );
}

/**
 * A refused Word file, read in the app or in its worker: the one sentence set for every caller (the
 * import dialog, Compare files, new deal from a customer's document). The reader's params (part
 * names, counts, sizes) fill the sentence; a code this does not know gets the calm generic one.
 */
export function describeDocxRefusal(error: CodedDocxError): string {
  const params = error.params ?? {};
  const code = DOCX_CODES.has(error.code) ? error.code : 'unreadable';
  if (code === 'not-docx' && params['reason'] === 'ole') return te('docx.not-docx-ole');
  if (code === 'too-large' && params['reason'] === 'structure') return te('docx.too-large-structure');
  if (code === 'too-large' && typeof params['size'] !== 'string')
    return te('docx.too-large-unknown', {
      limit: megabytes(DEFAULT_DOCX_LIMITS.maxFileBytes),
    });
  const filled: Params = {};
  for (const [key, value] of Object.entries(params))
    if (typeof value === 'string' || typeof value === 'number') filled[key] = value;
  const what = params['what'];
  if (typeof what === 'string' && i18n.exists(`errors:docx.what.${what}`))
    filled['what'] = te(`docx.what.${what}`);
  const format = new Intl.NumberFormat(i18n.language === 'de' ? 'de-DE' : 'en-GB');
  for (const key of ['limit', 'count'])
    if (typeof params[key] === 'number') filled[key] = format.format(params[key] as number);
  return te(`docx.${code}`, filled);
}

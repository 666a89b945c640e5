import { CURRENCIES, DURATION_UNITS, TERM_ID_PATTERN, TERM_LIMITS, type TermKind } from '../model/term';
import { entryInconsistency } from './bandOf';
import { OWNER_ROLES, type OwnerRole } from './ownerRoles';
import { PLAYBOOK_LIMITS, type PlaybookEntry, type PlaybookValue } from './playbook';
import type { ExpectedShape, PlaybookField, PlaybookProblem } from './playbookProblems';
import type { CatalogueTerm, TermCatalogue } from './termCatalogue';

/** The ES2023 lib has no TextDecoder type, but every runtime this code runs in (Node, Chromium, workers) has it. */
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean },
) => { decode(input: Uint8Array): string };

/** Persisted file format (issue 10, documented in README): changing it bumps the version. */
export const PLAYBOOK_FORMAT = 'sla-workbench-playbook';
export const PLAYBOOK_FORMAT_VERSION = 1;
/** A playbook of every term of every template is a few KB; this only stops absurd files. */
export const PLAYBOOK_MAX_BYTES = 1024 * 1024;

const LIMIT_FIELDS = ['target', 'fallback', 'walkAway'] as const;
const ENTRY_FIELDS: ReadonlySet<string> = new Set([...LIMIT_FIELDS, 'owner', 'note']);

export type PlaybookFileResult =
  /** `skipped` names the terms the file had that the catalogue does not know; the rest was read. */
  | { ok: true; entries: PlaybookEntry[]; skipped: PlaybookProblem[] }
  /** Nothing may be imported: every problem found, in file order. */
  | { ok: false; problems: PlaybookProblem[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** A key from a hostile file, safe to show in a message: printable, short. */
function shownKey(key: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this strips
  const printable = key.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
  return printable.length > 64 ? `${printable.slice(0, 63)}…` : printable;
}

function expectedShapes(kinds: readonly TermKind[]): ExpectedShape[] {
  const shapes = new Set<ExpectedShape>();
  for (const kind of kinds)
    shapes.add(
      kind === 'percent' || kind === 'count'
        ? 'number'
        : kind === 'duration'
          ? 'duration'
          : kind === 'money'
            ? 'money'
            : 'text',
    );
  return [...shapes];
}

function readLimit(
  raw: unknown,
  termId: string,
  field: PlaybookField,
  term: CatalogueTerm,
  problems: PlaybookProblem[],
): PlaybookValue | undefined {
  const shapes = expectedShapes(term.kinds);
  const expected = shapes[0] ?? 'number';
  const wrong = () => {
    problems.push({ code: 'wrong-shape', termId, field, expected });
    return undefined;
  };
  const checkNumber = (
    value: number,
    options: { percent: boolean; whole: boolean; max: number; decimals: number },
  ) => {
    if (value < 0) problems.push({ code: 'negative', termId, field });
    else if (options.percent && value > 100) problems.push({ code: 'over-100', termId, field });
    else if (value > options.max) problems.push({ code: 'too-large-value', termId, field });
    else if (options.whole && !Number.isInteger(value)) problems.push({ code: 'not-whole', termId, field });
    else if (decimalsOf(value) > options.decimals)
      problems.push({ code: 'too-precise', termId, field, decimals: options.decimals });
    else return true;
    return false;
  };

  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || !shapes.includes('number')) return wrong();
    const percent = term.kinds.includes('percent');
    const ok = checkNumber(raw, {
      percent,
      whole: !percent,
      max: percent ? 100 : TERM_LIMITS.countMax,
      decimals: TERM_LIMITS.maxDecimals,
    });
    return ok ? raw : undefined;
  }
  if (!isPlainObject(raw)) return wrong();
  const keys = Object.keys(raw);
  if (keys.length === 2 && Object.hasOwn(raw, 'value') && Object.hasOwn(raw, 'unit')) {
    if (!shapes.includes('duration')) return wrong();
    const { value, unit } = raw;
    if (typeof value !== 'number' || !Number.isFinite(value)) return wrong();
    if (typeof unit !== 'string' || !(DURATION_UNITS as readonly string[]).includes(unit)) return wrong();
    const ok = checkNumber(value, {
      percent: false,
      whole: false,
      max: TERM_LIMITS.durationMax,
      decimals: TERM_LIMITS.maxDecimals,
    });
    return ok ? { value, unit: unit as (typeof DURATION_UNITS)[number] } : undefined;
  }
  if (keys.length === 2 && Object.hasOwn(raw, 'amount') && Object.hasOwn(raw, 'currency')) {
    if (!shapes.includes('money')) return wrong();
    const { amount, currency } = raw;
    if (typeof amount !== 'number' || !Number.isFinite(amount)) return wrong();
    if (typeof currency !== 'string' || !(CURRENCIES as readonly string[]).includes(currency)) return wrong();
    const ok = checkNumber(amount, { percent: false, whole: false, max: TERM_LIMITS.moneyMax, decimals: 2 });
    return ok ? { amount, currency: currency as (typeof CURRENCIES)[number] } : undefined;
  }
  return wrong();
}

/**
 * Checks one entry as a file or an editor gives it: every limit in a shape the term can have, within
 * range, the owner a known role, the limits consistent. Returns the entry or every problem found.
 */
export function readPlaybookEntry(
  raw: unknown,
  termId: string,
  term: CatalogueTerm,
): { ok: true; entry: PlaybookEntry } | { ok: false; problems: PlaybookProblem[] } {
  const problems: PlaybookProblem[] = [];
  if (!isPlainObject(raw)) return { ok: false, problems: [{ code: 'not-an-entry', termId }] };
  for (const key of Object.keys(raw))
    if (!ENTRY_FIELDS.has(key)) problems.push({ code: 'unknown-field', termId, field: shownKey(key) });
  if (term.favours === 'neither')
    return { ok: false, problems: [...problems, { code: 'not-negotiable', termId }] };

  const limits: Partial<Record<(typeof LIMIT_FIELDS)[number], PlaybookValue>> = {};
  for (const field of LIMIT_FIELDS) {
    if (!Object.hasOwn(raw, field)) {
      problems.push({ code: 'missing-field', termId, field });
      continue;
    }
    const value = readLimit(raw[field], termId, field, term, problems);
    if (value !== undefined) limits[field] = value;
  }
  let owner: OwnerRole | undefined;
  if (!Object.hasOwn(raw, 'owner')) problems.push({ code: 'missing-field', termId, field: 'owner' });
  else if (typeof raw.owner === 'string' && (OWNER_ROLES as readonly string[]).includes(raw.owner))
    owner = raw.owner as OwnerRole;
  else problems.push({ code: 'wrong-owner', termId });
  let note = '';
  if (Object.hasOwn(raw, 'note')) {
    if (typeof raw.note !== 'string' || raw.note.length > PLAYBOOK_LIMITS.noteMax)
      problems.push({ code: 'wrong-shape', termId, field: 'note', expected: 'text' });
    else note = raw.note;
  }

  const { target, fallback, walkAway } = limits;
  if (problems.length > 0 || !target || !fallback || !walkAway || !owner) return { ok: false, problems };
  const inconsistency = entryInconsistency({ target, fallback, walkAway }, term.favours);
  if (inconsistency) return { ok: false, problems: [{ code: inconsistency, termId }] };
  return { ok: true, entry: { termId, target, fallback, walkAway, owner, note } };
}

function decode(input: string | Uint8Array): string | PlaybookProblem {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > PLAYBOOK_MAX_BYTES) return { code: 'too-large', maxBytes: PLAYBOOK_MAX_BYTES };
  if (typeof input === 'string') return input.replace(/^\ufeff/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input).replace(/^\ufeff/, '');
  } catch {
    return { code: 'not-json' };
  }
}

/**
 * Reads a playbook file from an untrusted source (issue 10). A wrong format or version, or any entry
 * with a wrong shape, value or contradicting limits, refuses the whole file with every problem named;
 * terms the catalogue does not know are named and skipped while the others are read.
 */
export function parsePlaybookFile(input: string | Uint8Array, catalogue: TermCatalogue): PlaybookFileResult {
  const text = decode(input);
  if (typeof text !== 'string') return { ok: false, problems: [text] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'not-json' }] };
  }
  if (!isPlainObject(data) || data.format !== PLAYBOOK_FORMAT || !isPlainObject(data.terms))
    return { ok: false, problems: [{ code: 'wrong-format' }] };
  if (data.version !== PLAYBOOK_FORMAT_VERSION)
    return {
      ok: false,
      problems: [{ code: 'wrong-version', version: shownKey(JSON.stringify(data.version) ?? 'none') }],
    };
  const keys = Object.keys(data.terms);
  if (keys.length > PLAYBOOK_LIMITS.entriesMax)
    return { ok: false, problems: [{ code: 'too-many-terms', max: PLAYBOOK_LIMITS.entriesMax }] };

  const entries: PlaybookEntry[] = [];
  const skipped: PlaybookProblem[] = [];
  const problems: PlaybookProblem[] = [];
  for (const key of keys) {
    // A key that is not a term id (e.g. "__proto__") can name no known term; it is skipped like one.
    const term = TERM_ID_PATTERN.test(key) ? catalogue.get(key) : undefined;
    if (!term) {
      skipped.push({ code: 'unknown-term', termId: shownKey(key) });
      continue;
    }
    const result = readPlaybookEntry(data.terms[key], key, term);
    if (result.ok) entries.push(result.entry);
    else problems.push(...result.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries, skipped };
}

/** The playbook file text: the documented format, terms in the given order, two-space indented. */
export function playbookFileText(entries: Iterable<PlaybookEntry>): string {
  const terms: Record<string, unknown> = {};
  for (const { termId, target, fallback, walkAway, owner, note } of entries)
    Object.defineProperty(terms, termId, {
      value: note ? { target, fallback, walkAway, owner, note } : { target, fallback, walkAway, owner },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return `${JSON.stringify({ format: PLAYBOOK_FORMAT, version: PLAYBOOK_FORMAT_VERSION, terms }, null, 2)}\n`;
}

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  BackupImportError,
  createBackup,
  serializeBackup,
  type BackupData,
  type BackupTables,
} from '../../../shared/backup';
import { buildRound } from '../../../shared/rounds/hashRound';
import { canonicalize } from '../../../shared/rounds/hashRound';
import { signWithTestKey, TEST_SIGNING_KEY } from '../../../shared/rounds/testing/testSigning';
import { exportBackup, readBackup, restoreBackup } from '../../../renderer/db/backup';
import { openSlaDatabase } from '../../../renderer/db/openSlaDatabase';
import type { SlaDatabase } from '../../../renderer/db/SlaDatabase';
import { sampleTemplate } from '../../../renderer/db/testing/sampleTemplate';
import type { FuzzTarget } from '../fuzzImporter';
import {
  FORBIDDEN_KEYS,
  byteMutators,
  insertAt,
  positionsAfter,
  textMutators,
  type Mutator,
} from '../mutators';
import type { Prng } from '../prng';

/** Small backups, so a thousand parses stay fast: one deal with a two-round chain, and an empty database. */
function seedBackups(): BackupData[] {
  const template = sampleTemplate();
  const first = signWithTestKey(
    buildRound({
      id: 'round-1',
      dealId: 'deal-1',
      number: 1,
      side: 'us',
      document: template.document,
      note: 'Offer',
      author: 'Jana',
      createdAt: '2026-10-03T10:00:00.000Z',
      prevHash: null,
    }),
  );
  // Issue 10's tables, empty: this target fuzzes the envelope and the version-1 records.
  const NO_GUARDRAILS = { playbooks: [], companyProfiles: [], suppliers: [], approvals: [] };
  const tables: BackupTables = {
    templateWorkingCopies: [],
    templates: [template],
    deals: [
      {
        id: 'deal-1',
        title: 'Hosting',
        customer: { name: 'Muster AG', contacts: [] },
        tier: 'business',
        language: 'en',
        currency: 'EUR',
        status: 'negotiating',
        template: { id: template.id, version: 1, name: template.name },
        createdAt: '2026-10-01T08:00:00.000Z',
        updatedAt: '2026-10-02T08:00:00.000Z',
      },
    ],
    drafts: [
      { dealId: 'deal-1', document: template.document, revision: 2, updatedAt: '2026-10-02T08:00:00.000Z' },
    ],
    rounds: [
      first,
      signWithTestKey(
        buildRound({
          id: 'round-2',
          dealId: 'deal-1',
          number: 2,
          side: 'them',
          document: { ...template.document, title: 'Changed' },
          note: '',
          author: 'Eva',
          createdAt: '2026-10-04T10:00:00.000Z',
          prevHash: first.hash,
        }),
      ),
    ],
    changeReviews: [
      {
        dealId: 'deal-1',
        a: 'round-1',
        b: 'round-2',
        changeId: 'c1',
        decision: 'accept',
        reviewed: true,
        by: 'Jana',
        at: '2026-10-05T10:00:00.000Z',
      },
    ],
    settings: [
      { key: 'uiLanguage', value: 'de' },
      { key: 'authorName', value: 'Jana' },
    ],
    audit: [{ seq: 1, at: '2026-10-01T08:00:00.000Z', action: 'deal-created', dealId: 'deal-1' }],
    signingKeys: [TEST_SIGNING_KEY],
    ...NO_GUARDRAILS,
    agreements: [],
    incidents: [
      {
        id: 'incident-1',
        dealId: 'deal-1',
        kind: 'outage',
        start: '2026-10-05T08:00:00.000Z',
        end: '2026-10-05T08:30:00.000Z',
        priority: 1,
        priorityLabel: 'P1',
        respondedAt: null,
        resolvedAt: null,
        title: 'Outage',
        note: '',
        reference: 'INC-1',
        source: 'import',
        createdAt: '2026-10-05T09:00:00.000Z',
        updatedAt: '2026-10-05T09:00:00.000Z',
      },
    ],
    reviews: [],
    commentThreads: [],
  };
  const empty: BackupTables = {
    templateWorkingCopies: [],
    templates: [],
    deals: [],
    drafts: [],
    rounds: [],
    changeReviews: [],
    settings: [],
    audit: [],
    signingKeys: [],
    ...NO_GUARDRAILS,
    agreements: [],
    incidents: [],
    reviews: [],
    commentThreads: [],
  };
  const meta = {
    schemaVersion: 5,
    app: { name: 'SLA Workbench', version: '0.1.0' },
    createdAt: '2026-10-07T12:00:00.000Z',
  };
  return [createBackup({ ...meta, tables }), createBackup({ ...meta, tables: empty })];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Text-level damage; the checksum no longer matches, so these test the outer checks. */
function asText(mutator: Mutator<string>): Mutator<Uint8Array> {
  return {
    name: `text/${mutator.name}`,
    apply: async (input, rng) => encoder.encode(await mutator.apply(decoder.decode(input), rng)),
  };
}

/**
 * Writes a checksum line that matches the damaged lines above it (as a forger would), so damage
 * reaches the record checks. Backup format 2: the last line names the SHA-256 of every byte before it.
 */
function rechecksum(text: string): string {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const trailer = lines.pop();
  if (trailer === undefined || !trailer.includes('"checksum"')) return text;
  const body = lines.map((line) => `${line}\n`).join('');
  const checksum = bytesToHex(sha256(encoder.encode(body)));
  return `${body}${JSON.stringify({ checksum, records: Math.max(0, lines.length - 1) })}\n`;
}

/** The file's lines as one JSON value, so the structural mutators can reach every record. */
function parseLines(text: string): Json | undefined {
  try {
    const lines = text.split('\n').filter((line) => line !== '');
    return { lines: lines.slice(0, -1).map((line) => JSON.parse(line) as Json) } as Json;
  } catch {
    return undefined;
  }
}

function writeLines(root: Json, trailer: boolean): string {
  const lines = (root as { lines?: Json[] } | null)?.lines;
  if (!Array.isArray(lines)) return JSON.stringify(root);
  const body = lines.map((line) => `${JSON.stringify(line)}\n`).join('');
  return trailer ? rechecksum(`${body}{"checksum":""}\n`) : `${body}{"checksum":"${'0'.repeat(64)}"}\n`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Slot = { holder: Json[] | { [key: string]: Json }; key: number | string };

function slotsOf(root: Json): Slot[] {
  const slots: Slot[] = [];
  // Depth-limited: an earlier injection may have nested the input far deeper than the stack allows.
  const walk = (value: Json, depth: number) => {
    if (slots.length > 20_000 || depth > 100 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value))
      value.forEach((item, index) => {
        slots.push({ holder: value, key: index });
        walk(item, depth + 1);
      });
    else
      for (const key of Object.keys(value)) {
        slots.push({ holder: value, key });
        walk(value[key] as Json, depth + 1);
      }
  };
  walk(root, 0);
  return slots;
}

const get = (slot: Slot): Json => (slot.holder as Record<string | number, Json>)[slot.key] as Json;
const set = (slot: Slot, value: Json) => ((slot.holder as Record<string | number, Json>)[slot.key] = value);

/** Damage to the parsed structure, written back with a valid checksum. */
function structural(name: string, mutate: (root: Json, slot: Slot, rng: Prng) => void): Mutator<Uint8Array> {
  return {
    name: `json/${name}`,
    apply(input, rng) {
      const root = parseLines(decoder.decode(input));
      if (root === undefined) return input;
      const slots = slotsOf(root);
      if (slots.length === 0) return input;
      mutate(root, rng.pick(slots), rng);
      return encoder.encode(writeLines(root, rng.chance(0.9)));
    },
  };
}

const OTHER_VALUES: readonly Json[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  '',
  'x',
  '2026-13-45',
  true,
  [],
  {},
  '9'.repeat(30),
];

const jsonMutators: readonly Mutator<Uint8Array>[] = [
  structural('wrong-type', (_root, slot, rng) => set(slot, rng.pick(OTHER_VALUES))),
  structural('drop-key', (_root, slot) => {
    if (Array.isArray(slot.holder)) slot.holder.splice(slot.key as number, 1);
    else delete slot.holder[slot.key as string];
  }),
  structural('oversized-string', (_root, slot, rng) => {
    const value = get(slot);
    const piece = typeof value === 'string' && value ? value.slice(0, 32) : 'A';
    set(slot, piece.repeat(Math.ceil(rng.pick([10, 1_000, 100_000]) / piece.length)));
  }),
  structural('oversized-array', (_root, slot, rng) => {
    const value = get(slot);
    set(
      slot,
      Array.from({ length: rng.pick([2, 100, 6_000]) }, () => value),
    );
  }),
  structural('swap-values', (root, slot, rng) => {
    // Values of the same file in the wrong place: ids that point elsewhere, numbers out of order.
    set(slot, get(rng.pick(slotsOf(root))));
  }),
  structural('duplicate-or-orphan-record', (root, _slot, rng) => {
    const lines = (root as { lines?: Json[] } | null)?.lines;
    if (!Array.isArray(lines) || lines.length < 2) return;
    const table = rng.pick(['templates', 'deals', 'drafts', 'rounds', 'changeReviews', 'settings', 'audit']);
    const rows = lines.slice(1).filter((line) => (line as { table?: Json } | null)?.table === table);
    if (rows.length === 0) return;
    const line = rng.pick(rows) as { record?: Json };
    if (rng.chance(0.5)) lines.push(JSON.parse(JSON.stringify(line)) as Json);
    else {
      const row = line.record;
      if (row !== null && typeof row === 'object' && !Array.isArray(row) && 'dealId' in row)
        row.dealId = rng.pick(['deal-gone', 'deal-1', '']);
    }
  }),
  structural('versions', (root, _slot, rng) => {
    const header = (root as { lines?: Json[] } | null)?.lines?.[0];
    if (header === null || typeof header !== 'object' || Array.isArray(header) || header === undefined)
      return;
    header[rng.pick(['schemaVersion', 'formatVersion', 'format'])] = rng.pick([
      0,
      2,
      99,
      -1,
      '1',
      1.5,
      null,
      'other',
    ]);
  }),
];

/** Injections into the raw JSON text, re-checksummed: keys and nesting the structure walk cannot build. */
function injected(name: string, make: (rng: Prng) => string, afterToken: string): Mutator<Uint8Array> {
  return {
    name: `inject/${name}`,
    apply(input, rng) {
      const text = decoder.decode(input);
      const spots = positionsAfter(text, afterToken);
      if (spots.length === 0) return input;
      return encoder.encode(rechecksum(insertAt(text, rng.pick(spots), make(rng))));
    },
  };
}

const injectionMutators: readonly Mutator<Uint8Array>[] = [
  injected(
    'prototype-key',
    (rng) =>
      rng.pick([
        `"${rng.pick(FORBIDDEN_KEYS)}":{"polluted":true},`,
        '"constructor":{"prototype":{"polluted":true}},',
        '"__proto__":{"__proto__":{"polluted":true}},',
      ]),
    '{',
  ),
  injected(
    'deep-nesting',
    (rng) => {
      const depth = rng.pick([20, 63, 65, 1_000, 100_000]);
      const [open, close] = rng.chance(0.5) ? ['[', ']'] : ['{"a":', '}'];
      return `"deep":${open.repeat(depth)}1${close.repeat(depth)},`;
    },
    '{',
  ),
];

const RESTORE_EVERY = 8;
let db: SlaDatabase | undefined;
let baseline: string | undefined;
const noSave = async () => {};

/** What a restore may change; the signing keys are merged, not replaced, by design. */
const userTables = (tables: BackupTables) => {
  const { signingKeys: _keys, ...rest } = tables;
  return rest as BackupTables;
};
const dumpOf = async (database: SlaDatabase) => canonicalize((await exportBackup(database)).tables);
const sortedTables = (tables: BackupTables) =>
  Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, rows.map((row) => canonicalize(row)).sort()]),
  );

/**
 * Parses every input; every RESTORE_EVERY-th case also goes all the way into a database, which must
 * then hold exactly the backup, or, when the import is refused, exactly what it held before.
 */
async function runBackupImport(input: Uint8Array, { index }: { index: number }): Promise<'ok'> {
  if (index % RESTORE_EVERY !== 0 || !db || !baseline) {
    const data = await readBackup(input);
    // What was accepted writes and reads back as the same records.
    const again = await readBackup(serializeBackup(data));
    if (canonicalize(again.tables) !== canonicalize(data.tables))
      throw new Error('parsed backup is not self-consistent');
    return 'ok';
  }
  const before = await dumpOf(db);
  let data: BackupData;
  try {
    data = await readBackup(input);
    await restoreBackup(db, input, { saveCurrent: noSave });
  } catch (error) {
    if ((await dumpOf(db)) !== before)
      throw new Error(`a refused import changed the database: ${String(error)}`, { cause: error });
    throw error;
  }
  const restored = (await exportBackup(db)).tables;
  if (
    canonicalize(sortedTables(userTables(restored))) !== canonicalize(sortedTables(userTables(data.tables)))
  )
    throw new Error('the restored database differs from the backup');
  await restoreBackup(db, baseline, { saveCurrent: noSave });
  return 'ok';
}

export const backupTarget: FuzzTarget<Uint8Array> = {
  name: 'JSON backup import',
  seeds: seedBackups().map((backup) => encoder.encode(serializeBackup(backup))),
  mutators: [
    ...byteMutators,
    ...textMutators.map(asText),
    ...jsonMutators,
    ...jsonMutators,
    ...injectionMutators,
  ],
  run: runBackupImport,
  isExpectedError: (error) => error instanceof BackupImportError,
  errorLabel: (error) => (error as BackupImportError).code,
  count: 1_000,
  timeBoundMs: 5_000,
  async setup() {
    db = await openSlaDatabase(`fuzz-backup-${crypto.randomUUID()}`);
    baseline = serializeBackup(seedBackups()[0]!);
    await restoreBackup(db, baseline, { saveCurrent: noSave });
  },
  async teardown() {
    db?.close();
    db = undefined;
  },
};

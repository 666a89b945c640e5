import Papa from 'papaparse';
import type { IncidentInput, IncidentKind } from '../model';
import { priorityMatcher, normalizePriorityText, type PriorityName } from '../priorities';
import { MINUTE } from '../timeZone';
import {
  emptyMapping,
  headerScore,
  INCIDENT_FIELDS,
  recogniseColumns,
  type ColumnMapping,
  type IncidentField,
} from './columns';
import { parseDuration, unitFromHeader } from './parseDuration';
import { hasMeridiem, parseTimestamp, slashDateOrder, type DateOrder } from './parseTimestamp';

/**
 * Reads an incident export into incidents for the preview. Nothing here writes anything: the
 * caller shows every row's problem and imports the valid rows only when the user confirms, in one
 * transaction. Linear in the file size.
 */

export const MAX_CSV_ROWS = 50_000;
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export type CsvProblem =
  | { code: 'empty-file' }
  | { code: 'too-large'; limitRows: number }
  | { code: 'missing-column'; field: 'start' | 'end' }
  | { code: 'unreadable'; message: string }
  | { code: 'missing-value'; field: IncidentField }
  | { code: 'bad-date'; field: IncidentField; value: string }
  | { code: 'bad-duration'; field: IncidentField; value: string }
  | { code: 'end-before-start'; field: 'end' | 'respondedAt' | 'resolvedAt'; value: string }
  | { code: 'in-future'; value: string }
  | { code: 'duplicate'; ofRow: number | null }
  | { code: 'unknown-priority'; value: string };

/** Facts worth showing that do not stop a row. */
export type CsvNote =
  { code: 'skipped-event'; value: string } | { code: 'overlaps'; withRow: number } | { code: 'ongoing' };

export interface CsvRow {
  /** Row number as a spreadsheet shows it (the header row is 1 when it is the first line). */
  line: number;
  cells: string[];
  incident: IncidentInput | null;
  problems: CsvProblem[];
  notes: CsvNote[];
  /** A status line the export has that is not an incident (an uptime monitor's "Up" event). */
  skipped: boolean;
}

export interface ExistingIncident {
  kind: IncidentKind;
  start: string;
  end: string | null;
  reference: string;
}

export interface ParseIncidentsOptions {
  /** Wall-clock times without a zone are read in this zone (the agreement's). */
  timeZone: string;
  priorities: readonly PriorityName[];
  /** Column indexes chosen by hand; fields left out are recognised from the headers. */
  mapping?: Partial<ColumnMapping>;
  /** Priorities written in the file → agreement level (`null`: no priority), chosen in the preview. */
  priorityMap?: Readonly<Record<string, number | null>>;
  /**
   * How rows count: `auto` reads the type column (rows without one are outages); `outages` and
   * `tickets` override it for everything but planned maintenance (a help desk's "Incident" tickets
   * are rarely downtime).
   */
  treatAs?: 'auto' | 'outages' | 'tickets';
  dateOrder?: DateOrder;
  delimiter?: string;
  /** Incidents already stored for the deal: importing a file twice is a duplicate, not double downtime. */
  existing?: readonly ExistingIncident[];
  /** Rows starting after this instant are refused. */
  now?: number;
}

export interface ParsedIncidents {
  delimiter: string;
  headers: string[];
  /** Line of the header row. */
  headerLine: number;
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  /** Problems with the whole file; when there are any, no row is valid. */
  fileProblems: CsvProblem[];
  rows: CsvRow[];
  /** The rows that can be imported, in file order. */
  valid: IncidentInput[];
  /** Priority values of the file the agreement does not know, for a mapping in the preview. */
  unknownPriorities: string[];
}

const MAINTENANCE = /wartung|maintenance|planned|geplant|scheduled|change window|wartungsfenster/iu;
const TICKET =
  /anfrage|service request|^request$|question|frage|^task$|aufgabe|change request|serviceanfrage|information/iu;
const NOT_AN_INCIDENT = /^(up|started|paused|resumed|monitor started|monitor paused|monitor resumed|info)$/iu;
const YES = /^(yes|ja|true|wahr|1|x|y|j)$/iu;

function kindOf(value: string, fallback: IncidentKind): IncidentKind | 'skip' {
  const v = value.trim();
  if (!v) return fallback;
  if (NOT_AN_INCIDENT.test(v)) return 'skip';
  if (MAINTENANCE.test(v)) return 'maintenance';
  if (TICKET.test(v)) return 'ticket';
  return 'outage';
}

const iso = (instant: number) => new Date(instant).toISOString();

function fail(problems: CsvProblem[]): ParsedIncidents {
  return {
    delimiter: ',',
    headers: [],
    headerLine: 1,
    mapping: emptyMapping(),
    dateOrder: 'dmy',
    fileProblems: problems,
    rows: [],
    valid: [],
    unknownPriorities: [],
  };
}

export function parseIncidentsCsv(input: string, options: ParseIncidentsOptions): ParsedIncidents {
  if (input.length > MAX_CSV_BYTES) return fail([{ code: 'too-large', limitRows: MAX_CSV_ROWS }]);
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) return fail([{ code: 'empty-file' }]);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? '',
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
    preview: MAX_CSV_ROWS + 12,
  });
  const table = parsed.data.filter((row) => Array.isArray(row));
  if (table.length === 0) return fail([{ code: 'empty-file' }]);
  if (table.length > MAX_CSV_ROWS + 10) return fail([{ code: 'too-large', limitRows: MAX_CSV_ROWS }]);
  const delimiter = parsed.meta.delimiter || ',';

  // The header row: the first of the opening rows that names known columns (exports may start
  // with a title line).
  let headerIndex = 0;
  let best = -1;
  for (let i = 0; i < Math.min(10, table.length); i++) {
    const score = headerScore(table[i]!);
    if (score > best) {
      best = score;
      headerIndex = i;
    }
    if (score >= 2) break;
  }
  const headers = table[headerIndex]!.map((cell) => cell.trim());
  const recognised = recogniseColumns(headers);
  const mapping: ColumnMapping = { ...recognised };
  for (const field of INCIDENT_FIELDS) {
    const chosen = options.mapping?.[field];
    if (chosen === undefined) continue;
    // A column chosen by hand for one field is no longer guessed for another.
    if (chosen !== null)
      for (const other of INCIDENT_FIELDS)
        if (other !== field && mapping[other] === chosen && options.mapping?.[other] === undefined)
          mapping[other] = null;
    mapping[field] = chosen !== null && chosen >= 0 && chosen < headers.length ? chosen : null;
  }
  if (
    mapping.end === null &&
    mapping.duration === null &&
    mapping.resolvedAt !== null &&
    options.mapping?.end === undefined
  )
    mapping.end = mapping.resolvedAt;

  const body = table.slice(headerIndex + 1);
  const line = (index: number) => headerIndex + index + 2;
  const cell = (row: readonly string[], field: IncidentField) => {
    const column = mapping[field];
    return column === null ? '' : (row[column] ?? '').trim();
  };

  const fileProblems: CsvProblem[] = [];
  if (mapping.start === null) fileProblems.push({ code: 'missing-column', field: 'start' });
  if (mapping.end === null && mapping.duration === null && mapping.resolvedAt === null)
    fileProblems.push({ code: 'missing-column', field: 'end' });
  if (body.length === 0) fileProblems.push({ code: 'empty-file' });

  const dateFields: IncidentField[] = ['start', 'end', 'respondedAt', 'resolvedAt'];
  const sample = body.flatMap((row) => dateFields.map((field) => cell(row, field)));
  const dateOrder = options.dateOrder ?? slashDateOrder(sample) ?? (sample.some(hasMeridiem) ? 'mdy' : 'dmy');
  const timestampOptions = { timeZone: options.timeZone, dateOrder };
  const match = priorityMatcher(options.priorities);
  const priorityMap = new Map(
    Object.entries(options.priorityMap ?? {}).map(([key, level]) => [normalizePriorityText(key), level]),
  );
  const treatAs = options.treatAs ?? 'auto';
  const unknownPriorities = new Set<string>();
  const headerOf = (field: IncidentField) => {
    const column = mapping[field];
    return column === null ? '' : (headers[column] ?? '');
  };
  const units = new Map<IncidentField, ReturnType<typeof unitFromHeader>>();
  const unitOf = (field: IncidentField) => {
    let unit = units.get(field);
    if (!unit) {
      unit = unitFromHeader(headerOf(field));
      units.set(field, unit);
    }
    return unit;
  };

  const rows: CsvRow[] = [];
  const byReference = new Map<string, number>();
  const bySpan = new Map<string, number>();
  const existingReferences = new Set((options.existing ?? []).map((e) => e.reference).filter(Boolean));
  const existingSpans = new Set(
    (options.existing ?? []).map((e) =>
      spanKey(e.kind, Date.parse(e.start), e.end === null ? null : Date.parse(e.end)),
    ),
  );

  body.forEach((cells, index) => {
    const row: CsvRow = { line: line(index), cells, incident: null, problems: [], notes: [], skipped: false };
    rows.push(row);
    if (fileProblems.length > 0) return;
    const problems = row.problems;

    const kindText = cell(cells, 'kind');
    let kind = kindOf(kindText, 'outage');
    if (kind === 'skip') {
      row.skipped = true;
      row.notes.push({ code: 'skipped-event', value: kindText });
      return;
    }
    if (YES.test(cell(cells, 'planned'))) kind = 'maintenance';
    if (kind !== 'maintenance' && treatAs !== 'auto') kind = treatAs === 'tickets' ? 'ticket' : 'outage';

    const readTime = (field: IncidentField): number | null | 'bad' => {
      const value = cell(cells, field);
      if (!value) return null;
      const instant = parseTimestamp(value, timestampOptions);
      if (instant === null) {
        problems.push({ code: 'bad-date', field, value });
        return 'bad';
      }
      return instant;
    };

    const startText = cell(cells, 'start');
    const start = readTime('start');
    if (start === null) problems.push({ code: 'missing-value', field: 'start' });

    // Response and resolution: a time, or a duration after the start, whichever the column holds.
    const relative = (atField: IncidentField, afterField: IncidentField): number | null | 'bad' => {
      for (const field of [atField, afterField]) {
        const value = cell(cells, field);
        if (!value) continue;
        const instant = parseTimestamp(value, timestampOptions);
        if (instant !== null) return instant;
        const minutes = parseDuration(value, unitOf(field));
        if (minutes !== null && typeof start === 'number') return start + Math.round(minutes * MINUTE);
        if (minutes === null) {
          problems.push(
            field === afterField
              ? { code: 'bad-duration', field, value }
              : { code: 'bad-date', field, value },
          );
          return 'bad';
        }
      }
      return null;
    };

    let end: number | null | 'bad' = null;
    const endValue = cell(cells, 'end');
    if (endValue) end = readTime('end');
    else if (cell(cells, 'duration')) {
      const value = cell(cells, 'duration');
      const minutes = parseDuration(value, unitOf('duration'));
      if (minutes === null) {
        problems.push({ code: 'bad-duration', field: 'duration', value });
        end = 'bad';
      } else if (typeof start === 'number') end = start + Math.round(minutes * MINUTE);
    }
    const respondedAt = relative('respondedAt', 'responseAfter');
    let resolvedAt = relative('resolvedAt', 'resolutionAfter');
    if (mapping.end !== null && mapping.end === mapping.resolvedAt) resolvedAt = end;

    if (typeof start === 'number') {
      const check = (
        field: 'end' | 'respondedAt' | 'resolvedAt',
        value: number | null | 'bad',
        shown: string,
      ) => {
        if (typeof value === 'number' && value < start)
          problems.push({ code: 'end-before-start', field, value: shown });
      };
      check('end', end, endValue || cell(cells, 'duration'));
      check('respondedAt', respondedAt, cell(cells, 'respondedAt') || cell(cells, 'responseAfter'));
      if (mapping.end !== mapping.resolvedAt)
        check('resolvedAt', resolvedAt, cell(cells, 'resolvedAt') || cell(cells, 'resolutionAfter'));
      if (options.now !== undefined && start > options.now)
        problems.push({ code: 'in-future', value: startText });
    }

    const priorityText = cell(cells, 'priority');
    let priority: number | null = null;
    if (priorityText) {
      const key = normalizePriorityText(priorityText);
      const chosen = priorityMap.get(key);
      const level = chosen !== undefined ? chosen : match(priorityText);
      if (level === null && chosen === undefined) {
        problems.push({ code: 'unknown-priority', value: priorityText });
        unknownPriorities.add(priorityText);
      } else priority = level;
    }

    if (problems.length > 0 || typeof start !== 'number') return;
    const endAt = typeof end === 'number' ? end : null;
    if (endAt === null) row.notes.push({ code: 'ongoing' });

    const reference = cell(cells, 'reference').slice(0, 200);
    const key = spanKey(kind, start, endAt);
    const duplicateOf = reference ? byReference.get(reference) : bySpan.get(key);
    if (duplicateOf !== undefined) {
      problems.push({ code: 'duplicate', ofRow: duplicateOf });
      return;
    }
    if ((reference && existingReferences.has(reference)) || (!reference && existingSpans.has(key))) {
      problems.push({ code: 'duplicate', ofRow: null });
      return;
    }
    if (reference) byReference.set(reference, row.line);
    bySpan.set(key, row.line);

    const note = cell(cells, 'note');
    const status = cell(cells, 'status');
    row.incident = {
      kind,
      start: iso(start),
      end: endAt === null ? null : iso(endAt),
      priority,
      priorityLabel: priorityText.slice(0, 200),
      respondedAt: typeof respondedAt === 'number' ? iso(respondedAt) : null,
      resolvedAt: typeof resolvedAt === 'number' ? iso(resolvedAt) : null,
      // Without a title column the note says best what happened ("Firewall-Failover").
      title: (cell(cells, 'title') || (mapping.title === null ? note : '') || kindText).slice(0, 500),
      note: [note, status && !note.includes(status) ? status : '']
        .filter(Boolean)
        .join(' · ')
        .slice(0, 5_000),
      reference,
    };
  });

  // Outages that overlap are counted once; say so, since it is often the same outage twice.
  const outages = rows
    .filter((row) => row.incident && row.incident.kind !== 'ticket' && row.problems.length === 0)
    .map((row) => ({
      row,
      start: Date.parse(row.incident!.start),
      end: row.incident!.end ? Date.parse(row.incident!.end) : Infinity,
    }))
    .sort((a, b) => a.start - b.start);
  let reach: (typeof outages)[number] | undefined;
  for (const item of outages) {
    if (reach && item.start < reach.end) item.row.notes.push({ code: 'overlaps', withRow: reach.row.line });
    if (!reach || item.end > reach.end) reach = item;
  }

  const valid =
    fileProblems.length > 0
      ? []
      : rows.flatMap((row) => (row.incident && row.problems.length === 0 ? [row.incident] : []));
  for (const row of rows) if (row.problems.length > 0) row.incident = null;
  return {
    delimiter,
    headers,
    headerLine: headerIndex + 1,
    mapping,
    dateOrder,
    fileProblems,
    rows,
    valid,
    unknownPriorities: [...unknownPriorities],
  };
}

function spanKey(kind: IncidentKind, start: number, end: number | null): string {
  const minute = (value: number) => Math.round(value / MINUTE);
  return `${kind}:${minute(start)}:${end === null ? '-' : minute(end)}`;
}

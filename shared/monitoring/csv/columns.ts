/**
 * Recognising the columns of incident exports by their headers, German and English: on-call tools
 * (`created_on`, `resolved_on`, `seconds_to_first_ack`, `urgency`), ticketing (`Created`,
 * `Resolved`, `Issue key`, `First reply time in minutes`), uptime monitors (`Date-Time`, `Duration`,
 * `Event`) and hand-kept lists (`Beginn`, `Ende`, `Art`, `Störungsklasse`).
 */

export const INCIDENT_FIELDS = [
  'start',
  'end',
  'duration',
  'kind',
  'planned',
  'priority',
  'respondedAt',
  'responseAfter',
  'resolvedAt',
  'resolutionAfter',
  'title',
  'note',
  'reference',
  'status',
] as const;
export type IncidentField = (typeof INCIDENT_FIELDS)[number];

/** Field → column index in the file, `null` when the file has no such column. */
export type ColumnMapping = Record<IncidentField, number | null>;

/** Exact header names, best first. Headers are compared lower-case with punctuation as spaces. */
const NAMES: Record<IncidentField, string[]> = {
  start: [
    'start',
    'start time',
    'starttime',
    'start date',
    'started',
    'started at',
    'start at',
    'starts at',
    'incident start',
    'begin',
    'beginn',
    'beginning',
    'störungsbeginn',
    'ausfallbeginn',
    'beginn der störung',
    'created on',
    'created at',
    'created',
    'createdat',
    'created date',
    'creation date',
    'creation time',
    'date created',
    'opened at',
    'opened',
    'opened on',
    'open date',
    'reported at',
    'reported',
    'reported on',
    'gemeldet am',
    'gemeldet',
    'meldezeitpunkt',
    'meldung am',
    'erstellt am',
    'erstellt',
    'erstelldatum',
    'angelegt am',
    'angelegt',
    'eröffnet am',
    'triggered at',
    'triggered',
    'alert created',
    'down since',
    'von',
    'date time',
    'datetime',
    'date',
    'datum',
    'zeitpunkt',
    'timestamp',
    'time',
  ],
  end: [
    'end',
    'end time',
    'endtime',
    'end date',
    'ended',
    'ended at',
    'ends at',
    'incident end',
    'ende',
    'störungsende',
    'ausfallende',
    'ende der störung',
    'finished',
    'finished at',
    'recovered at',
    'recovered',
    'restored at',
    'restored',
    'wiederhergestellt am',
    'wiederhergestellt',
    'up since',
    'back up at',
    'bis',
  ],
  duration: [
    'duration',
    'duration min',
    'duration minutes',
    'duration in minutes',
    'duration seconds',
    'duration s',
    'duration sec',
    'dauer',
    'dauer min',
    'dauer minuten',
    'ausfalldauer',
    'störungsdauer',
    'ausfallzeit',
    'downtime',
    'downtime min',
    'downtime minutes',
    'length',
  ],
  kind: [
    'type',
    'art',
    'kind',
    'störungsart',
    'incident type',
    'ticket type',
    'issue type',
    'alert type',
    'event type',
    'event',
    'typ',
    'kategorie',
    'category',
    'klassifikation',
  ],
  planned: [
    'planned',
    'geplant',
    'planned maintenance',
    'geplante wartung',
    'maintenance',
    'wartung',
    'scheduled',
    'is maintenance',
  ],
  priority: [
    'priority',
    'priorität',
    'prioritaet',
    'prio',
    'incident priority',
    'priority level',
    'severity',
    'sev',
    'schweregrad',
    'störungsklasse',
    'stoerungsklasse',
    'klasse',
    'class',
    'urgency',
    'dringlichkeit',
    'impact',
  ],
  respondedAt: [
    'first response',
    'first response at',
    'first responded at',
    'first reply at',
    'responded at',
    'responded',
    'response at',
    'acknowledged on',
    'acknowledged at',
    'acknowledged',
    'ack at',
    'acked at',
    'erste reaktion',
    'reaktion am',
    'reaktion',
    'reagiert am',
    'reagiert',
    'in bearbeitung seit',
    'bearbeitungsbeginn',
    'angenommen am',
    'quittiert am',
    'quittiert',
  ],
  responseAfter: [
    'seconds to first ack',
    'seconds to first response',
    'time to first response',
    'time to first response min',
    'time to acknowledge',
    'time to ack',
    'tta',
    'time to respond',
    'first reply time in minutes',
    'first reply time',
    'first response time',
    'response time',
    'response time min',
    'reaktionszeit',
    'reaktionszeit min',
    'reaktionsdauer',
  ],
  resolvedAt: [
    'resolved on',
    'resolved at',
    'resolved',
    'resolution date',
    'resolved date',
    'resolutiondate',
    'solved at',
    'solved',
    'solved on',
    'fixed at',
    'behoben am',
    'behoben',
    'gelöst am',
    'gelöst',
    'erledigt am',
    'erledigt',
    'closed on',
    'closed at',
    'closed',
    'close date',
    'abgeschlossen am',
    'abgeschlossen',
    'geschlossen am',
    'geschlossen',
  ],
  resolutionAfter: [
    'seconds to resolve',
    'time to resolve',
    'time to resolution',
    'ttr',
    'resolution time',
    'full resolution time in minutes',
    'full resolution time',
    'lösungszeit',
    'behebungsdauer',
    'wiederherstellungszeit',
    'dauer bis behebung',
  ],
  title: [
    'title',
    'titel',
    'summary',
    'subject',
    'betreff',
    'short description',
    'kurzbeschreibung',
    'zusammenfassung',
    'message',
    'name',
    'monitor',
    'monitor name',
    'friendly name',
    'service',
    'service name',
    'dienst',
    'system',
    'incident',
    'alert',
  ],
  note: [
    'note',
    'notes',
    'bemerkung',
    'bemerkungen',
    'kommentar',
    'comment',
    'comments',
    'description',
    'beschreibung',
    'details',
    'reason',
    'cause',
    'root cause',
    'ursache',
  ],
  reference: [
    'id',
    'incident id',
    'incident number',
    'incident nr',
    'number',
    'nr',
    'no',
    'ticket',
    'ticket id',
    'ticket number',
    'ticketnummer',
    'ticket nr',
    'issue key',
    'key',
    'issue id',
    'störungsnummer',
    'störungsnr',
    'vorgangsnummer',
    'vorgang',
    'alert id',
    'tiny id',
    'case number',
    'reference',
    'referenz',
    'ref',
  ],
  status: ['status', 'state', 'zustand'],
};

/** Looser patterns, used only for headers no exact name claimed. */
const PATTERNS: Partial<Record<IncidentField, RegExp>> = {
  start: /\b(start|begin|beginn|created|opened|erstellt|gemeldet|triggered)/,
  end: /\b(end|ende|ended|finished|recovered|restored|wiederhergestellt)\b/,
  resolvedAt: /\b(resolved|solved|behoben|gelöst|closed|geschlossen)\b/,
  respondedAt: /\b(acknowledged|responded|quittiert)\b/,
  responseAfter: /\b(reaktionszeit|response time|time to (first )?(ack|response))/,
  resolutionAfter: /\b(time to resol|resolution time|lösungszeit)/,
  duration: /\b(duration|dauer)\b/,
  priority: /\b(priorit|severity|störungsklasse)/,
};

export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, (inner) => ` ${inner.slice(1, -1)} `)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(INCIDENT_FIELDS.map((field) => [field, null])) as ColumnMapping;
}

/** How many headers of a row are known names: finds the header row below a title line. */
export function headerScore(cells: readonly string[]): number {
  let score = 0;
  for (const cell of cells) {
    const name = normalizeHeader(cell);
    if (name && INCIDENT_FIELDS.some((field) => NAMES[field].includes(name))) score++;
  }
  return score;
}

/** The best column for each field; each column serves one field at most. */
export function recogniseColumns(headers: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  const names = headers.map(normalizeHeader);
  const candidates: { field: IncidentField; column: number; score: number }[] = [];
  names.forEach((name, column) => {
    if (!name) return;
    for (const field of INCIDENT_FIELDS) {
      const exact = NAMES[field].indexOf(name);
      if (exact >= 0) candidates.push({ field, column, score: 1_000 - exact });
      else if (PATTERNS[field]?.test(name)) candidates.push({ field, column, score: 10 });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const usedColumns = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== null || usedColumns.has(column)) continue;
    mapping[field] = column;
    usedColumns.add(column);
  }
  return mapping;
}

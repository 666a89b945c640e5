import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DOCX_LIMITS, DocxImportError } from '../../../shared/docx/DocxImportError';
import { formatMoney } from '../../../shared/format/formatTermValue';
import { readAgreementDocx } from '../../../shared/monitoring/agreementFromDocx';
import { INCIDENT_FIELDS, normalizeHeader, type IncidentField } from '../../../shared/monitoring/csv/columns';
import { decodeCsv } from '../../../shared/monitoring/csv/decodeCsv';
import {
  MAX_CSV_BYTES,
  parseIncidentsCsv,
  type CsvProblem,
} from '../../../shared/monitoring/csv/parseIncidentsCsv';
import { guessTimeZone } from '../../../shared/monitoring/guessTimeZone';
import { toMeasured } from '../../../shared/monitoring/measure';
import { buildMonthlyReport, reportJson } from '../../../shared/monitoring/monthlyReport';
import { MONTH_KEY } from '../../../shared/monitoring/periods';
import { monthName } from '../../../shared/monitoring/reportText';
import { monthlyReportDocx } from '../../../shared/monitoring/reportDocx';
import { isValidTimeZone } from '../../../shared/monitoring/timeZone';
import type { CliCommand } from '../cliCommand';
import { CliUsageError } from '../CliUsageError';
import { CliFileError } from './readDocxFile';

/** One sentence per CSV problem, for the warning line (the app shows them per row in its preview). */
function describe(problem: CsvProblem): string {
  switch (problem.code) {
    case 'empty-file':
      return 'the file holds no incidents';
    case 'too-large':
      return `the file has more than ${problem.limitRows} rows`;
    case 'missing-column':
      return problem.field === 'start'
        ? 'no column for the start of an incident (e.g. "start", "created_on", "Beginn")'
        : 'no column for the end or duration of an incident (e.g. "end", "resolved_on", "Ende", "Duration")';
    case 'unreadable':
      return problem.message;
    case 'missing-value':
      return `no ${problem.field}`;
    case 'bad-date':
      return `"${problem.value}" is not a date and time`;
    case 'bad-duration':
      return `"${problem.value}" is not a duration`;
    case 'end-before-start':
      return `${problem.field} "${problem.value}" lies before the start`;
    case 'in-future':
      return `starts in the future (${problem.value})`;
    case 'duplicate':
      return problem.ofRow === null ? 'already listed' : `duplicate of row ${problem.ofRow}`;
    case 'unknown-priority':
      return `priority "${problem.value}" is not one of the agreement's`;
  }
}

async function readFileChecked(cwd: string, file: string, limit: number): Promise<Uint8Array> {
  const path = resolve(cwd, file);
  const name = basename(file);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliFileError(`${name} is not a file.`);
    if (info.size > limit)
      throw new CliFileError(`${name}: the file is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
  } catch (error) {
    if (error instanceof CliFileError) throw error;
    throw new CliFileError(`${name} cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  return new Uint8Array(await readFile(path));
}

/** `--column respondedAt="Custom field (First response)"` → the header's index. */
function columnMapping(
  values: readonly string[],
  headers: readonly string[],
): Partial<Record<IncidentField, number>> {
  const mapping: Partial<Record<IncidentField, number>> = {};
  for (const value of values) {
    const [field, ...rest] = value.split('=');
    const header = rest.join('=').trim();
    if (!field || !(INCIDENT_FIELDS as readonly string[]).includes(field) || !header)
      throw new CliUsageError(
        `--column expects FIELD=HEADER with FIELD one of ${INCIDENT_FIELDS.join(', ')}.`,
      );
    const index = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
    if (index < 0)
      throw new CliUsageError(`--column ${field}: the incidents file has no column "${header}".`);
    mapping[field as IncidentField] = index;
  }
  return mapping;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary:
    'Writes the monthly SLA report of a signed agreement from an incident export (and, with --json, the figures)',
  usage:
    'sla-workbench report SIGNED.docx --incidents FILE.csv --month YYYY-MM [--time-zone ZONE] [--json OUT] [--out REPORT.docx] [--column FIELD=HEADER]…',
  async run(args, context) {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          incidents: { type: 'string' },
          month: { type: 'string' },
          'time-zone': { type: 'string' },
          json: { type: 'string' },
          out: { type: 'string' },
          column: { type: 'string', multiple: true },
        },
      });
    } catch (error) {
      throw new CliUsageError((error as Error).message.split('\n')[0]!);
    }
    const [signed, ...extra] = parsed.positionals;
    if (!signed || extra.length > 0) throw new CliUsageError('expected one Word file: SIGNED.docx.');
    const { incidents: incidentsFile, month, json, out } = parsed.values;
    if (!incidentsFile) throw new CliUsageError('missing --incidents FILE.csv.');
    if (!month) throw new CliUsageError('missing --month YYYY-MM.');
    if (!MONTH_KEY.test(month))
      throw new CliUsageError(`--month "${month}" is not a month; write it as YYYY-MM, e.g. 2026-10.`);
    const zoneOption = parsed.values['time-zone'];
    if (zoneOption !== undefined && !isValidTimeZone(zoneOption))
      throw new CliUsageError(
        `--time-zone "${zoneOption}" is not a time zone; use an IANA name such as Europe/Berlin.`,
      );

    try {
      const docxBytes = await readFileChecked(context.cwd, signed, DEFAULT_DOCX_LIMITS.maxFileBytes);
      let agreement;
      try {
        agreement = await readAgreementDocx(docxBytes);
      } catch (error) {
        if (error instanceof DocxImportError) throw new CliFileError(`${basename(signed)}: ${error.message}`);
        throw error;
      }
      const { terms, document } = agreement;
      if (terms.availability === null && terms.priorities.length === 0)
        throw new CliFileError(
          `${basename(signed)}: no service levels found (neither an availability target nor response times).`,
        );
      const timeZone = zoneOption ?? guessTimeZone(document).timeZone;

      const text = decodeCsv(await readFileChecked(context.cwd, incidentsFile, MAX_CSV_BYTES));
      const headersOnly = parseIncidentsCsv(text, { timeZone, priorities: terms.priorities });
      const mapping = columnMapping(parsed.values.column ?? [], headersOnly.headers);
      const now = Date.now();
      const csv = Object.keys(mapping).length
        ? parseIncidentsCsv(text, { timeZone, priorities: terms.priorities, mapping, now })
        : parseIncidentsCsv(text, { timeZone, priorities: terms.priorities, now });
      const name = basename(incidentsFile);
      if (csv.fileProblems.length > 0)
        throw new CliFileError(`${name}: ${csv.fileProblems.map(describe).join('; ')}.`);
      const rejected = csv.rows.filter((row) => row.problems.length > 0);
      if (rejected.length > 0)
        context.stderr(
          `warning: ${rejected.length} row${rejected.length === 1 ? '' : 's'} of ${name} left out: ${rejected
            .slice(0, 5)
            .map((row) => `row ${row.line}: ${row.problems.map(describe).join(', ')}`)
            .join('; ')}${rejected.length > 5 ? '; …' : ''}\n`,
        );

      const report = buildMonthlyReport({
        terms,
        incidents: csv.valid.map(toMeasured),
        month,
        timeZone,
        parties: document.parties,
        now,
      });
      const figures = reportJson(report);
      // Written only once everything was read: a refused input writes nothing.
      if (out) await writeFile(resolve(context.cwd, out), await monthlyReportDocx(report));
      if (json) await writeFile(resolve(context.cwd, json), `${JSON.stringify(figures, null, 2)}\n`);
      const credit =
        figures.credit.amount !== null && figures.credit.currency
          ? ` = ${formatMoney(figures.credit.amount, figures.credit.currency, 'en')}`
          : '';
      context.stdout(
        `${monthName(month, 'en')} (${timeZone}): availability ${figures.availabilityPercent ?? '–'}%` +
          `${terms.availability === null ? '' : ` (target ${terms.availability}%)`}, downtime ${figures.downtimeMinutes} min, ` +
          `credit ${figures.creditPercent}%${credit}; ${csv.valid.length} incident${csv.valid.length === 1 ? '' : 's'} read` +
          `${out ? `; report written to ${out}` : ''}\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof CliFileError) {
        context.stderr(`error: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
  },
};

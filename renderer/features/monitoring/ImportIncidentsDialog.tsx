import { describeError } from '../../errors/describeError';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp } from 'lucide-react';
import type { AgreementTerms } from '../../../shared/monitoring/agreementTerms';
import type { ColumnMapping, IncidentField } from '../../../shared/monitoring/csv/columns';
import { decodeCsv } from '../../../shared/monitoring/csv/decodeCsv';
import {
  MAX_CSV_BYTES,
  parseIncidentsCsv,
  type ParseIncidentsOptions,
} from '../../../shared/monitoring/csv/parseIncidentsCsv';
import type { Incident } from '../../../shared/monitoring/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { showToast } from '../../components/useToastStore';
import { getPlatform } from '../../platform/platform';
import { useRepositories } from '../../src/RepositoriesContext';
import { useUiFormat } from './useUiFormat';
import { noteText, problemText } from './warningText';

/** Rows shown in the preview; the summary counts all of them. */
const PREVIEW_ROWS = 300;
const NOT_IN_FILE = '-1';
const NO_PRIORITY = 'none';
/** The fields offered for a hand mapping, most needed first. */
const MAPPED_FIELDS: IncidentField[] = [
  'start',
  'end',
  'duration',
  'priority',
  'kind',
  'respondedAt',
  'responseAfter',
  'resolvedAt',
  'resolutionAfter',
  'title',
  'reference',
  'note',
];

export interface ImportIncidentsDialogProps {
  dealId: string;
  terms: AgreementTerms;
  timeZone: string;
  existing: readonly Incident[];
  open: boolean;
  onOpenChange(open: boolean): void;
}

/**
 * CSV import with a preview: columns recognised or mapped by hand, each row's problem named, and
 * nothing written until the user imports the valid rows — in one transaction, with undo.
 */
export function ImportIncidentsDialog({
  dealId,
  terms,
  timeZone,
  existing,
  open,
  onOpenChange,
}: ImportIncidentsDialogProps) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation('common');
  const format = useUiFormat();
  const { incidents } = useRepositories();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [mapping, setMapping] = useState<Partial<ColumnMapping>>({});
  const [treatAs, setTreatAs] = useState<NonNullable<ParseIncidentsOptions['treatAs']>>('auto');
  const [priorityMap, setPriorityMap] = useState<Record<string, number | null>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The preview is checked against the clock when the file was chosen, not a moving one.
  const [readAt, setReadAt] = useState(() => Date.now());

  const parsed = useMemo(
    () =>
      file
        ? parseIncidentsCsv(file.text, {
            timeZone,
            priorities: terms.priorities,
            mapping,
            treatAs,
            priorityMap,
            existing,
            now: readAt,
          })
        : null,
    [file, timeZone, terms.priorities, mapping, treatAs, priorityMap, existing, readAt],
  );

  const reset = () => {
    setFile(null);
    setMapping({});
    setTreatAs('auto');
    setPriorityMap({});
    setFailure(null);
  };

  const choose = async () => {
    setFailure(null);
    try {
      const picked = await getPlatform().openFile({
        title: t('import.pick'),
        filters: [{ name: 'CSV', extensions: ['csv', 'txt', 'tsv'] }],
      });
      if (!picked) return;
      if (picked.bytes.byteLength > MAX_CSV_BYTES) {
        setFailure(t('problems.tooLargeBytes', { name: picked.name }));
        return;
      }
      reset();
      setReadAt(Date.now());
      setFile({ name: picked.name, text: decodeCsv(picked.bytes) });
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  const confirm = async () => {
    if (!parsed || !file || parsed.valid.length === 0 || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const { importId, count } = await incidents.importMany(dealId, parsed.valid, file.name);
      onOpenChange(false);
      reset();
      showToast({
        message: t('import.done', { count }),
        action: { label: tc('actions.undo'), run: () => void incidents.removeImport(importId) },
      });
    } catch (error) {
      setFailure(t('import.failed', { message: describeError(error) }));
    } finally {
      setBusy(false);
    }
  };

  const counts = parsed && {
    rows: parsed.rows.length,
    valid: parsed.valid.length,
    problems: parsed.rows.filter((row) => row.problems.length > 0).length,
    skipped: parsed.rows.filter((row) => row.skipped).length,
  };
  const headerOptions = [
    { value: NOT_IN_FILE, label: t('import.notInFile') },
    ...(parsed?.headers ?? []).map((header, index) => ({
      value: String(index),
      label: header || t('import.column', { number: index + 1 }),
    })),
  ];
  const priorityOptions = [
    { value: NO_PRIORITY, label: t('incident.noPriority') },
    ...terms.priorities.map((p) => ({ value: String(p.level), label: p.name })),
  ];
  const cell = (row: string[], field: IncidentField) => {
    const column = parsed?.mapping[field];
    return column === null || column === undefined ? '' : (row[column] ?? '');
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) reset();
        onOpenChange(next);
      }}
      title={t('import.title')}
      description={t('import.description', { timeZone })}
      width={980}
      testId="import-incidents-dialog"
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>{tc('actions.cancel')}</Button>
          <Button
            variant="primary"
            disabled={!parsed || parsed.valid.length === 0 || busy}
            onClick={() => void confirm()}
            data-testid="import-confirm"
          >
            {t('import.confirm', { count: parsed?.valid.length ?? 0 })}
          </Button>
        </>
      }
    >
      <div className="mon-import-pick">
        <Button
          icon={<FileUp size={15} aria-hidden />}
          onClick={() => void choose()}
          data-testid="import-pick"
        >
          {file ? t('import.pickOther') : t('import.pick')}
        </Button>
        {file && <span className="cell-muted">{file.name}</span>}
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      {parsed && counts && (
        <>
          <p className="mon-import-summary" data-testid="import-summary">
            {t('import.summary', {
              rows: counts.rows,
              valid: counts.valid,
              problems: counts.problems,
              skipped: counts.skipped,
            })}
          </p>
          {parsed.fileProblems.length > 0 && (
            <ul className="mon-file-problems" data-testid="import-file-problems">
              {parsed.fileProblems.map((problem, index) => (
                <li key={index}>{problemText(problem, t)}</li>
              ))}
            </ul>
          )}
          <details className="mon-mapping" open={parsed.fileProblems.length > 0}>
            <summary>{t('import.mapping')}</summary>
            <div className="mon-mapping-grid">
              {MAPPED_FIELDS.map((field) => (
                <Field key={field} label={t(`fields.${field}`)}>
                  {(control) => (
                    <Select
                      id={control.id}
                      value={String(parsed.mapping[field] ?? NOT_IN_FILE)}
                      onValueChange={(value) =>
                        setMapping((current) => ({
                          ...current,
                          [field]: value === NOT_IN_FILE ? null : Number(value),
                        }))
                      }
                      options={headerOptions}
                      testId={`map-${field}`}
                    />
                  )}
                </Field>
              ))}
              <Field label={t('import.treatAs')}>
                {(control) => (
                  <Select<'auto' | 'outages' | 'tickets'>
                    id={control.id}
                    value={treatAs}
                    onValueChange={setTreatAs}
                    options={(['auto', 'outages', 'tickets'] as const).map((value) => ({
                      value,
                      label: t(`import.treat.${value}`),
                    }))}
                    testId="import-treat-as"
                  />
                )}
              </Field>
            </div>
            <p className="field-hint">
              {t('import.dateOrder', { order: t(`import.order.${parsed.dateOrder}`) })}
            </p>
          </details>
          {(parsed.unknownPriorities.length > 0 || Object.keys(priorityMap).length > 0) && (
            <div className="mon-priority-map" data-testid="import-priority-map">
              <p className="field-label">{t('import.unknownPriorities')}</p>
              {[...new Set([...Object.keys(priorityMap), ...parsed.unknownPriorities])].map((value) => (
                <Field key={value} label={t('import.priorityValue', { value })}>
                  {(control) => (
                    <Select
                      id={control.id}
                      value={
                        value in priorityMap
                          ? priorityMap[value] === null
                            ? NO_PRIORITY
                            : String(priorityMap[value])
                          : undefined
                      }
                      placeholder={t('import.choosePriority')}
                      onValueChange={(level) =>
                        setPriorityMap((current) => ({
                          ...current,
                          [value]: level === NO_PRIORITY ? null : Number(level),
                        }))
                      }
                      options={priorityOptions}
                    />
                  )}
                </Field>
              ))}
            </div>
          )}
          <div className="mon-import-table-wrap">
            <table className="table mon-table" data-testid="import-preview">
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('fields.start')}</th>
                  <th scope="col">{t('fields.end')}</th>
                  <th scope="col">{t('incident.kind')}</th>
                  <th scope="col">{t('fields.priority')}</th>
                  <th scope="col">{t('import.status')}</th>
                </tr>
              </thead>
              <tbody>
                {parsed.rows.slice(0, PREVIEW_ROWS).map((row) => {
                  const state = row.problems.length > 0 ? 'problem' : row.skipped ? 'skipped' : 'ok';
                  const incident = row.incident;
                  return (
                    <tr key={row.line} data-testid="import-row" data-state={state}>
                      <td className="cell-muted">{row.line}</td>
                      <td className="cell-nowrap">
                        {incident
                          ? format.instant(Date.parse(incident.start), timeZone)
                          : cell(row.cells, 'start')}
                      </td>
                      <td>
                        {incident
                          ? incident.end
                            ? format.instant(Date.parse(incident.end), timeZone)
                            : t('incident.ongoing')
                          : cell(row.cells, 'end') || cell(row.cells, 'duration')}
                      </td>
                      <td>{incident ? t(`kinds.${incident.kind}`) : cell(row.cells, 'kind')}</td>
                      <td>
                        {incident?.priority
                          ? (terms.priorities.find((p) => p.level === incident.priority)?.name ??
                            incident.priorityLabel)
                          : cell(row.cells, 'priority')}
                      </td>
                      <td className={`mon-row-status mon-row-${state}`}>
                        {state === 'problem'
                          ? row.problems.map((problem) => problemText(problem, t)).join(' · ')
                          : row.notes.length > 0
                            ? row.notes.map((note) => noteText(note, t)).join(' · ')
                            : t('import.ok')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {parsed.rows.length > PREVIEW_ROWS && (
              <p className="field-hint">
                {t('import.moreRows', { count: parsed.rows.length - PREVIEW_ROWS })}
              </p>
            )}
          </div>
        </>
      )}
      {!parsed && <p className="field-hint">{t('import.hint')}</p>}
    </Dialog>
  );
}

import { describeError } from '../../errors/describeError';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementTerms } from '../../../shared/monitoring/agreementTerms';
import { parseTimestamp } from '../../../shared/monitoring/csv/parseTimestamp';
import {
  INCIDENT_KINDS,
  type Incident,
  type IncidentInput,
  type IncidentKind,
} from '../../../shared/monitoring/model';
import { localDateTimeText } from '../../../shared/monitoring/timeZone';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';

const NO_PRIORITY = 'none';

/** `2026-10-06T09:14` in the agreement's zone, as a datetime-local field holds it. */
const fieldValue = (iso: string | null, timeZone: string) =>
  iso ? localDateTimeText(Date.parse(iso), timeZone).replace(' ', 'T') : '';

export interface IncidentDialogProps {
  dealId: string;
  terms: AgreementTerms;
  timeZone: string;
  /** The incident to edit; a new one when absent. */
  incident?: Incident;
  open: boolean;
  onOpenChange(open: boolean): void;
}

/** Typing in an outage, a maintenance or a ticket; times are the agreement's wall-clock time. */
export function IncidentDialog({
  dealId,
  terms,
  timeZone,
  incident,
  open,
  onOpenChange,
}: IncidentDialogProps) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation('common');
  const { incidents } = useRepositories();
  const [kind, setKind] = useState<IncidentKind>(incident?.kind ?? 'outage');
  const [start, setStart] = useState(fieldValue(incident?.start ?? null, timeZone));
  const [end, setEnd] = useState(fieldValue(incident?.end ?? null, timeZone));
  const [priority, setPriority] = useState(incident?.priority ? String(incident.priority) : NO_PRIORITY);
  const [respondedAt, setRespondedAt] = useState(fieldValue(incident?.respondedAt ?? null, timeZone));
  const [resolvedAt, setResolvedAt] = useState(fieldValue(incident?.resolvedAt ?? null, timeZone));
  const [title, setTitle] = useState(incident?.title ?? '');
  const [reference, setReference] = useState(incident?.reference ?? '');
  const [note, setNote] = useState(incident?.note ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const read = (value: string) => (value ? parseTimestamp(value, { timeZone }) : null);
  const startAt = read(start);
  const check = (value: string, required = false): string | null => {
    if (!value) return required ? tc('fieldRequired') : null;
    const at = read(value);
    if (at === null) return t('incident.timeInvalid');
    if (startAt !== null && at < startAt) return t('incident.beforeStart');
    return null;
  };
  const errors = {
    start: start ? (startAt === null ? t('incident.timeInvalid') : null) : tc('fieldRequired'),
    end: check(end),
    respondedAt: check(respondedAt),
    resolvedAt: check(resolvedAt),
  };
  const shown = (error: string | null) => (submitted ? error : null);

  const save = async () => {
    setSubmitted(true);
    if (Object.values(errors).some(Boolean) || startAt === null) return;
    const iso = (value: string) => {
      const at = read(value);
      return at === null ? null : new Date(at).toISOString();
    };
    const level = priority === NO_PRIORITY ? null : Number(priority);
    const input: IncidentInput = {
      kind,
      start: new Date(startAt).toISOString(),
      end: iso(end),
      priority: level,
      priorityLabel:
        level === null ? '' : (terms.priorities.find((p) => p.level === level)?.name ?? `P${level}`),
      respondedAt: iso(respondedAt),
      resolvedAt: iso(resolvedAt),
      title: title.trim(),
      note: note.trim(),
      reference: reference.trim(),
    };
    try {
      if (incident) await incidents.update(incident.id, input);
      else await incidents.add(dealId, input);
      onOpenChange(false);
      showToast({ message: incident ? t('incident.updated') : t('incident.added') });
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  const time = (
    label: string,
    value: string,
    set: (v: string) => void,
    error: string | null,
    testId: string,
    hint?: string,
  ) => (
    <Field label={label} error={shown(error)} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="datetime-local"
          className="input"
          value={value}
          onChange={(e) => set(e.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={incident ? t('incident.editTitle') : t('incident.addTitle')}
      description={t('incident.description', { timeZone })}
      onSubmit={() => void save()}
      width={560}
      testId="incident-dialog"
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>{tc('actions.cancel')}</Button>
          <Button type="submit" variant="primary" data-testid="incident-save">
            {tc('actions.save')}
          </Button>
        </>
      }
    >
      <div className="mon-form">
        <div className="field-row">
          <Field label={t('incident.kind')}>
            {(control) => (
              <Select<IncidentKind>
                id={control.id}
                value={kind}
                onValueChange={setKind}
                options={INCIDENT_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
                testId="incident-kind"
              />
            )}
          </Field>
          <Field label={t('incident.priority')}>
            {(control) => (
              <Select
                id={control.id}
                value={priority}
                onValueChange={setPriority}
                options={[
                  { value: NO_PRIORITY, label: t('incident.noPriority') },
                  ...terms.priorities.map((p) => ({ value: String(p.level), label: p.name })),
                ]}
                testId="incident-priority"
              />
            )}
          </Field>
        </div>
        <div className="field-row">
          {time(t('incident.start'), start, setStart, errors.start, 'incident-start')}
          {time(t('incident.end'), end, setEnd, errors.end, 'incident-end', t('incident.endHint'))}
        </div>
        <div className="field-row">
          {time(
            t('incident.respondedAt'),
            respondedAt,
            setRespondedAt,
            errors.respondedAt,
            'incident-responded',
          )}
          {time(
            t('incident.resolvedAt'),
            resolvedAt,
            setResolvedAt,
            errors.resolvedAt,
            'incident-resolved',
            t('incident.resolvedHint'),
          )}
        </div>
        <div className="field-row">
          <Field label={t('incident.title')}>
            {(control) => (
              <input
                {...control}
                className="input"
                value={title}
                maxLength={500}
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('incident.reference')}>
            {(control) => (
              <input
                {...control}
                className="input mon-input-short"
                value={reference}
                maxLength={200}
                onChange={(e) => setReference(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field label={t('incident.note')}>
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={2}
              value={note}
              maxLength={5_000}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
      </div>
    </Dialog>
  );
}

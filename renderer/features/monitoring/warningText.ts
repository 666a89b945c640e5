import type { TFunction } from 'i18next';
import type { CsvNote, CsvProblem } from '../../../shared/monitoring/csv/parseIncidentsCsv';
import type { Warning } from '../../../shared/monitoring/warnings';
import type { UiFormat } from './useUiFormat';

/** A warning as a sentence in the UI language (the domain gives codes and parameters only). */
export function warningText(
  warning: Warning,
  t: TFunction<'monitoring'>,
  format: UiFormat,
  timeZone: string,
): string {
  switch (warning.code) {
    case 'budget':
      return t('warnings.budget', {
        used: format.share(warning.usedPercent),
        threshold: format.percent(warning.threshold),
      });
    case 'burn-rate':
      return t('warnings.burnRate', { date: format.day(warning.runsOutAt, timeZone) });
    case 'target-missed':
      return t('warnings.targetMissed', { target: format.percent(warning.target) });
    case 'chronic-failure':
      return warning.triggered
        ? t('warnings.chronicTriggered', { missed: warning.missed, needed: warning.needed })
        : t('warnings.chronicClose', { missed: warning.missed, needed: warning.needed });
  }
}

export function problemText(problem: CsvProblem, t: TFunction<'monitoring'>): string {
  switch (problem.code) {
    case 'empty-file':
      return t('problems.emptyFile');
    case 'too-large':
      return t('problems.tooLarge', { rows: problem.limitRows });
    case 'missing-column':
      return problem.field === 'start' ? t('problems.missingStart') : t('problems.missingEnd');
    case 'unreadable':
      return t('problems.unreadable', { message: problem.message });
    case 'missing-value':
      return t('problems.missingValue', { field: t(`fields.${problem.field}`) });
    case 'bad-date':
      return t('problems.badDate', { field: t(`fields.${problem.field}`), value: problem.value });
    case 'bad-duration':
      return t('problems.badDuration', { field: t(`fields.${problem.field}`), value: problem.value });
    case 'end-before-start':
      return t('problems.endBeforeStart', { field: t(`fields.${problem.field}`), value: problem.value });
    case 'in-future':
      return t('problems.inFuture', { value: problem.value });
    case 'duplicate':
      return problem.ofRow === null
        ? t('problems.alreadyRecorded')
        : t('problems.duplicate', { row: problem.ofRow });
    case 'unknown-priority':
      return t('problems.unknownPriority', { value: problem.value });
  }
}

export function noteText(note: CsvNote, t: TFunction<'monitoring'>): string {
  switch (note.code) {
    case 'skipped-event':
      return t('notes.skipped', { value: note.value });
    case 'overlaps':
      return t('notes.overlaps', { row: note.withRow });
    case 'ongoing':
      return t('notes.ongoing');
  }
}

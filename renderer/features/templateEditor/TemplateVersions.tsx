import { Fragment, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EssentialClauseKind, Language, Template } from '../../../shared/model';
import { templateChanges, type TemplateChanges } from '../../../shared/templates/editTemplate';
import { LEGAL_CHECKLIST } from '../../../shared/templates/legalChecklist';
import { Select } from '../../components/Select';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useRepositories } from '../../src/RepositoriesContext';
import { RedlineView } from '../compare/RedlineView';
import '../compare/compare.css';
import { templateVersionRedline } from './templateVersionRedline';
import './templateEditor.css';

/** Every stored version of a template, and the redline between any two of them (read-only). */
export function TemplateVersions({ templateId }: { templateId: string }) {
  const { t } = useTranslation(['templates', 'templateEditor']);
  const format = useLocaleFormat();
  const { templates } = useRepositories();
  const versions = useLiveQuery(() => templates.versions(templateId), [templates, templateId]);
  const [picked, setPicked] = useState<{ a?: number; b?: number }>({});
  if (!versions) return null;
  const newest = versions.at(-1)?.version;
  const a = picked.a ?? versions.at(-2)?.version;
  const b = picked.b ?? newest;
  const options = versions.map((version) => ({
    value: String(version.version),
    label: t('versionShort', { version: version.version }),
  }));
  const older = versions.find((version) => version.version === a);
  const newer = versions.find((version) => version.version === b);

  return (
    <div data-testid="template-versions">
      <table className="table" data-testid="template-history">
        <thead>
          <tr>
            <th scope="col">{t('columns.version')}</th>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.reviewDate')}</th>
            <th scope="col">{t('columns.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {[...versions].reverse().map((version) => (
            <tr key={version.version}>
              <td className="cell-strong">{t('versionShort', { version: version.version })}</td>
              <td>{version.name}</td>
              <td className="cell-muted">{format.date(version.reviewDate)}</td>
              <td className="cell-muted">{format.dateTime(version.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 && (
        <>
          <h2 className="section-title">{t('templateEditor:history.compare')}</h2>
          <div className="te-history-pick">
            <label>
              {t('templateEditor:history.older')}
              <Select<string>
                value={a === undefined ? undefined : String(a)}
                ariaLabel={t('templateEditor:history.older')}
                options={options}
                onValueChange={(value) => setPicked((prev) => ({ ...prev, a: Number(value) }))}
                testId="template-history-a"
              />
            </label>
            <label>
              {t('templateEditor:history.newer')}
              <Select<string>
                value={b === undefined ? undefined : String(b)}
                ariaLabel={t('templateEditor:history.newer')}
                options={options}
                onValueChange={(value) => setPicked((prev) => ({ ...prev, b: Number(value) }))}
                testId="template-history-b"
              />
            </label>
          </div>
          {older && newer && older.version !== newer.version ? (
            <VersionRedline older={older} newer={newer} />
          ) : (
            <p className="section-hint">{t('templateEditor:history.same')}</p>
          )}
        </>
      )}
    </div>
  );
}

function VersionRedline({ older, newer }: { older: Template; newer: Template }) {
  const { t } = useTranslation('templateEditor');
  const redline = useMemo(() => templateVersionRedline(older, newer), [older, newer]);
  const changes = useMemo(() => templateChanges(older, newer), [older, newer]);
  const nothing = Object.values(changes).every((list) => list.length === 0);
  return (
    <section aria-label={t('history.redlineTitle', { a: older.version, b: newer.version })}>
      <h3 className="section-title">{t('history.redlineTitle', { a: older.version, b: newer.version })}</h3>
      <p className="section-hint" data-testid="template-history-summary">
        {nothing
          ? t('history.noChange')
          : t('history.summaryLine', {
              added: changes.clausesAdded.length,
              removed: changes.clausesRemoved.length,
              changed: changes.clausesChanged.length,
              termsAdded: changes.termsAdded.length,
              termsRemoved: changes.termsRemoved.length,
              termsChanged: changes.termsChanged.length,
            })}
        {changes.termsChanged.length > 0 && (
          <>
            <br />
            {t('history.termChanges', { labels: changes.termsChanged.join(', ') })}
          </>
        )}
        {checklistChangeLines(changes, newer.language, t).map((line) => (
          <Fragment key={line}>
            <br />
            {line}
          </Fragment>
        ))}
      </p>
      <div data-testid="template-history-redline">
        <RedlineView
          tree={redline}
          mode="inline"
          language={newer.language}
          labelA={t('history.older')}
          labelB={t('history.newer')}
          onSelectChange={() => undefined}
        />
      </div>
    </section>
  );
}

/** What a version changed in the checklist, one sentence each way; the history and the pack preview show them. */
export function checklistChangeLines(
  changes: Pick<TemplateChanges, 'checklistAdded' | 'checklistRemoved'>,
  language: Language,
  t: TFunction<'templateEditor'>,
): string[] {
  const labels = (kinds: readonly EssentialClauseKind[]) =>
    kinds
      .map((kind) => LEGAL_CHECKLIST.find((item) => item.kind === kind)?.labels[language] ?? kind)
      .join(', ');
  return [
    ...(changes.checklistAdded.length > 0
      ? [t('history.checklistAdded', { list: labels(changes.checklistAdded) })]
      : []),
    ...(changes.checklistRemoved.length > 0
      ? [t('history.checklistRemoved', { list: labels(changes.checklistRemoved) })]
      : []),
  ];
}

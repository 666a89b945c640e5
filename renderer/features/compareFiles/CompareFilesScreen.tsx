import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, FileDown, FileText, GitCompareArrows, LoaderCircle } from 'lucide-react';
import { exportRedlineDocx } from '../../../shared/docx/exportDocx';
import type { SilentEditReport } from '../../../shared/docx/detectSilentEdits';
import type { ImportedDocx } from '../../../shared/docx/importDocx';
import { changeKindLabel, type Redline } from '../../../shared/redline';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { showToast } from '../../components/useToastStore';
import { getPlatform } from '../../platform/platform';
import { useRepositories } from '../../src/RepositoriesContext';
import { RedlineView } from '../compare/RedlineView';
import { fileStem } from '../word/exportNames';
import { DOCX_FILTERS } from '../word/ImportDocxDialog';
import { markSilentEdits, silentFirst } from '../word/markSilentEdits';
import { DocxWorkerError, parseDocxInWorker, redlineInWorker } from '../word/runDocxWorker';
import '../compare/compare.css';
import '../word/word.css';
import './compareFiles.css';
import { describeError } from '../../errors/describeError';

interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

interface ParsedOlder extends PickedFile {
  imported: ImportedDocx;
}

interface ParsedNewer extends PickedFile {
  imported: ImportedDocx;
  report: SilentEditReport | null;
}

type Status =
  { kind: 'idle' } | { kind: 'busy'; stage: 'reading' | 'comparing' } | { kind: 'error'; message: string };

/** One sentence in the user's language (issue 9: errors carry codes, renderer/errors says them). */
const messageOf = (error: unknown) => describeError(error);

/**
 * `#/compare` (DESIGN §2.3, §9): any two Word files, older and newer, compared without a deal.
 * Both are read in a worker; the newer one against the older one, so what it changed without
 * tracking is flagged. Nothing is stored.
 */
export function CompareFilesScreen() {
  const { t, i18n } = useTranslation('word');
  const repositories = useRepositories();
  const [older, setOlder] = useState<ParsedOlder | null>(null);
  const [newer, setNewer] = useState<ParsedNewer | null>(null);
  const [redline, setRedline] = useState<Redline | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  const uiLanguage = i18n.language === 'de' ? 'de' : 'en';

  useEffect(() => () => abortRef.current?.abort(), []);

  /** Reads both files (the newer against the older) and compares them; any pair change restarts. */
  const analyse = useCallback(async (nextOlder: PickedFile | null, nextNewer: PickedFile | null) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    const signal = controller.signal;
    setRedline(null);
    try {
      setStatus({ kind: 'busy', stage: 'reading' });
      let parsedOlder: ParsedOlder | null = null;
      if (nextOlder) {
        const { imported } = await parseDocxInWorker(nextOlder.bytes, { signal });
        parsedOlder = { ...nextOlder, imported };
      }
      setOlder(parsedOlder);
      let parsedNewer: ParsedNewer | null = null;
      if (nextNewer) {
        const options = parsedOlder ? { reference: parsedOlder.imported.accepted, signal } : { signal };
        const { imported, report } = await parseDocxInWorker(nextNewer.bytes, options);
        parsedNewer = { ...nextNewer, imported, report };
      }
      setNewer(parsedNewer);
      if (parsedOlder && parsedNewer) {
        setStatus({ kind: 'busy', stage: 'comparing' });
        setRedline(
          await redlineInWorker(parsedOlder.imported.accepted, parsedNewer.imported.accepted, { signal }),
        );
      }
      setStatus({ kind: 'idle' });
    } catch (error) {
      if (error instanceof DocxWorkerError && error.code === 'cancelled') return;
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  }, []);

  const pick = async (side: 'older' | 'newer') => {
    let file: PickedFile | null;
    try {
      file = await getPlatform().openFile({ filters: DOCX_FILTERS });
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
      return;
    }
    if (!file) return;
    if (side === 'older') void analyse(file, newer);
    else void analyse(older, file);
  };

  const silentIds = useMemo(
    () => (redline && newer?.report ? markSilentEdits(redline, newer.report.silentEdits) : new Set<string>()),
    [redline, newer],
  );
  const changes = useMemo(
    () => (redline ? silentFirst(redline.changes, silentIds) : []),
    [redline, silentIds],
  );
  const language = newer?.imported.accepted.language ?? uiLanguage;

  const exportRedline = async () => {
    if (!older || !newer || !redline) return;
    try {
      const author = (await repositories.settings.get('authorName')) || 'SLA Workbench';
      const now = new Date().toISOString();
      const bytes = await exportRedlineDocx(older.imported.accepted, newer.imported.accepted, redline, {
        dealName: newer.imported.accepted.title || newer.name,
        roundLabel: `${newer.name} ↔ ${older.name}`,
        createdAt: now,
        authorA: author,
        authorB: newer.imported.trackedChanges[0]?.author || author,
        dateA: now,
        dateB: newer.imported.trackedChanges[0]?.date ?? now,
      });
      const suggestedName = `${fileStem(newer.name.replace(/\.docx$/i, ''))}-redline.docx`;
      const result = await getPlatform().saveFile({ bytes, suggestedName, filters: DOCX_FILTERS });
      if (result.saved) showToast({ message: t('export.saved', { name: suggestedName }) });
    } catch (error) {
      showToast({ message: t('export.failed', { message: messageOf(error) }), tone: 'error' });
    }
  };

  const scrollTo = (changeId: string) =>
    document
      .querySelector(`.cf-redline [data-change-id="${CSS.escape(changeId)}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });

  const slot = (side: 'older' | 'newer', file: PickedFile | null) => (
    <div className="cf-slot" data-testid={`cf-${side}`}>
      <span className="cf-slot-label">
        {side === 'older' ? t('compareFiles.older') : t('compareFiles.newer')}
      </span>
      <span className="cf-slot-name">
        <FileText size={15} aria-hidden />
        {file ? file.name : <span className="word-muted">{t('compareFiles.none')}</span>}
      </span>
      <Button size="sm" onClick={() => void pick(side)} data-testid={`cf-pick-${side}`}>
        {file ? t('compareFiles.change') : t('compareFiles.pick')}
      </Button>
    </div>
  );

  const hasAny = older || newer || status.kind !== 'idle';
  return (
    <div className="screen cf-screen">
      <div className="screen-header">
        <h1 className="screen-title">{t('compareFiles.title')}</h1>
        {redline && (
          <Button
            variant="primary"
            icon={<FileDown size={15} aria-hidden />}
            onClick={() => void exportRedline()}
            data-testid="cf-export"
          >
            {t('compareFiles.exportRedline')}
          </Button>
        )}
      </div>
      <div className="cf-slots">
        {slot('older', older)}
        {slot('newer', newer)}
      </div>
      {status.kind === 'busy' && (
        <p className="word-progress" role="status">
          <LoaderCircle size={16} className="ws-spin" aria-hidden />
          {status.stage === 'reading' ? t('compareFiles.reading') : t('compareFiles.comparing')}
        </p>
      )}
      {status.kind === 'error' && (
        <div className="word-failed cf-error" role="alert" data-testid="cf-error">
          <AlertTriangle size={18} aria-hidden />
          <p>{status.message}</p>
        </div>
      )}
      {!hasAny && (
        <EmptyState
          icon={<GitCompareArrows size={28} />}
          title={t('compareFiles.emptyTitle')}
          body={t('compareFiles.emptyBody')}
          testId="cf-empty"
        />
      )}
      {redline && newer && (
        <>
          <p className="cf-summary" data-testid="cf-summary">
            <span>{t('compareFiles.changes', { count: redline.changes.length })}</span>
            {silentIds.size > 0 && (
              <span className="word-silent-badge" data-testid="cf-silent-count">
                <AlertTriangle size={13} aria-hidden />
                {t('compareFiles.silentSummary', { count: silentIds.size })}
              </span>
            )}
            <span>
              {t('compareFiles.trackedSummary', { count: newer.report?.trackedChanges.length ?? 0 })}
            </span>
          </p>
          {redline.changes.length === 0 ? (
            <p className="word-ok">{t('compareFiles.noChanges')}</p>
          ) : (
            <div className="cf-body">
              <ol className="cf-list" aria-label={t('compareFiles.listLabel')} data-testid="cf-change-list">
                {changes.map((change) => (
                  <li key={change.id}>
                    <button
                      type="button"
                      className={`cf-change${silentIds.has(change.id) ? ' cf-change-silent' : ''}`}
                      onClick={() => scrollTo(change.id)}
                      data-testid="cf-change"
                    >
                      <span className="cf-change-head">
                        {silentIds.has(change.id) && (
                          <span
                            className="word-silent-badge"
                            title={t('silentBadgeHint')}
                            data-testid="silent-badge"
                          >
                            <AlertTriangle size={12} aria-hidden />
                            {t('silentBadge')}
                          </span>
                        )}
                        <span className="word-clause">
                          {t('compareFiles.clauseLabel', {
                            number: change.clauseNumberB ?? change.clauseNumberA ?? '',
                            heading: change.heading,
                          })}
                        </span>
                        <span className="word-muted">{changeKindLabel(change.kind, uiLanguage)}</span>
                      </span>
                      <span className="word-before-after">
                        <del className="word-del">{change.before || t('import.nothing')}</del>
                        <span aria-hidden> → </span>
                        <ins className="word-ins">{change.after || t('import.nothing')}</ins>
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
              <div className="cf-redline">
                {silentIds.size > 0 && (
                  // The redline view is shared with the deal compare screen; silent edits are marked
                  // in it by their change ids, which only this screen knows.
                  <style>
                    {`${[...silentIds]
                      .map((id) => `.cf-redline [data-change-id="${CSS.escape(id)}"]`)
                      .join(
                        ',',
                      )} { outline: 2px solid var(--warning); outline-offset: 1px; background: var(--warning-soft); }`}
                  </style>
                )}
                <RedlineView
                  redline={redline}
                  mode="inline"
                  language={language}
                  labelA={older?.name ?? ''}
                  labelB={newer.name}
                  onSelectChange={() => {}}
                />
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}

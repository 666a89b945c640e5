import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, FileDown, FileText, GitCompareArrows, LoaderCircle } from 'lucide-react';
import { exportRedlineDocx } from '../../../shared/docx/exportDocx';
import type { ImportedDocx } from '../../../shared/docx/importDocx';
import { trackedEditsOf } from '../../../shared/docx/read/trackedEditsOf';
import { viewWithTerms } from '../../../shared/docx/read/viewWithTerms';
import type { Round, SlaDocument } from '../../../shared/model';
import type { ChangeTree } from '../../../shared/redline';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { showToast } from '../../components/useToastStore';
import { getPlatform } from '../../platform/platform';
import { useRepositories } from '../../src/RepositoriesContext';
import { RedlineModeToggle, ReviewPanes } from '../compare/ReviewPanes';
import { useMemoryReviews } from '../compare/useMemoryReviews';
import { ReceivedComments } from '../word/ReceivedComments';
import { fileStem } from '../word/exportNames';
import { DOCX_FILTERS } from '../word/ImportDocxDialog';
import { describeError } from '../../errors/describeError';
import { DocxWorkerError, parseDocxInWorker, redlineInWorker } from '../word/runDocxWorker';
import { silentEditIds } from '../word/silentEditIds';
import '../compare/compare.css';
import '../word/word.css';
import './compareFiles.css';

interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

interface ParsedOlder extends PickedFile {
  imported: ImportedDocx;
  /** Their text with its tracked changes accepted: the base when this file is the older one. */
  accepted: SlaDocument;
}

type ParsedNewer = ParsedOlder;

type Status =
  { kind: 'idle' } | { kind: 'busy'; stage: 'reading' | 'comparing' } | { kind: 'error'; message: string };

/**
 * The newer file's Word comments in the shape the comments panel reads (a received round's): the
 * file is not stored, so there is no round.
 */
function commentsOf(file: ParsedNewer | null): Round | null {
  if (!file || file.imported.comments.length === 0) return null;
  return {
    document: file.accepted,
    received: { comments: file.imported.comments },
  } as unknown as Round;
}

/**
 * `#/compare` (DESIGN §2.3, §9): any two Word files, older and newer, compared without a deal.
 * Both are read in a worker; the newer one against the older one, and the pair redlined once: the
 * newer file's own revisions say what is tracked, everything else it changed is flagged silent.
 * Nothing is stored.
 */
export function CompareFilesScreen() {
  const { t, i18n } = useTranslation('word');
  const messageOf = describeError;
  const repositories = useRepositories();
  const [older, setOlder] = useState<ParsedOlder | null>(null);
  const picked = useRef<{ older: PickedFile | null; newer: PickedFile | null }>({ older: null, newer: null });
  const [newer, setNewer] = useState<ParsedNewer | null>(null);
  const [tree, setTree] = useState<ChangeTree | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  const uiLanguage = i18n.language === 'de' ? 'de' : 'en';

  useEffect(() => () => abortRef.current?.abort(), []);

  /** Reads both files (the newer against the older) and compares them; any pair change restarts. */
  const analyse = useCallback(
    async (nextOlder: PickedFile | null, nextNewer: PickedFile | null) => {
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      const signal = controller.signal;
      setTree(null);
      try {
        setStatus({ kind: 'busy', stage: 'reading' });
        let parsedOlder: ParsedOlder | null = null;
        if (nextOlder) {
          const { imported } = await parseDocxInWorker(nextOlder.bytes, { signal });
          parsedOlder = { ...nextOlder, imported, accepted: viewWithTerms(imported.document, 'accepted') };
        }
        setOlder(parsedOlder);
        let parsedNewer: ParsedNewer | null = null;
        if (nextNewer) {
          const options = parsedOlder
            ? { reference: parsedOlder.imported.document, detectSilentEdits: false, signal }
            : { signal };
          const { imported } = await parseDocxInWorker(nextNewer.bytes, options);
          parsedNewer = { ...nextNewer, imported, accepted: viewWithTerms(imported.document, 'accepted') };
        }
        setNewer(parsedNewer);
        if (parsedOlder && parsedNewer) {
          setStatus({ kind: 'busy', stage: 'comparing' });
          const newerFile = parsedNewer.imported;
          setTree(
            await redlineInWorker(
              // The newer file as written: its own revisions say what is tracked.
              { a: parsedOlder.accepted, b: newerFile.document, originsJudged: true },
              { signal },
            ),
          );
        }
        setStatus({ kind: 'idle' });
      } catch (error) {
        if (error instanceof DocxWorkerError && error.code === 'cancelled') return;
        setStatus({ kind: 'error', message: messageOf(error) });
      }
    },
    [messageOf],
  );

  const pick = async (side: 'older' | 'newer') => {
    let file: PickedFile | null;
    try {
      file = await getPlatform().openFile({ filters: DOCX_FILTERS });
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
      return;
    }
    if (!file) return;
    // The picks themselves, not what has been read so far: a file picked while the other is still
    // being read must not drop that one.
    picked.current = { ...picked.current, [side]: file };
    void analyse(picked.current.older, picked.current.newer);
  };

  const silentIds = useMemo(() => (tree ? silentEditIds(tree) : new Set<string>()), [tree]);
  // Review work belongs to this pair of files; a new pick is a new review (nothing is stored).
  const reviews = useMemoryReviews(`${older?.name ?? '-'}|${newer?.name ?? '-'}`);
  const trackedCount = useMemo(
    () => (tree ? tree.changes.filter((change) => change.origin === 'tracked').length : 0),
    [tree],
  );

  const exportRedline = async () => {
    if (!older || !newer || !tree) return;
    try {
      const author = (await repositories.settings.get('authorName')) || 'SLA Workbench';
      const now = new Date().toISOString();
      const revision = trackedEditsOf(newer.imported.document)[0]?.revisions[0];
      const bytes = await exportRedlineDocx(tree, {
        dealName: newer.accepted.title || newer.name,
        roundLabel: `${newer.name} ↔ ${older.name}`,
        createdAt: now,
        authorA: author,
        authorB: revision?.author || author,
        dateA: now,
        dateB: revision?.date ?? now,
      });
      const suggestedName = `${fileStem(newer.name.replace(/\.docx$/i, ''))}-redline.docx`;
      const result = await getPlatform().saveFile({ bytes, suggestedName, filters: DOCX_FILTERS });
      if (result.saved) showToast({ message: t('export.saved', { name: suggestedName }) });
    } catch (error) {
      showToast({ message: t('export.failed', { message: messageOf(error) }), tone: 'error' });
    }
  };

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
        {tree && <RedlineModeToggle />}
        {tree && (
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
      {tree && newer && (
        <>
          <p className="cf-summary" data-testid="cf-summary">
            <span>{t('compareFiles.changes', { count: tree.changes.length })}</span>
            {silentIds.size > 0 && (
              <span className="word-silent-badge" data-testid="cf-silent-count">
                <AlertTriangle size={13} aria-hidden />
                {t('compareFiles.silentSummary', { count: silentIds.size })}
              </span>
            )}
            <span>{t('compareFiles.trackedSummary', { count: trackedCount })}</span>
          </p>
          {tree.changes.length === 0 ? (
            <p className="word-ok">{t('compareFiles.noChanges')}</p>
          ) : (
            <div className="cf-body cmp-screen">
              <ReviewPanes
                tree={tree}
                reviews={reviews}
                labelA={older?.name ?? ''}
                labelB={newer.name}
                uiLanguage={uiLanguage}
                decidable={false}
                aside={(selected) => (
                  <ReceivedComments round={commentsOf(newer)} clauseId={selected?.clauseId} />
                )}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}

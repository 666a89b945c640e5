import { useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, FileDown, FileText, GitCompareArrows, LoaderCircle } from 'lucide-react';
import { exportRedlineDocx } from '../../../shared/docx/exportDocx';
import { trackedEditsOf } from '../../../shared/docx/read/trackedEditsOf';
import { acceptedView } from '../../../shared/docx/read/viewWithTerms';
import type { Round } from '../../../shared/model';
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
import { DocxWorkerError } from '../word/runDocxWorker';
import { DocxWorkerSession } from '../word/docxWorkerSession';
import { silentEditIds } from '../word/silentEditIds';
import '../compare/compare.css';
import '../word/word.css';
import './compareFiles.css';
import {
  FilePairReader,
  type PairReaderWork,
  type PairSide,
  type PickedFile,
  type ReadFile,
} from './filePairReader';

type Status =
  { kind: 'idle' } | { kind: 'busy'; stage: 'reading' | 'comparing' } | { kind: 'error'; message: string };

/**
 * The newer file's Word comments in the shape the comments panel reads (a received round's): the
 * file is not stored, so there is no round.
 */
function commentsOf(file: ReadFile | null): Round | null {
  if (!file || file.imported.comments.length === 0) return null;
  return {
    document: acceptedView(file.imported.document),
    received: { comments: file.imported.comments },
  } as unknown as Round;
}

/**
 * The reading and comparing of Compare files, in one warm Word worker (DocxWorkerSession) started
 * with the screen. The older file is kept in the worker as it is read (its text with their tracked
 * changes accepted), and the newer file is read against it and redlined against it in one request —
 * the reader's silent-edit check builds exactly this change tree (the CLI's `compare` too) — so the
 * older document never travels to the worker again and the tree and the file come back together.
 */
function sessionWork(session: DocxWorkerSession): PairReaderWork {
  const keys = new WeakMap<ReadFile['imported'], string>();
  let count = 0;
  return {
    read: async (bytes, signal) => {
      const key = `older-${++count}`;
      const { imported } = await session.read(bytes, { signal, keepAs: key, detectSilentEdits: false });
      keys.set(imported, key);
      return imported;
    },
    readAgainst: async (bytes, older, signal, onComparing) => {
      const { imported, report } = await session.read(bytes, {
        // Sent only when the worker no longer holds it (a cancelled read restarts the worker).
        reference: {
          key: keys.get(older.imported) ?? `older-${++count}`,
          document: () => acceptedView(older.imported.document),
          asRead: () => older.imported.document,
        },
        detectSilentEdits: true,
        signal,
        onProgress: (stage) => {
          if (stage === 'comparing') onComparing();
        },
      });
      if (!report) throw new DocxWorkerError('internal', 'The comparison did not come back from the worker.');
      return { imported, tree: report.tree };
    },
    isCancelled: (error) => error instanceof DocxWorkerError && error.code === 'cancelled',
  };
}

/**
 * `#/compare` (DESIGN §2.3, §9): any two Word files, older and newer, compared without a deal.
 * Both are read in a worker; the newer one against the older one, and the pair redlined once: the
 * newer file's own revisions say what is tracked, everything else it changed is flagged silent.
 * Nothing is stored.
 */
export function CompareFilesScreen() {
  const { t, i18n } = useTranslation('word');
  const repositories = useRepositories();
  const [session] = useState(() => new DocxWorkerSession());
  const [reader] = useState(() => new FilePairReader(sessionWork(session)));
  useEffect(() => {
    // The worker loads its code while the user picks the first file.
    session.warm();
    return () => {
      reader.dispose();
      session.dispose();
    };
  }, [reader, session]);
  const {
    picked,
    older,
    newer,
    tree: readTree,
    status: pairStatus,
  } = useSyncExternalStore(reader.subscribe, reader.getState);
  // The review of a new tree is drawn in a background render that yields to the browser between
  // components, not in the task that received the tree from the worker (issue 12 §4: no main-thread
  // task over 100 ms). Until that render is done the screen says it is still comparing, so no
  // earlier pair's tree is ever shown with this pair's files.
  const drawn = useDeferredValue(readTree);
  const tree = drawn === readTree ? readTree : null;
  const [pickError, setPickError] = useState<unknown>(null);
  const failure = pickError ?? (pairStatus.kind === 'error' ? pairStatus.error : null);
  const status: Status =
    failure !== null
      ? { kind: 'error', message: describeError(failure) }
      : pairStatus.kind === 'busy'
        ? pairStatus
        : readTree && !tree
          ? { kind: 'busy', stage: 'comparing' }
          : { kind: 'idle' };
  const uiLanguage = i18n.language === 'de' ? 'de' : 'en';

  const pick = async (side: PairSide) => {
    let file: PickedFile | null;
    try {
      file = await getPlatform().openFile({ filters: DOCX_FILTERS });
    } catch (error) {
      setPickError(error);
      return;
    }
    if (!file) return;
    setPickError(null);
    reader.pick(side, file);
  };

  // Computed once per newer file, not on every selection (the aside re-renders with it).
  const comments = useMemo(() => commentsOf(newer), [newer]);
  const silentIds = useMemo(() => (tree ? silentEditIds(tree) : new Set<string>()), [tree]);
  // Review work belongs to this pair of files; a new pick is a new review (nothing is stored).
  const reviews = useMemoryReviews(`${older?.name ?? '-'}|${newer?.name ?? '-'}`);
  const trackedCount = useMemo(
    () => (tree ? tree.changes.filter((change) => change.origin === 'tracked').length : 0),
    [tree],
  );

  const exportRedline = async () => {
    // The tree as read (not the one still being drawn): it belongs to these two files.
    const tree = readTree;
    if (!older || !newer || !tree) return;
    try {
      const author = (await repositories.settings.get('authorName')) || 'SLA Workbench';
      const now = new Date().toISOString();
      const revision = trackedEditsOf(newer.imported.document)[0]?.revisions[0];
      const bytes = await exportRedlineDocx(tree, {
        dealName: acceptedView(newer.imported.document).title || newer.name,
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
      showToast({ message: t('export.failed', { message: describeError(error) }), tone: 'error' });
    }
  };

  const slot = (side: PairSide, file: PickedFile | null) => (
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

  const hasAny = picked.older || picked.newer || status.kind !== 'idle';
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
        {slot('older', picked.older)}
        {slot('newer', picked.newer)}
      </div>
      {status.kind === 'busy' && (
        <p className="word-progress" role="status" data-stage={status.stage}>
          <LoaderCircle size={16} className="ws-spin" aria-hidden />
          {status.stage === 'reading' ? t('compareFiles.reading') : t('compareFiles.comparing')}
        </p>
      )}
      {status.kind === 'idle' && picked.newer && !picked.older && (
        <p className="word-muted" data-testid="cf-waiting">
          {t('compareFiles.waitingForOlder')}
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
                aside={(selected) => <ReceivedComments round={comments} clauseId={selected?.clauseId} />}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}

import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Deal, Round } from '../../../shared/model';
import type { ChangeTree } from '../../../shared/redline';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { showToast } from '../../components/useToastStore';
import { i18n } from '../../i18n/i18n';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { getPlatform, PlatformError } from '../../platform/platform';
import { useRepositories } from '../../src/RepositoriesContext';
import { DocumentPreview } from '../templates/DocumentPreview';
import { RedlineView } from '../compare/RedlineView';
import {
  cleanFileName,
  contentHash,
  defaultRedlinePair,
  redlineFileName,
  shortHash,
  type ExportSource,
} from './exportNames';
import { usePrint } from './PrintPortal';
import { redlineInWorker } from './runDocxWorker';
import { acceptedView } from '../../../shared/docx/read/viewWithTerms';
import { redlineInput } from './silentEditIds';
import { cleanDocxFile, redlineDocxFile, type ExportContext } from './wordExports';
import { useExportThreads } from '../comments/useExportThreads';
import '../compare/compare.css';
import './word.css';

export type ExportFormat = 'word' | 'pdf';
export type ExportContent = 'clean' | 'redline';
export interface ExportPreset {
  format: ExportFormat;
  content: ExportContent;
}

const DRAFT = 'draft';
const WORD_FILTERS = [{ name: 'Word', extensions: ['docx'] }];

/**
 * Labels written into files: in the deal's language, whatever the UI language is (loaded first: the
 * app keeps only the UI language's texts until another is needed, renderer/i18n/i18n.ts).
 */
export async function documentLabels(deal: Pick<Deal, 'language'>) {
  await i18n.loadLanguages(deal.language);
  const t = i18n.getFixedT(deal.language, 'word');
  const label = (source: ExportSource) =>
    source.round ? t('label.round', { number: source.round.number }) : t('label.draft');
  return {
    label,
    redlineLabel: (a: ExportSource, b: ExportSource) => t('label.redline', { a: label(a), b: label(b) }),
  };
}

/** What is printed for a clean PDF: title, parties, the deal/round/hash line, the clauses. */
export function CleanPrint({
  source,
  dealTitle,
  label,
}: {
  source: ExportSource;
  dealTitle: string;
  label: string;
}) {
  const doc = acceptedView(source.document);
  return (
    <article>
      <header className="print-head">
        <h1 className="print-title">{doc.title}</h1>
        <p className="print-meta">
          {[doc.parties.provider, doc.parties.customer].filter(Boolean).join(' · ')}
        </p>
        <p className="print-meta">
          {dealTitle} · {label} · {shortHash(contentHash(source))}
        </p>
      </header>
      <DocumentPreview clauses={doc.clauses} terms={doc.terms} language={doc.language} />
    </article>
  );
}

/** What is printed for a redline PDF: the inline redline with a heading line. */
export function RedlinePrint({
  tree,
  title,
  language,
}: {
  tree: ChangeTree;
  title: string;
  language: 'de' | 'en';
}) {
  return (
    <article>
      <header className="print-head">
        <h1 className="print-title">{title}</h1>
      </header>
      <RedlineView
        tree={tree}
        mode="inline"
        language={language}
        labelA=""
        labelB=""
        onSelectChange={() => {}}
      />
    </article>
  );
}

export interface ExportDialogProps {
  deal: Deal;
  preset: ExportPreset | null;
  onClose(): void;
}

/**
 * Export of the draft or any round (issue 4): clean Word, redline Word (b against a as tracked
 * changes) or either as PDF. Opened from the export menu, Ctrl+Shift+S or the File menu.
 */
export function ExportDialog(props: ExportDialogProps) {
  // Mounted per opening, so each opening starts from its preset and the default pair.
  return props.preset ? <OpenExportDialog {...props} preset={props.preset} /> : null;
}

function OpenExportDialog({ deal, preset, onClose }: ExportDialogProps & { preset: ExportPreset }) {
  const { t } = useTranslation('word');
  const format = useLocaleFormat();
  const repositories = useRepositories();
  const rounds = useLiveQuery(() => repositories.rounds.list(deal.id), [repositories, deal.id]);
  const draft = useLiveQuery(() => repositories.drafts.get(deal.id), [repositories, deal.id]);
  const threadsFor = useExportThreads(deal.id, rounds);
  const [kind, setKind] = useState<ExportPreset>(preset);
  const [source, setSource] = useState(DRAFT);
  const [older, setOlder] = useState<string | undefined>();
  const [newer, setNewer] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const { print, portal } = usePrint();

  const sourceOf = useMemo(
    () =>
      (id: string | undefined): ExportSource | null => {
        if (id === DRAFT) return draft ? { round: null, document: draft.document } : null;
        const round = rounds?.find((r) => r.id === id);
        return round ? { round, document: round.document } : null;
      },
    [rounds, draft],
  );
  const pair = useMemo(() => defaultRedlinePair(rounds ?? [], draft?.document), [rounds, draft]);
  const idOf = (s: ExportSource | undefined) => (s ? (s.round?.id ?? DRAFT) : undefined);
  const olderId = older ?? idOf(pair?.a);
  const newerId = newer ?? idOf(pair?.b);

  const roundLabel = (round: Round) =>
    t('export.round', {
      number: round.number,
      side: round.side === 'us' ? t('export.ours') : t('export.theirs'),
      date: format.date(round.createdAt),
    });
  const options = [
    { value: DRAFT, label: t('export.draft') },
    ...[...(rounds ?? [])].reverse().map((round) => ({ value: round.id, label: roundLabel(round) })),
  ];

  const run = async () => {
    const names = {
      authorName: await repositories.settings.get('authorName'),
      providerName: await repositories.settings.get('providerName'),
      customerName: deal.customer.name,
    };
    const context: ExportContext = {
      deal,
      names,
      ...(await documentLabels(deal)),
      now: new Date().toISOString(),
      threadsFor,
    };
    if (kind.content === 'clean') {
      const chosen = sourceOf(source);
      if (!chosen) return;
      if (kind.format === 'word') {
        const file = await cleanDocxFile(chosen, context);
        const result = await getPlatform().saveFile({
          bytes: file.bytes,
          suggestedName: file.fileName,
          filters: WORD_FILTERS,
        });
        if (result.saved) showToast({ message: t('export.saved', { name: file.fileName }) });
      } else {
        await print(
          <CleanPrint source={chosen} dealTitle={deal.title} label={context.label(chosen)} />,
          cleanFileName(deal.customer.name, chosen, 'pdf'),
        );
      }
      onClose();
      return;
    }
    const a = sourceOf(olderId);
    const b = sourceOf(newerId);
    if (!a || !b) return;
    if (olderId === newerId) {
      showToast({ message: t('export.sameSides'), tone: 'error' });
      return;
    }
    // Their round against the round it was read against keeps their own revisions (authors, dates).
    const tree = await redlineInWorker(
      redlineInput(
        { id: a.round?.id ?? null, document: a.document },
        { document: b.document, round: b.round },
      ),
    );
    if (kind.format === 'word') {
      const file = await redlineDocxFile(a, b, tree, context);
      const result = await getPlatform().saveFile({
        bytes: file.bytes,
        suggestedName: file.fileName,
        filters: WORD_FILTERS,
      });
      if (result.saved) showToast({ message: t('export.saved', { name: file.fileName }) });
    } else {
      await print(
        <RedlinePrint
          tree={tree}
          language={b.document.language}
          title={`${deal.title} · ${context.redlineLabel(a, b)}`}
        />,
        redlineFileName(deal.customer.name, a, b, 'pdf'),
      );
    }
    onClose();
  };

  const submit = () => {
    setBusy(true);
    run()
      .catch((error: unknown) => {
        const message =
          error instanceof PlatformError || error instanceof Error ? error.message : String(error);
        showToast({ message: t('export.failed', { message }), tone: 'error' });
      })
      .finally(() => setBusy(false));
  };

  const versionField = (
    label: string,
    value: string | undefined,
    onChange: (value: string) => void,
    testId: string,
  ) => (
    <Field label={label}>
      {(control) => (
        <Select id={control.id} value={value} onValueChange={onChange} options={options} testId={testId} />
      )}
    </Field>
  );
  const fields: ReactNode =
    kind.content === 'clean' ? (
      versionField(t('export.source'), source, setSource, 'export-source')
    ) : (
      <>
        {versionField(t('export.older'), olderId, setOlder, 'export-older')}
        {versionField(t('export.newer'), newerId, setNewer, 'export-newer')}
      </>
    );

  return (
    <>
      <Dialog
        open
        onOpenChange={(open) => {
          if (!open) onClose();
        }}
        title={t('export.title')}
        testId="export-dialog"
        onSubmit={submit}
        footer={
          <>
            <Button onClick={onClose}>{t('import.cancel')}</Button>
            <Button
              type="submit"
              variant="primary"
              disabled={busy || !rounds || !draft}
              data-testid="export-submit"
            >
              {busy ? t('export.working') : t('export.submit')}
            </Button>
          </>
        }
      >
        <div className="word-form">
          <Field label={t('export.format')}>
            {(control) => (
              <Select<ExportFormat>
                id={control.id}
                value={kind.format}
                onValueChange={(value) => setKind((current) => ({ ...current, format: value }))}
                testId="export-format"
                options={[
                  { value: 'word', label: t('export.formatWord') },
                  { value: 'pdf', label: t('export.formatPdf') },
                ]}
              />
            )}
          </Field>
          <Field label={t('export.content')}>
            {(control) => (
              <Select<ExportContent>
                id={control.id}
                value={kind.content}
                onValueChange={(value) => setKind((current) => ({ ...current, content: value }))}
                testId="export-content"
                options={[
                  { value: 'clean', label: t('export.clean') },
                  ...((rounds?.length ?? 0) > 0
                    ? [{ value: 'redline' as const, label: t('export.redline') }]
                    : []),
                ]}
              />
            )}
          </Field>
          {fields}
          {kind.format === 'pdf' && getPlatform().kind === 'browser' && (
            <p className="word-muted">{t('export.printHint')}</p>
          )}
        </div>
      </Dialog>
      {portal}
    </>
  );
}

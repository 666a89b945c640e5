import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, FileWarning, LoaderCircle, MessageSquare, PenLine } from 'lucide-react';
import { trackedEditsOf } from '../../../shared/docx/read/trackedEditsOf';
import { clauseNumbers, type Deal, type Round, type Side, type SlaDocument } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Select } from '../../components/Select';
import { showToast } from '../../components/useToastStore';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { getPlatform } from '../../platform/platform';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import {
  applyAssignments,
  chooseReference,
  recordImportedRound,
  type ImportReference,
} from './importIntoDeal';
import { DocxWorkerError, parseDocxInWorker, type ParsedDocx } from './runDocxWorker';
import type { DocxWorkerStage } from './docxWorkerProtocol';
import { describeError } from '../../errors/describeError';
import { importWarningText, type Translate } from './importMessages';
import { CommentThread } from './CommentThread';
import './word.css';

type Phase =
  | { step: 'idle' }
  | { step: 'reading'; name: string; stage: DocxWorkerStage; reference: ImportReference }
  | { step: 'failed'; message: string }
  | { step: 'review'; name: string; parsed: ParsedDocx; reference: ImportReference; nextNumber: number }
  | { step: 'done'; round: Round; name: string; reference: ImportReference };

const KEEP = '__keep__';

export const DOCX_FILTERS = [{ name: 'Word', extensions: ['docx'] }];

/** `5 Incident response` (or `§ 5 Incident response`, as their file numbers it) for a clause id. */
function clauseLabels(doc: SlaDocument): Map<string, string> {
  const numbers = clauseNumbers(doc.clauses);
  return new Map(doc.clauses.map((clause, i) => [clause.id, `${numbers[i] ?? ''} ${clause.heading}`.trim()]));
}

function BeforeAfter({ change }: { change: { before: string; after: string } }) {
  const { t } = useTranslation('word');
  return (
    <span className="word-before-after">
      <del className="word-del">{change.before || t('import.nothing')}</del>
      <span aria-hidden> → </span>
      <ins className="word-ins">{change.after || t('import.nothing')}</ins>
    </span>
  );
}

function Section({
  title,
  icon,
  tone = 'plain',
  testId,
  children,
}: {
  title: string;
  icon: ReactNode;
  tone?: 'plain' | 'warning';
  testId: string;
  children: ReactNode;
}) {
  return (
    <section className={`word-section word-section-${tone}`} data-testid={testId}>
      <h3 className="word-section-title">
        {icon}
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * Import of a Word file into a deal (issue 4): pick, read in a worker, review (silent edits first),
 * record as a round. `start()` opens the file picker; the dialog shows progress, refusal or review.
 */
export function useImportDocx(deal: Deal): { start(): void; dialog: ReactNode } {
  const { t } = useTranslation('word');
  const repositories = useRepositories();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  const start = useCallback(() => {
    void (async () => {
      let file: { name: string; bytes: Uint8Array } | null;
      try {
        file = await getPlatform().openFile({ filters: DOCX_FILTERS });
      } catch (error) {
        setPhase({ step: 'failed', message: describeError(error) });
        return;
      }
      if (!file) return;
      const [rounds, draft] = await Promise.all([
        repositories.rounds.list(deal.id),
        repositories.drafts.get(deal.id),
      ]);
      const reference = chooseReference(rounds, draft?.document);
      if (!reference) {
        setPhase({ step: 'failed', message: t('import.noDraft') });
        return;
      }
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      const name = file.name;
      setPhase({ step: 'reading', name, stage: 'reading', reference });
      try {
        const parsed = await parseDocxInWorker(file.bytes, {
          reference: reference.document,
          signal: controller.signal,
          onProgress: (stage) => setPhase({ step: 'reading', name, stage, reference }),
        });
        setPhase({
          step: 'review',
          name,
          parsed,
          reference,
          nextNumber: (rounds.at(-1)?.number ?? 0) + 1,
        });
      } catch (error) {
        if (error instanceof DocxWorkerError && error.code === 'cancelled') return;
        setPhase({ step: 'failed', message: describeError(error) });
      }
    })();
  }, [repositories, deal.id, t]);

  const close = useCallback(() => {
    abortRef.current?.abort();
    abortRef.current = null;
    setPhase({ step: 'idle' });
  }, []);

  const dialog = (
    <ImportDocxDialog
      deal={deal}
      phase={phase}
      onClose={close}
      onChooseOther={() => {
        close();
        start();
      }}
      onRecorded={(round, name, reference) => setPhase({ step: 'done', round, name, reference })}
      record={(input) => recordImportedRound(repositories, input)}
    />
  );
  return { start, dialog };
}

interface DialogProps {
  deal: Deal;
  phase: Phase;
  onClose(): void;
  onChooseOther(): void;
  onRecorded(round: Round, name: string, reference: ImportReference): void;
  record: (input: Parameters<typeof recordImportedRound>[1]) => Promise<Round>;
}

function ImportDocxDialog({ deal, phase, onClose, onChooseOther, onRecorded, record }: DialogProps) {
  const { t } = useTranslation('word');
  const open = phase.step !== 'idle';
  const referenceName = (reference: ImportReference) =>
    reference.round
      ? reference.round.side === 'us'
        ? t('import.reference.ourRound', { number: reference.round.number })
        : t('import.reference.theirRound', { number: reference.round.number })
      : t('import.reference.draft');

  let body: ReactNode = null;
  let footer: ReactNode = null;
  if (phase.step === 'reading') {
    body = (
      <p className="word-progress" role="status" data-testid="import-progress">
        <LoaderCircle size={16} className="ws-spin" aria-hidden />
        {phase.stage === 'reading'
          ? t('import.reading', { name: phase.name })
          : t('import.comparing', { name: phase.name, reference: referenceName(phase.reference) })}
      </p>
    );
    footer = <Button onClick={onClose}>{t('import.cancel')}</Button>;
  } else if (phase.step === 'failed') {
    body = (
      <div className="word-failed" role="alert" data-testid="import-error">
        <FileWarning size={20} aria-hidden />
        <div>
          <p className="word-failed-title">{t('import.failedTitle')}</p>
          <p>{phase.message}</p>
          <p className="word-muted">{t('import.nothingWritten')}</p>
        </div>
      </div>
    );
    footer = (
      <>
        <Button onClick={onClose}>{t('import.close')}</Button>
        <Button variant="primary" onClick={onChooseOther}>
          {t('import.chooseOther')}
        </Button>
      </>
    );
  } else if (phase.step === 'review') {
    return (
      <ReviewDialog
        key={phase.name}
        deal={deal}
        phase={phase}
        referenceName={referenceName(phase.reference)}
        onClose={onClose}
        onRecorded={onRecorded}
        record={record}
      />
    );
  } else if (phase.step === 'done') {
    const ours = phase.reference.round?.side === 'us' ? phase.reference.round : null;
    body = (
      <p role="status" data-testid="import-done">
        {t('import.recorded', { number: phase.round.number, name: phase.name })}
      </p>
    );
    footer = (
      <>
        <Button onClick={onClose}>{t('import.close')}</Button>
        {ours && phase.round.side === 'them' && (
          <Button
            variant="primary"
            data-testid="import-compare"
            onClick={() => {
              onClose();
              navigate({ screen: 'deal-compare', dealId: deal.id, a: ours.id, b: phase.round.id });
            }}
          >
            {t('import.compare', { number: ours.number })}
          </Button>
        )}
      </>
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={t('import.title')}
      footer={footer}
      width={560}
      testId="import-dialog"
    >
      {body}
    </Dialog>
  );
}

function ReviewDialog({
  deal,
  phase,
  referenceName,
  onClose,
  onRecorded,
  record,
}: {
  deal: Deal;
  phase: Extract<Phase, { step: 'review' }>;
  referenceName: string;
  onClose(): void;
  onRecorded: DialogProps['onRecorded'];
  record: DialogProps['record'];
}) {
  const { t } = useTranslation('word');
  const tImport = useTranslation('wordImport').t as unknown as Translate;
  const format = useLocaleFormat();
  const repositories = useRepositories();
  const { imported, report } = phase.parsed;
  const [side, setSide] = useState<Side>('them');
  const [replaceDraft, setReplaceDraft] = useState(true);
  const [assignments, setAssignments] = useState<Map<string, string>>(new Map());
  const [saving, setSaving] = useState(false);
  const [confirmedOther, setConfirmedOther] = useState(false);

  const labels = useMemo(() => clauseLabels(imported.document), [imported.document]);
  const referenceLabels = useMemo(() => clauseLabels(phase.reference.document), [phase.reference.document]);
  // Their tracked edits as the file records them, each with its own authors and dates.
  const tracked = useMemo(() => trackedEditsOf(imported.document), [imported.document]);
  const silent = report?.silentEdits ?? [];
  const usedIds = new Set(imported.document.clauses.map((clause) => clause.id));
  const assignable = phase.reference.document.clauses.filter(
    (clause) => !usedIds.has(clause.id) || [...assignments.values()].includes(clause.id),
  );
  const clauseOf = (change: {
    clauseNumberB: string | null;
    clauseNumberA: string | null;
    heading: string;
  }) => `${change.clauseNumberB ?? change.clauseNumberA ?? ''} ${change.heading}`.trim();
  const { assessment } = imported;
  const otherAgreement = side === 'them' && assessment.verdict === 'other';
  // A file of another agreement is not a list of edits: its differences are shown only once the
  // user says it is the right file.
  const showChanges = side === 'them' && (!otherAgreement || confirmedOther);
  const partiesText = (parties: { provider: string; customer: string } | undefined) =>
    parties ? tImport('assessment.partiesPair', { ...parties }) : '';

  const submit = async () => {
    setSaving(true);
    try {
      const author =
        side === 'them' ? deal.customer.name : (await repositories.settings.get('authorName')) || '';
      const round = await record({
        dealId: deal.id,
        fileName: phase.name,
        imported: applyAssignments(imported, assignments),
        side,
        author,
        replaceDraft: side === 'us' && replaceDraft,
        ...(phase.reference.round ? { referenceRoundId: phase.reference.round.id } : {}),
      });
      onRecorded(round, phase.name, phase.reference);
    } catch (error) {
      showToast({
        message: t('import.recordFailed', { message: describeError(error) }),
        tone: 'error',
      });
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={t('import.title')}
      width={720}
      testId="import-dialog"
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('import.cancel')}</Button>
          <Button
            type="submit"
            variant="primary"
            disabled={saving || (otherAgreement && !confirmedOther)}
            data-testid="import-record"
          >
            {side === 'them'
              ? t('import.recordThem', { number: phase.nextNumber })
              : t('import.recordUs', { number: phase.nextNumber })}
          </Button>
        </>
      }
    >
      <div className="word-review" data-testid="import-review">
        <p className="word-file">
          <strong>{phase.name}</strong> · {t('import.comparedWith', { reference: referenceName })}
        </p>
        {otherAgreement && (
          <Section
            tone="warning"
            icon={<AlertTriangle size={18} aria-hidden />}
            title={tImport('assessment.title')}
            testId="import-other-agreement"
          >
            {assessment.reasons.includes('parties') && (
              <p className="word-lead">
                {tImport('assessment.parties', {
                  their: partiesText(assessment.theirParties),
                  ours: partiesText(assessment.ourParties),
                })}
              </p>
            )}
            {assessment.reasons.includes('clauses') && (
              <p className="word-lead">
                {tImport('assessment.clauses', {
                  matched: assessment.matchedClauses,
                  theirs: assessment.theirClauses,
                  ours: assessment.ourClauses,
                })}
              </p>
            )}
            <p className="word-lead">{tImport('assessment.ask')}</p>
            <label className="word-check">
              <input
                type="checkbox"
                checked={confirmedOther}
                onChange={(event) => setConfirmedOther(event.target.checked)}
                data-testid="import-confirm-other"
              />
              {tImport('assessment.confirm')}
            </label>
          </Section>
        )}
        <div className="word-side">
          <span id="word-side-label">{t('import.side.label')}</span>
          <Select<Side>
            value={side}
            onValueChange={setSide}
            ariaLabel={t('import.side.label')}
            testId="import-side"
            options={[
              { value: 'them', label: t('import.side.them') },
              { value: 'us', label: t('import.side.us') },
            ]}
          />
        </div>
        {side === 'us' && (
          <label className="word-check">
            <input
              type="checkbox"
              checked={replaceDraft}
              onChange={(event) => setReplaceDraft(event.target.checked)}
            />
            {t('import.replaceDraft')}
          </label>
        )}

        {showChanges &&
          (silent.length > 0 ? (
            <Section
              tone="warning"
              icon={<AlertTriangle size={18} aria-hidden />}
              title={t('import.silent.title', { count: silent.length })}
              testId="import-silent"
            >
              <p className="word-lead">{t('import.silent.lead')}</p>
              <ul className="word-items">
                {silent.map((change) => (
                  <li key={change.id} data-testid="silent-edit">
                    <span className="word-clause">{clauseOf(change)}</span>
                    <BeforeAfter change={change} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : (
            <p className="word-ok" data-testid="import-no-silent">
              {t('import.silent.none', { reference: referenceName })}
            </p>
          ))}

        {showChanges && (
          <Section
            icon={<PenLine size={16} aria-hidden />}
            title={t('import.tracked.title', { count: tracked.length })}
            testId="import-tracked"
          >
            {tracked.length === 0 ? (
              <p className="word-muted">{t('import.tracked.none')}</p>
            ) : (
              <ul className="word-items">
                {tracked.map((edit, index) => {
                  const revision = edit.revisions[0];
                  const authors = [...new Set(edit.revisions.map((r) => r.author).filter(Boolean))].join(
                    ', ',
                  );
                  return (
                    <li key={index} data-testid="tracked-change">
                      <span className="word-clause">{labels.get(edit.clauseId) ?? ''}</span>
                      <BeforeAfter change={edit} />
                      {revision && (
                        <span className="word-meta">
                          {t('import.tracked.by', {
                            author: authors || '–',
                            date: revision.date ? format.dateTime(revision.date) : '–',
                          })}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>
        )}

        {imported.comments.length > 0 && (
          <Section
            icon={<MessageSquare size={16} aria-hidden />}
            title={t('import.comments.title', { count: imported.comments.length })}
            testId="import-comments"
          >
            <ul className="word-items">
              {imported.comments.map((comment) => (
                <li key={comment.id} data-testid="imported-comment">
                  <span className="word-clause">{labels.get(comment.clauseId) ?? ''}</span>
                  <span className="word-comment-text">{comment.text}</span>
                  <span className="word-meta">
                    {comment.author}
                    {comment.date ? `, ${format.dateTime(comment.date)}` : ''}
                    {comment.anchorText
                      ? ` · ${t('import.comments.on', { anchor: shorten(comment.anchorText) })}`
                      : ''}
                  </span>
                  <CommentThread comment={comment} />
                </li>
              ))}
            </ul>
          </Section>
        )}

        {imported.unmapped.length > 0 && (
          <Section
            icon={<AlertTriangle size={16} aria-hidden />}
            title={t('import.unmapped.title', { count: imported.unmapped.length })}
            testId="import-unmapped"
          >
            <p className="word-lead">{t('import.unmapped.lead')}</p>
            <ul className="word-items">
              {imported.unmapped.map((clauseId) => {
                const heading = labels.get(clauseId) ?? clauseId;
                return (
                  <li key={clauseId} className="word-unmapped" data-testid="unmapped-clause">
                    <span className="word-clause">{heading}</span>
                    <Select
                      value={assignments.get(clauseId) ?? KEEP}
                      ariaLabel={t('import.unmapped.label', { heading })}
                      onValueChange={(value) =>
                        setAssignments((current) => {
                          const next = new Map(current);
                          if (value === KEEP) next.delete(clauseId);
                          else next.set(clauseId, value);
                          return next;
                        })
                      }
                      options={[
                        { value: KEEP, label: t('import.unmapped.keep') },
                        ...assignable
                          .filter(
                            (clause) =>
                              assignments.get(clauseId) === clause.id ||
                              ![...assignments.values()].includes(clause.id),
                          )
                          .map((clause) => ({
                            value: clause.id,
                            label: t('import.unmapped.assignTo', {
                              clause: referenceLabels.get(clause.id) ?? clause.heading,
                            }),
                          })),
                      ]}
                    />
                  </li>
                );
              })}
            </ul>
          </Section>
        )}

        {imported.warnings.length > 0 && (
          <Section
            icon={<FileWarning size={16} aria-hidden />}
            title={t('import.warnings.title')}
            testId="import-warnings"
          >
            <ul className="word-items word-warnings">
              {imported.warnings.map((warning, index) => (
                <li key={index}>{importWarningText(tImport, warning)}</li>
              ))}
            </ul>
          </Section>
        )}
      </div>
    </Dialog>
  );
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

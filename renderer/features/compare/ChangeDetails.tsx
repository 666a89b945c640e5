import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, Undo2, X } from 'lucide-react';
import type { Language, Term } from '../../../shared/model';
import { formatTermValue } from '../../../shared/format/formatTermValue';
import { changeKindLabel, changeLocationLabel, type Change, type Decision } from '../../../shared/redline';
import { Button } from '../../components/Button';
import { ChangeKindIcon } from './changeKindIcon';
import { EffectBadge } from './EffectBadge';

export interface ChangeDetailsProps {
  change: Change | null;
  decision: Decision | undefined;
  /** How many changes share the selected change's kind (for "all of this kind"). */
  kindCount: number;
  uiLanguage: Language;
  docLanguage: Language;
  /** Absent where no decisions are taken: no decision buttons then. */
  onDecide?: (decision: Decision | null) => void;
  onDecideAllOfKind(decision: Decision): void;
  /** The user's note on this change (stored review work). */
  note?: string;
  onNote?(note: string): void;
  canUndo?: boolean;
  onUndo?(): void;
}

/**
 * The note on one change: edited here, stored when the field loses focus or the selection moves on
 * (one transaction each), so nothing typed is lost by clicking elsewhere.
 */
function NoteField({ initial, onSave }: { initial: string; onSave(note: string): void }) {
  const { t } = useTranslation('compare');
  const id = useId();
  const [text, setText] = useState(initial);
  const latest = useRef({ text, initial, onSave });
  useEffect(() => {
    latest.current = { text, initial, onSave };
  });
  const [seen, setSeen] = useState(initial);
  // The stored note changed elsewhere (Undo, another window) while this field shows no edit of its own.
  if (seen !== initial) {
    setSeen(initial);
    if (text === seen) setText(initial);
  }
  useEffect(
    () => () => {
      const { text: last, initial: stored, onSave: save } = latest.current;
      if (last.trim() !== stored) save(last.trim());
    },
    [],
  );
  return (
    <div className="cmp-note">
      <label className="cmp-note-label" htmlFor={id}>
        {t('review.note')}
      </label>
      <textarea
        id={id}
        className="input cmp-note-input"
        rows={3}
        maxLength={5_000}
        placeholder={t('review.notePlaceholder')}
        value={text}
        data-testid="change-note"
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (text.trim() !== initial) onSave(text.trim());
        }}
      />
    </div>
  );
}

/** Right pane: the selected change before → after, and the decision on it. */
export function ChangeDetails({
  change,
  decision,
  kindCount,
  uiLanguage,
  docLanguage,
  onDecide,
  onDecideAllOfKind,
  note = '',
  onNote,
  canUndo = false,
  onUndo,
}: ChangeDetailsProps) {
  const { t } = useTranslation('compare');
  if (!change)
    return (
      <aside className="cmp-details" aria-label={t('details.label')}>
        <p className="cmp-muted">{t('details.none')}</p>
      </aside>
    );
  const number = change.clauseNumberB ?? change.clauseNumberA;
  const value = (term: Term | null) => (term ? formatTermValue(term, docLanguage) : t('details.nothing'));
  const before = change.term ? value(change.term.before) : change.before;
  const after = change.term ? value(change.term.after) : change.after;
  return (
    <aside className="cmp-details" aria-label={t('details.label')} data-testid="change-details">
      <h2 className="cmp-pane-title cmp-details-kind">
        <ChangeKindIcon kind={change.kind} />
        {change.term ? change.term.label : changeKindLabel(change.kind, uiLanguage)}
      </h2>
      {change.clauseId && (
        <p className="cmp-details-clause">
          <span className="cmp-muted">{t('details.clause')}</span> {number} {change.heading}
        </p>
      )}
      {change.location !== 'body' && (
        <p className="cmp-details-clause" data-testid="change-location">
          <span className="cmp-muted">{t('details.where')}</span>{' '}
          {changeLocationLabel(change.location, uiLanguage)}
        </p>
      )}
      {change.kind === 'term' && <EffectBadge effect={change.effect} />}
      <ChangeOrigin change={change} />
      <dl className="cmp-before-after" lang={docLanguage}>
        <dt>{t('details.before')}</dt>
        <dd>
          {before ? (
            <del className="cmp-delete">{before}</del>
          ) : (
            <span className="cmp-muted">{t('details.nothing')}</span>
          )}
        </dd>
        <dt>{t('details.after')}</dt>
        <dd>
          {after ? (
            <ins className="cmp-insert">{after}</ins>
          ) : (
            <span className="cmp-muted">{t('details.nothing')}</span>
          )}
        </dd>
      </dl>
      {onDecide && (
        <>
          <div className="cmp-decide" role="group" aria-label={t('decision.accept')}>
            <Button
              variant={decision === 'accept' ? 'primary' : 'secondary'}
              icon={<Check size={14} aria-hidden />}
              aria-pressed={decision === 'accept'}
              onClick={() => onDecide(decision === 'accept' ? null : 'accept')}
              data-testid="accept-change"
            >
              {t('decision.accept')} <kbd className="kbd">A</kbd>
            </Button>
            <Button
              variant={decision === 'reject' ? 'danger' : 'secondary'}
              icon={<X size={14} aria-hidden />}
              aria-pressed={decision === 'reject'}
              onClick={() => onDecide(decision === 'reject' ? null : 'reject')}
              data-testid="reject-change"
            >
              {t('decision.reject')} <kbd className="kbd">R</kbd>
            </Button>
          </div>
          <p className="cmp-muted cmp-decide-hint">{t('review.movesOn')}</p>
          {kindCount > 1 && (
            <div className="cmp-decide-all">
              <Button
                size="sm"
                variant="ghost"
                onClick={() => onDecideAllOfKind('accept')}
                data-testid="accept-all-kind"
              >
                {t('decision.acceptAll', { count: kindCount })}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => onDecideAllOfKind('reject')}
                data-testid="reject-all-kind"
              >
                {t('decision.rejectAll', { count: kindCount })}
              </Button>
            </div>
          )}
        </>
      )}
      {onNote && <NoteField key={change.id} initial={note} onSave={onNote} />}
      {onUndo && (
        <Button
          size="sm"
          variant="ghost"
          icon={<Undo2 size={14} aria-hidden />}
          disabled={!canUndo}
          onClick={onUndo}
          data-testid="review-undo"
        >
          {t('review.undo')} <kbd className="kbd">U</kbd>
        </Button>
      )}
    </aside>
  );
}

/** Where the change's text came from: their tracked revisions (with authors) or not marked at all. */
function ChangeOrigin({ change }: { change: Change }) {
  const { t } = useTranslation('compare');
  if (change.origin === null) return null;
  const authors = [...new Set(change.revisions.map((revision) => revision.author).filter(Boolean))].join(
    ', ',
  );
  const text =
    change.origin === 'silent'
      ? t('details.silent')
      : change.origin === 'mixed'
        ? t('details.mixed', { authors: authors || '?' })
        : authors
          ? t('details.tracked', { authors })
          : t('details.trackedUnknown');
  return (
    <p className={`cmp-origin cmp-origin-${change.origin}`} data-testid="change-origin">
      {text}
      {change.hidden && <span className="cmp-muted"> · {t('details.hidden')}</span>}
    </p>
  );
}

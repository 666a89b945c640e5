import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Copy, RotateCcw, Trash2 } from 'lucide-react';
import { formatTermValue } from '../../../shared/format/formatTermValue';
import type { Language, Term } from '../../../shared/model';
import { formatPlaybookValue } from '../../../shared/playbook/describeBand';
import { OWNER_ROLES, type OwnerRole } from '../../../shared/playbook/ownerRoles';
import type { PlaybookEntry, PlaybookValue } from '../../../shared/playbook/playbook';
import { playbookProblemText, type PlaybookProblem } from '../../../shared/playbook/playbookProblems';
import { Button, IconButton } from '../../components/Button';
import { Select } from '../../components/Select';
import { BandBadge } from '../guardrails/BandBadge';
import { bandOf } from '../../../shared/playbook/bandOf';
import { formatFieldNumber, parseLocaleNumber } from '../workspace/parseLocaleNumber';
import { LimitInput, type LimitDraft } from './LimitInput';

const LIMITS = ['target', 'fallback', 'walkAway'] as const;
type LimitField = (typeof LIMITS)[number];

function toDraft(value: PlaybookValue, language: Language): LimitDraft {
  if (typeof value === 'number') return { shape: 'number', text: formatFieldNumber(value, language) };
  if ('unit' in value)
    return { shape: 'duration', text: formatFieldNumber(value.value, language), unit: value.unit };
  return { shape: 'money', text: formatFieldNumber(value.amount, language), currency: value.currency };
}

function fromDraft(draft: LimitDraft, language: Language): PlaybookValue | null {
  const number = parseLocaleNumber(draft.text, language, { grouping: draft.shape === 'money' });
  if (number === null) return null;
  if (draft.shape === 'number') return number;
  if (draft.shape === 'duration') return { value: number, unit: draft.unit };
  return { amount: number, currency: draft.currency };
}

export type RowMode =
  /** The entry belongs to the playbook being edited. */
  | 'own'
  /** A deal's row showing the template's entry; it can be overridden. */
  | 'inherited'
  /** No limits yet. */
  | 'none';

export interface PlaybookRowProps {
  term: Term;
  entry: PlaybookEntry | undefined;
  mode: RowMode;
  /** In a deal: whether the own entry overrides one of the template (offers "back to the template"). */
  overrides: boolean;
  uiLanguage: Language;
  docLanguage: Language;
  readOnly: boolean;
  /** Saves the entry; resolves to the problems when it was refused. */
  onSave(entry: PlaybookEntry): Promise<readonly PlaybookProblem[] | null>;
  onAdd(): void;
  onRemove(): void;
}

/** One term of a playbook: its value now, the three limits, the owner and a note, edited in place. */
export function PlaybookRow(props: PlaybookRowProps) {
  const { term, entry, mode, docLanguage } = props;
  const { t } = useTranslation('playbook');
  const verdict = entry ? bandOf(term, entry) : null;
  const head = (extra: ReactNode, actions: ReactNode) => (
    <div className="pb-row-head">
      <span className="pb-term">{term.label}</span>
      <span className="pb-current" lang={docLanguage}>
        {formatTermValue(term, docLanguage)}
        {verdict?.band && <BandBadge band={verdict.band} />}
      </span>
      {extra}
      <span className="pb-row-actions">{actions}</span>
    </div>
  );
  if (mode === 'none' || !entry)
    return (
      <li className="pb-row" data-testid={`playbook-row-${term.id}`} data-mode="none">
        {head(
          <span className="pb-origin">{t('noLimits')}</span>,
          !props.readOnly && (
            <Button size="sm" onClick={props.onAdd} data-testid={`playbook-add-${term.id}`}>
              {t('add')}
            </Button>
          ),
        )}
      </li>
    );
  if (mode === 'inherited')
    return (
      <li className="pb-row" data-testid={`playbook-row-${term.id}`} data-mode="inherited">
        {head(
          <span className="pb-origin">
            {t('origin.template')} · {t(`owners.${entry.owner}`)}
          </span>,
          !props.readOnly && (
            <Button
              size="sm"
              variant="ghost"
              icon={<Copy size={13} aria-hidden />}
              onClick={props.onAdd}
              data-testid={`playbook-override-${term.id}`}
            >
              {t('override')}
            </Button>
          ),
        )}
        <dl className="pb-row-limits pb-row-limits-read" lang={docLanguage}>
          {LIMITS.map((field) => (
            <div key={field} className="pb-limit-field">
              <dt className="pb-limit-label">{t(`columns.${field}`)}</dt>
              <dd>{formatPlaybookValue(entry[field], term.kind, docLanguage)}</dd>
            </div>
          ))}
          {entry.note && (
            <div className="pb-limit-field pb-note-cell">
              <dt className="pb-limit-label">{t('columns.note')}</dt>
              <dd className="pb-note">{entry.note}</dd>
            </div>
          )}
        </dl>
      </li>
    );
  return <EditableRow {...props} entry={entry} head={head} />;
}

function EditableRow({
  term,
  entry,
  overrides,
  uiLanguage,
  readOnly,
  onSave,
  onRemove,
  head,
}: PlaybookRowProps & { entry: PlaybookEntry; head(extra: ReactNode, actions: ReactNode): ReactNode }) {
  const { t } = useTranslation('playbook');
  const [drafts, setDrafts] = useState(() => ({
    target: toDraft(entry.target, uiLanguage),
    fallback: toDraft(entry.fallback, uiLanguage),
    walkAway: toDraft(entry.walkAway, uiLanguage),
  }));
  const [note, setNote] = useState(entry.note);
  const [problems, setProblems] = useState<readonly string[]>([]);
  // The stored entry changed elsewhere (an import, another window): show it.
  const [seen, setSeen] = useState(entry);
  if (seen !== entry) {
    setSeen(entry);
    setDrafts({
      target: toDraft(entry.target, uiLanguage),
      fallback: toDraft(entry.fallback, uiLanguage),
      walkAway: toDraft(entry.walkAway, uiLanguage),
    });
    setNote(entry.note);
  }

  const commit = async (
    changes: Partial<Record<LimitField, LimitDraft>> & { owner?: OwnerRole; note?: string },
  ) => {
    const next = { ...drafts, ...changes };
    setDrafts(next);
    const values: Partial<Record<LimitField, PlaybookValue>> = {};
    for (const field of LIMITS) {
      const value = fromDraft(next[field], uiLanguage);
      if (value === null) {
        setProblems([`${t(`columns.${field}`)}: ${t('notANumber')}`]);
        return;
      }
      values[field] = value;
    }
    const candidate: PlaybookEntry = {
      ...entry,
      target: values.target!,
      fallback: values.fallback!,
      walkAway: values.walkAway!,
      owner: changes.owner ?? entry.owner,
      note: changes.note ?? note,
    };
    if (JSON.stringify(candidate) === JSON.stringify(entry)) {
      setProblems([]);
      return;
    }
    const refused = await onSave(candidate);
    setProblems(
      refused ? refused.map((problem) => playbookProblemText(problem, uiLanguage, () => term.label)) : [],
    );
  };

  const label = (field: string) =>
    t('fieldLabel', { field: t(`columns.${field as LimitField}`), term: term.label });
  return (
    <li
      className="pb-row"
      data-testid={`playbook-row-${term.id}`}
      data-mode="own"
      data-invalid={problems.length > 0 || undefined}
    >
      {head(
        <>
          {overrides && <span className="pb-origin pb-origin-deal">{t('origin.deal')}</span>}
          <span className="pb-owner">
            <Select<OwnerRole>
              value={entry.owner}
              ariaLabel={label('owner')}
              disabled={readOnly}
              options={OWNER_ROLES.map((role) => ({ value: role, label: t(`owners.${role}`) }))}
              onValueChange={(owner) => void commit({ owner })}
              testId={`playbook-owner-${term.id}`}
            />
          </span>
        </>,
        !readOnly &&
          (overrides ? (
            <IconButton
              size="sm"
              label={t('reset')}
              icon={<RotateCcw size={13} aria-hidden />}
              onClick={onRemove}
              data-testid={`playbook-reset-${term.id}`}
            />
          ) : (
            <IconButton
              size="sm"
              label={t('remove', { term: term.label })}
              icon={<Trash2 size={13} aria-hidden />}
              onClick={onRemove}
              data-testid={`playbook-remove-${term.id}`}
            />
          )),
      )}
      <div className="pb-row-limits">
        {LIMITS.map((field) => (
          <div key={field} className="pb-limit-field">
            <span className="pb-limit-label" aria-hidden>
              {t(`columns.${field}`)}
            </span>
            <LimitInput
              value={drafts[field]}
              label={label(field)}
              percent={term.kind === 'percent'}
              disabled={readOnly}
              testId={`playbook-${field}-${term.id}`}
              onChange={(value) => setDrafts((previous) => ({ ...previous, [field]: value }))}
              onCommit={(value) => void commit({ [field]: value })}
            />
          </div>
        ))}
        <div className="pb-limit-field pb-note-cell">
          <span className="pb-limit-label" aria-hidden>
            {t('columns.note')}
          </span>
          <input
            className="input pb-note-input"
            aria-label={label('note')}
            value={note}
            maxLength={2_000}
            disabled={readOnly}
            onChange={(event) => setNote(event.target.value)}
            onBlur={() => void commit({ note })}
            data-testid={`playbook-note-${term.id}`}
          />
        </div>
      </div>
      {problems.length > 0 && (
        <ul className="pb-problems" role="alert" data-testid={`playbook-problems-${term.id}`}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, CheckCircle2, CircleAlert, Plus, Trash2 } from 'lucide-react';
import { CLAUSE_KINDS, clauseNumbers, type ClauseKind, type SlaDocument } from '../../../shared/model';
import { checklistOf, LEGAL_CHECKLIST, missingEssentials } from '../../../shared/templates/legalChecklist';
import {
  addTemplateClause,
  moveTemplateClause,
  removeTemplateClause,
  setTemplateChecklist,
  updateTemplateClause,
} from '../../../shared/templates/editTemplate';
import { Button, IconButton } from '../../components/Button';
import { Select } from '../../components/Select';
import { showToast } from '../../components/useToastStore';
import { ClauseEditor } from '../workspace/ClauseEditor';
import { DocumentViewContext, type DocumentView } from '../workspace/DocumentViewContext';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { TermsEditor } from './TermsEditor';
import type { TemplateWorkingCopy } from './useTemplateWorkingCopy';
import './templateEditor.css';

const noTermClick = () => undefined;

/**
 * The editor of an own template: clauses with the deal editor (heading, wording, topic, level,
 * order), the terms with their defaults, the legal checklist and the way to its playbook.
 */
export function TemplateEditor({
  working,
  onOpenPlaybook,
}: {
  working: TemplateWorkingCopy;
  onOpenPlaybook(): void;
}) {
  const { t } = useTranslation('templateEditor');
  const { template, base, dirty, conflict, update, save, discard, latest, restoredFrom, keeping } = working;
  const format = useLocaleFormat();
  const termsById = useMemo(
    () => new Map((template?.document.terms ?? []).map((term) => [term.id, term])),
    [template?.document.terms],
  );
  const view = useMemo<DocumentView>(
    () => ({
      language: template?.language ?? 'en',
      termsById,
      selectedTermId: null,
      onTermClick: noTermClick,
    }),
    [template?.language, termsById],
  );
  const updateDocument = useMemo(
    () => (edit: (doc: SlaDocument) => SlaDocument) =>
      update((current) => {
        const document = edit(current.document);
        return document === current.document ? current : { ...current, document };
      }),
    [update],
  );
  if (!template || !base) return null;

  async function onSave(overwrite = false) {
    const outcome = await save({ overwrite });
    if (outcome.ok) showToast({ message: t('saved', { version: outcome.saved.version }) });
    else if (!outcome.conflict) showToast({ message: t('saveFailed', { message: outcome.message }) });
  }

  const numbers = clauseNumbers(template.document.clauses);
  const clauses = template.document.clauses;
  const checklist = checklistOf(template);
  const required = new Set(checklist.map((item) => item.kind));
  const missing = new Set(missingEssentials(template.document, checklist));
  const nextVersion = (latest?.version ?? base.version) + 1;

  return (
    <div className="te-editor" data-testid="template-editor">
      <p className="section-hint">{t('intro')}</p>
      <div className="te-savebar">
        <span className="te-status-line">
          <span className="te-status" data-testid="template-editor-status" aria-live="polite">
            {dirty ? t('unsaved') : t('noChanges')}
          </span>
          {dirty && keeping === 'saved' && (
            <span className="te-kept" data-testid="template-kept">
              {t('unsavedKept')}
            </span>
          )}
        </span>
        <Button
          variant="secondary"
          disabled={!dirty}
          onClick={() => void discard()}
          data-testid="template-discard"
        >
          {t('discard')}
        </Button>
        <Button
          variant="primary"
          disabled={!dirty || conflict !== null}
          onClick={() => void onSave()}
          data-testid="template-save-version"
        >
          {t('save', { version: base.version + 1 })}
        </Button>
      </div>
      {restoredFrom && (
        <p className="section-hint" role="status" data-testid="template-restored">
          {t('restored', { date: format.dateTime(restoredFrom) })}
        </p>
      )}
      {conflict && (
        <div className="te-conflict" role="alert" data-testid="template-conflict">
          <CircleAlert size={18} aria-hidden />
          <div>
            <strong>{t('conflict.title', { version: conflict.version })}</strong>
            <p>{t('conflict.body', { base: base.version })}</p>
            <div className="te-conflict-actions">
              <Button
                variant="secondary"
                onClick={() => void discard()}
                data-testid="template-conflict-reload"
              >
                {t('conflict.reload', { version: conflict.version })}
              </Button>
              <Button onClick={() => void onSave(true)} data-testid="template-conflict-keep">
                {t('conflict.keepMine', { next: nextVersion })}
              </Button>
            </div>
          </div>
        </div>
      )}

      <h2 className="section-title">{t('sections.clauses')}</h2>
      {clauses.length === 0 && <p className="section-hint">{t('clause.empty')}</p>}
      <DocumentViewContext.Provider value={view}>
        <div className="te-clauses ws-page" lang={template.language}>
          {clauses.map((clause, index) => (
            <div key={clause.id} className="te-clause" data-testid={`template-clause-${clause.id}`}>
              <div className="te-clause-tools">
                <Select<ClauseKind>
                  value={clause.kind}
                  ariaLabel={t('clause.kind')}
                  options={CLAUSE_KINDS.map((kind) => ({ value: kind, label: t(`clauseKinds.${kind}`) }))}
                  onValueChange={(kind) =>
                    update((current) => updateTemplateClause(current, clause.id, { kind }))
                  }
                />
                <Select<'1' | '2'>
                  value={String(clause.level) as '1' | '2'}
                  ariaLabel={t('clause.level')}
                  options={(['1', '2'] as const).map((level) => ({
                    value: level,
                    label: t(`clause.levels.${level}`),
                  }))}
                  onValueChange={(level) =>
                    update((current) =>
                      updateTemplateClause(current, clause.id, { level: level === '1' ? 1 : 2 }),
                    )
                  }
                />
                <IconButton
                  label={t('clause.moveUp', { heading: clause.heading })}
                  icon={<ArrowUp size={15} />}
                  disabled={index === 0}
                  onClick={() => update((current) => moveTemplateClause(current, clause.id, index - 1))}
                />
                <IconButton
                  label={t('clause.moveDown', { heading: clause.heading })}
                  icon={<ArrowDown size={15} />}
                  disabled={index === clauses.length - 1}
                  onClick={() => update((current) => moveTemplateClause(current, clause.id, index + 1))}
                />
                <IconButton
                  label={t('clause.remove', { heading: clause.heading })}
                  icon={<Trash2 size={15} />}
                  onClick={() =>
                    update((current) => {
                      const result = removeTemplateClause(current, clause.id);
                      return result.ok ? result.template : current;
                    })
                  }
                  data-testid={`template-clause-remove-${clause.id}`}
                />
              </div>
              <ClauseEditor
                clause={clause}
                number={numbers[index] ?? ''}
                wordingChanged={false}
                changedTerms={0}
                update={updateDocument}
              />
            </div>
          ))}
        </div>
      </DocumentViewContext.Provider>
      <Button
        icon={<Plus size={15} aria-hidden />}
        onClick={() =>
          update((current) =>
            addTemplateClause(current, {
              id: `clause-${crypto.randomUUID().slice(0, 8)}`,
              heading: t('clause.newHeading'),
            }),
          )
        }
        data-testid="template-add-clause"
      >
        {t('clause.add')}
      </Button>

      <h2 className="section-title">{t('sections.terms')}</h2>
      <TermsEditor template={template} update={update} />

      <h2 className="section-title">{t('sections.checklist')}</h2>
      <p className="section-hint">{t('checklist.intro')}</p>
      <ul className="te-checklist" data-testid="template-checklist">
        {LEGAL_CHECKLIST.map((item) => {
          const isRequired = required.has(item.kind);
          const lacking = missing.has(item.kind);
          return (
            <li
              key={item.kind}
              data-missing={lacking || undefined}
              data-required={isRequired || undefined}
              data-testid={`template-checklist-${item.kind}`}
            >
              <label className="te-check-choice">
                <input
                  type="checkbox"
                  checked={isRequired}
                  onChange={(event) =>
                    update((current) => {
                      const kinds = new Set(checklistOf(current).map((entry) => entry.kind));
                      if (event.target.checked) kinds.add(item.kind);
                      else kinds.delete(item.kind);
                      return setTemplateChecklist(current, kinds);
                    })
                  }
                />
                <span>{item.labels[template.language]}</span>
              </label>
              {isRequired ? (
                <span className="te-check-state">
                  {lacking ? <CircleAlert size={15} aria-hidden /> : <CheckCircle2 size={15} aria-hidden />}{' '}
                  {lacking ? t('checklist.missing') : t('checklist.present')}
                </span>
              ) : (
                <span className="te-check-state">{t('checklist.notRequired')}</span>
              )}
            </li>
          );
        })}
      </ul>

      <h2 className="section-title">{t('sections.playbook')}</h2>
      <p className="section-hint">
        {t('playbook.intro')}{' '}
        <button type="button" className="link-button" onClick={onOpenPlaybook}>
          {t('playbook.open')}
        </button>
      </p>
    </div>
  );
}

import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  Archive,
  ArchiveRestore,
  CalendarClock,
  Copy,
  Ellipsis,
  Pencil,
  SearchX,
  Trash2,
} from 'lucide-react';
import type { Template } from '../../../shared/model';
import { formatTermValue } from '../../../shared/format/formatTermValue';
import { Badge } from '../../components/Badge';
import { Button, IconButton } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Menu } from '../../components/Menu';
import { Tabs } from '../../components/Tabs';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useRepositories } from '../../src/RepositoriesContext';
import { DocumentPreview } from './DocumentPreview';
import { templateStatusOf } from '../../../shared/templates/templateLifecycle';
import { DeleteTemplateDialog } from './DeleteTemplateDialog';
import { DuplicateTemplateDialog } from './DuplicateTemplateDialog';
import { EditTemplateDialog } from './EditTemplateDialog';
import { ReviewBadge } from './ReviewBadge';
import { ReviewDateDialog } from './ReviewDateDialog';
import { TemplateFamilyBadge } from './TemplateFamilyBadge';
import { TemplateKindBadge } from './TemplateKindBadge';
import { useTemplateLifecycleActions } from './useTemplateLifecycleActions';
import { TemplatePlaybookTab } from '../playbook/TemplatePlaybookTab';
import { TemplateEditor } from '../templateEditor/TemplateEditor';
import { TemplateVersions } from '../templateEditor/TemplateVersions';
import { useTemplateWorkingCopy } from '../templateEditor/useTemplateWorkingCopy';

type OpenDialog = 'duplicate' | 'edit' | 'review' | 'delete' | null;

/** `#/templates/:id`: one template, read-only, with its history and the actions that fit it. */
export function TemplateScreen({ templateId }: { templateId: string }) {
  const { t } = useTranslation(['templates', 'common', 'playbook', 'templateEditor']);
  const { templates } = useRepositories();
  const template = useLiveQuery(
    async () => (await templates.get(templateId)) ?? null,
    [templates, templateId],
  );
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [tab, setTab] = useState('clauses');
  // Issue 12: the unsaved edit lives here, above the tabs, so switching tabs keeps it.
  const working = useTemplateWorkingCopy(templateId);
  // Coming back to an unsaved edit: open it where it was left, not the read-only view.
  const [openedRestored, setOpenedRestored] = useState<string | null>(null);
  if (working.restoredFrom && openedRestored !== templateId) {
    setOpenedRestored(templateId);
    setTab('edit');
  }

  if (template === undefined) return null;
  if (template === null)
    return (
      <EmptyState
        icon={<SearchX size={28} />}
        title={t('common:notFound.templateTitle')}
        body={t('common:notFound.templateBody')}
        action={
          <a className="btn btn-secondary" href="#/templates">
            {t('common:notFound.backToTemplates')}
          </a>
        }
      />
    );

  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };

  return (
    <div className="screen">
      <div className="screen-header template-header">
        <div className="template-heading">
          <h1 className="screen-title" data-testid="template-name">
            {template.name}
          </h1>
          <div className="template-badges">
            <TemplateKindBadge builtIn={template.builtIn} />
            <TemplateFamilyBadge template={template} />
            <Badge>{t(`common:tier.${template.tier}`)}</Badge>
            <Badge>{t(`common:language.${template.language}`)}</Badge>
            <Badge>{t('versionShort', { version: template.version })}</Badge>
            {templateStatusOf(template) === 'retired' && <Badge tone="warning">{t('retiredBadge')}</Badge>}
          </div>
        </div>
        <div className="screen-actions">
          {template.builtIn ? (
            <Button icon={<CalendarClock size={15} aria-hidden />} onClick={() => setDialog('review')}>
              {t('setReviewDate')}
            </Button>
          ) : (
            <Button
              icon={<Pencil size={15} aria-hidden />}
              onClick={() => setDialog('edit')}
              data-testid="edit-template"
            >
              {t('edit')}
            </Button>
          )}
          <Button
            variant={template.builtIn ? 'primary' : 'secondary'}
            icon={<Copy size={15} aria-hidden />}
            onClick={() => setDialog('duplicate')}
            data-testid="duplicate-template"
          >
            {t('duplicate')}
          </Button>
          {/* Built-ins have no such menu: they can be neither retired nor deleted (the page says so). */}
          {!template.builtIn && (
            <TemplateActionsMenu template={template} onDelete={() => setDialog('delete')} />
          )}
        </div>
      </div>
      {templateStatusOf(template) === 'retired' && <RetiredNotice template={template} />}
      <TemplateMeta template={template} />
      <Tabs
        label={template.name}
        value={tab}
        onValueChange={setTab}
        tabs={[
          {
            value: 'clauses',
            label: t('view.clauses'),
            content: (
              <>
                <DocumentPreview
                  clauses={template.document.clauses}
                  terms={template.document.terms}
                  language={template.language}
                />
                {template.clauseLibrary.length > 0 && (
                  <div className="optional-clauses">
                    <h2 className="section-title">{t('view.optionalClauses')}</h2>
                    <p className="section-hint">{t('view.optionalClausesHint')}</p>
                    <DocumentPreview
                      clauses={template.clauseLibrary.map((entry) => entry.clause)}
                      terms={[
                        ...template.document.terms,
                        ...template.clauseLibrary.flatMap((entry) => entry.terms),
                      ]}
                      language={template.language}
                      numbers={template.clauseLibrary.map(() => '+')}
                    />
                  </div>
                )}
              </>
            ),
          },
          ...(template.builtIn
            ? []
            : [
                {
                  value: 'edit',
                  label: t('templateEditor:tab'),
                  content: <TemplateEditor working={working} onOpenPlaybook={() => setTab('playbook')} />,
                },
              ]),
          { value: 'terms', label: t('view.terms'), content: <TermsTable template={template} /> },
          {
            value: 'playbook',
            label: t('playbook:tab'),
            content: <TemplatePlaybookTab template={template} />,
          },
          {
            value: 'history',
            label: t('view.history'),
            content: <TemplateVersions templateId={template.id} />,
          },
        ]}
      />
      {dialog === 'duplicate' && <DuplicateTemplateDialog template={template} onOpenChange={close} />}
      {dialog === 'edit' && <EditTemplateDialog template={template} onOpenChange={close} />}
      {dialog === 'review' && <ReviewDateDialog template={template} onOpenChange={close} />}
      {dialog === 'delete' && <DeleteTemplateDialog template={template} onOpenChange={close} />}
    </div>
  );
}

/** Retire or reactivate, and delete, an own template (the shared rule decides; see DeleteTemplateDialog). */
function TemplateActionsMenu({ template, onDelete }: { template: Template; onDelete(): void }) {
  const { t } = useTranslation(['templates', 'common']);
  const { retire, reactivate } = useTemplateLifecycleActions(template);
  const retired = templateStatusOf(template) === 'retired';
  return (
    <Menu
      trigger={
        <IconButton
          label={t('common:actions.more')}
          icon={<Ellipsis size={16} aria-hidden />}
          data-testid="template-actions"
        />
      }
      items={[
        retired
          ? {
              label: t('actions.reactivate'),
              icon: <ArchiveRestore size={14} aria-hidden />,
              onSelect: () => void reactivate(),
            }
          : {
              label: t('actions.retire'),
              icon: <Archive size={14} aria-hidden />,
              onSelect: () => void retire(),
            },
        null,
        {
          label: t('actions.delete'),
          icon: <Trash2 size={14} aria-hidden />,
          danger: true,
          onSelect: onDelete,
        },
      ]}
    />
  );
}

/** A retired template says so, what it means for its deals, and brings it back with one click. */
function RetiredNotice({ template }: { template: Template }) {
  const { t } = useTranslation('templates');
  const format = useLocaleFormat();
  const { templates } = useRepositories();
  const usage = useLiveQuery(() => templates.usage(template.id), [templates, template.id]);
  const { reactivate } = useTemplateLifecycleActions(template);
  const deals = usage?.lifecycle.dealsUsing;
  return (
    <div className="template-retired" role="status" data-testid="template-retired">
      <Archive size={18} aria-hidden />
      <div>
        <strong>
          {template.retiredAt
            ? t('retired.notice', { date: format.date(template.retiredAt) })
            : t('retiredBadge')}
        </strong>
        {deals !== undefined && (
          <p>{deals > 0 ? t('retired.inUse', { count: deals }) : t('retired.unused')}</p>
        )}
      </div>
      <Button icon={<ArchiveRestore size={15} aria-hidden />} onClick={() => void reactivate()}>
        {t('actions.reactivate')}
      </Button>
    </div>
  );
}

function TemplateMeta({ template }: { template: Template }) {
  const { t } = useTranslation('templates');
  const format = useLocaleFormat();
  const { templates } = useRepositories();
  const basedOn = useLiveQuery(
    async () =>
      template.basedOn
        ? ((await templates.get(template.basedOn.id, template.basedOn.version)) ?? null)
        : null,
    [templates, template.basedOn?.id, template.basedOn?.version],
  );
  return (
    <div className="template-meta">
      {template.description && <p className="template-description">{template.description}</p>}
      <dl className="meta-list">
        <div>
          <dt>{t('columns.reviewDate')}</dt>
          <dd data-testid="template-review-date">
            <ReviewBadge reviewDate={template.reviewDate} />
          </dd>
        </div>
        <div>
          <dt>{t('columns.version')}</dt>
          <dd>
            {t('versionShort', { version: template.version })} ·{' '}
            {t('view.updated', { date: format.date(template.updatedAt) })}
          </dd>
        </div>
        {template.basedOn && (
          <div>
            <dt>{t('columns.kind')}</dt>
            <dd>
              {basedOn === null
                ? t('view.basedOnDeleted', { version: template.basedOn.version })
                : t('view.basedOn', {
                    name: basedOn?.name ?? '…',
                    version: template.basedOn.version,
                  })}
            </dd>
          </div>
        )}
      </dl>
      {template.builtIn && <p className="section-hint">{t('view.readOnly')}</p>}
    </div>
  );
}

function TermsTable({ template }: { template: Template }) {
  const { t } = useTranslation('templates');
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('view.term')}</th>
          <th scope="col">{t('view.value')}</th>
        </tr>
      </thead>
      <tbody>
        {template.document.terms.map((term) => (
          <tr key={term.id}>
            <td>{term.label}</td>
            <td className="cell-strong" lang={template.language}>
              {formatTermValue(term, template.language)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

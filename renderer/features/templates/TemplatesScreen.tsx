import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { ToggleGroup } from 'radix-ui';
import { Download, FileStack, Upload } from 'lucide-react';
import { Button } from '../../components/Button';
import { PackExportDialog } from '../templateEditor/PackExportDialog';
import { PackImportDialog, usePackImport } from '../templateEditor/PackImportDialog';
import { TEMPLATE_FAMILIES, type Template } from '../../../shared/model';
import { templateFamilyOf } from '../../../shared/templates/templateFamilyOf';
import { offeredForNewDeals } from '../../../shared/templates/templateLifecycle';
import { EmptyState } from '../../components/EmptyState';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { ReviewBadge } from './ReviewBadge';
import { orderTemplates, type FamilyFilter } from './orderTemplates';
import { TemplateKindBadge } from './TemplateKindBadge';
import { useTemplatesViewStore } from './useTemplatesViewStore';

export function TemplatesScreen() {
  const { t } = useTranslation(['templates', 'common', 'templateEditor']);
  const { templates: repository } = useRepositories();
  const templates = useLiveQuery(() => repository.list(), [repository]);
  const format = useLocaleFormat();
  const family = useTemplatesViewStore((state) => state.family);
  const setFamily = useTemplatesViewStore((state) => state.setFamily);
  const [exporting, setExporting] = useState(false);
  const packImport = usePackImport();
  if (templates === undefined) return null;
  const shown = orderTemplates(templates, family, format.locale);
  // Retired templates stay listed, below the ones deals can start from.
  const active = shown.filter(offeredForNewDeals);
  const retired = shown.filter((template) => !offeredForNewDeals(template));

  return (
    <div className="screen">
      <div className="screen-header">
        <h1 className="screen-title">{t('title')}</h1>
        <div className="screen-actions">
          <Button
            icon={<Upload size={15} aria-hidden />}
            onClick={() => void packImport.start()}
            data-testid="pack-import"
          >
            {t('templateEditor:pack.import')}
          </Button>
          <Button
            icon={<Download size={15} aria-hidden />}
            onClick={() => setExporting(true)}
            data-testid="pack-export"
          >
            {t('templateEditor:pack.export')}
          </Button>
        </div>
      </div>
      {exporting && <PackExportDialog onOpenChange={(open) => setExporting(open)} />}
      {packImport.state && <PackImportDialog state={packImport.state} onClose={packImport.close} />}
      <p className="screen-subtitle">{t('intro')}</p>
      {templates.length > 0 && (
        <div className="toolbar">
          <ToggleGroup.Root
            type="single"
            className="segmented"
            aria-label={t('filter.label')}
            value={family}
            onValueChange={(value) => {
              if (value) setFamily(value as FamilyFilter);
            }}
            data-testid="template-family-filter"
          >
            {(['all', ...TEMPLATE_FAMILIES] as const).map((choice) => (
              <ToggleGroup.Item key={choice} value={choice} className="segmented-item">
                {choice === 'all' ? t('filter.all') : t(`common:familyShort.${choice}`)}
              </ToggleGroup.Item>
            ))}
          </ToggleGroup.Root>
        </div>
      )}
      {templates.length === 0 ? (
        <EmptyState icon={<FileStack size={28} />} title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <>
          <TemplatesTable templates={active} testId="templates-table" />
          {retired.length > 0 && (
            <section aria-labelledby="retired-templates-title" data-testid="retired-templates">
              <h2 className="section-title" id="retired-templates-title">
                {t('retiredSection.title')}
              </h2>
              <p className="section-hint">{t('retiredSection.hint')}</p>
              <TemplatesTable templates={retired} testId="retired-templates-table" retired />
            </section>
          )}
        </>
      )}
    </div>
  );
}

/** One table of templates; a row opens the template. Retired ones show when they were retired. */
function TemplatesTable({
  templates,
  testId,
  retired = false,
}: {
  templates: readonly Template[];
  testId: string;
  retired?: boolean;
}) {
  const { t } = useTranslation(['templates', 'common']);
  const format = useLocaleFormat();
  return (
    <table className="table table-clickable" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('columns.name')}</th>
          <th scope="col">{t('columns.family')}</th>
          <th scope="col">{t('columns.tier')}</th>
          <th scope="col">{t('columns.language')}</th>
          <th scope="col">{t('columns.version')}</th>
          <th scope="col">{t('columns.kind')}</th>
          <th scope="col">{retired ? t('columns.retiredOn') : t('columns.reviewDate')}</th>
        </tr>
      </thead>
      <tbody>
        {templates.map((template) => {
          const templateFamily = templateFamilyOf(template);
          const open = () => navigate({ screen: 'template', templateId: template.id });
          return (
            <tr
              key={template.id}
              tabIndex={0}
              data-testid="template-row"
              onClick={open}
              onKeyDown={(event) => {
                if (event.key === 'Enter') open();
              }}
            >
              <td className="cell-strong">{template.name}</td>
              <td className="cell-muted">{templateFamily ? t(`common:family.${templateFamily}`) : '–'}</td>
              <td className="cell-muted">{t(`common:tier.${template.tier}`)}</td>
              <td className="cell-muted">{t(`common:language.${template.language}`)}</td>
              <td className="cell-muted">{t('versionShort', { version: template.version })}</td>
              <td>
                <TemplateKindBadge builtIn={template.builtIn} />
              </td>
              <td className="cell-nowrap">
                {retired ? (
                  template.retiredAt ? (
                    format.date(template.retiredAt)
                  ) : (
                    '–'
                  )
                ) : (
                  <ReviewBadge reviewDate={template.reviewDate} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

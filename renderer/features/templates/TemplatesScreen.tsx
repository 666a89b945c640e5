import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { ToggleGroup } from 'radix-ui';
import { FileStack } from 'lucide-react';
import { TEMPLATE_FAMILIES } from '../../../shared/model';
import { templateFamilyOf } from '../../../shared/templates/templateFamilyOf';
import { EmptyState } from '../../components/EmptyState';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { ReviewBadge } from './ReviewBadge';
import { orderTemplates, type FamilyFilter } from './orderTemplates';
import { TemplateKindBadge } from './TemplateKindBadge';
import { useTemplatesViewStore } from './useTemplatesViewStore';

export function TemplatesScreen() {
  const { t } = useTranslation(['templates', 'common']);
  const { templates: repository } = useRepositories();
  const templates = useLiveQuery(() => repository.list(), [repository]);
  const format = useLocaleFormat();
  const family = useTemplatesViewStore((state) => state.family);
  const setFamily = useTemplatesViewStore((state) => state.setFamily);
  if (templates === undefined) return null;
  const shown = orderTemplates(templates, family, format.locale);

  return (
    <div className="screen">
      <div className="screen-header">
        <h1 className="screen-title">{t('title')}</h1>
      </div>
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
        <table className="table table-clickable" data-testid="templates-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.name')}</th>
              <th scope="col">{t('columns.family')}</th>
              <th scope="col">{t('columns.tier')}</th>
              <th scope="col">{t('columns.language')}</th>
              <th scope="col">{t('columns.version')}</th>
              <th scope="col">{t('columns.kind')}</th>
              <th scope="col">{t('columns.reviewDate')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((template) => {
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
                  <td className="cell-muted">
                    {templateFamily ? t(`common:family.${templateFamily}`) : '–'}
                  </td>
                  <td className="cell-muted">{t(`common:tier.${template.tier}`)}</td>
                  <td className="cell-muted">{t(`common:language.${template.language}`)}</td>
                  <td className="cell-muted">{t('versionShort', { version: template.version })}</td>
                  <td>
                    <TemplateKindBadge builtIn={template.builtIn} />
                  </td>
                  <td className="cell-nowrap">
                    <ReviewBadge reviewDate={template.reviewDate} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

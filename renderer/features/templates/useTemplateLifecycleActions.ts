import { useTranslation } from 'react-i18next';
import type { Template } from '../../../shared/model';
import { showToast } from '../../components/useToastStore';
import { describeError } from '../../errors/describeError';
import { useRepositories } from '../../src/RepositoriesContext';

/**
 * Retire and reactivate an own template, each one repository call (one transaction) with a toast;
 * retiring can be undone from its toast. A refusal is said as a sentence, nothing changed.
 */
export function useTemplateLifecycleActions(template: Pick<Template, 'id' | 'name'>) {
  const { t } = useTranslation(['templates', 'common']);
  const { templates } = useRepositories();
  const report = (error: unknown) => showToast({ tone: 'error', message: describeError(error) });

  async function reactivate(): Promise<void> {
    try {
      await templates.reactivate(template.id);
      showToast({ message: t('retired.reactivated', { name: template.name }) });
    } catch (error) {
      report(error);
    }
  }

  async function retire(): Promise<boolean> {
    try {
      await templates.retire(template.id);
      showToast({
        message: t('retired.done', { name: template.name }),
        action: {
          label: t('common:actions.undo'),
          run: () => templates.reactivate(template.id).then(() => undefined, report),
        },
      });
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  }

  return { retire, reactivate };
}

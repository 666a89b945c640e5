import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SearchHit } from '../../../shared/search/SearchIndex';
import { templateStatusOf } from '../../../shared/templates/templateLifecycle';
import { useRepositories } from '../../src/RepositoriesContext';

export interface SearchTitle {
  primary: string;
  secondary?: string;
  /** A retired template: still found (deals keep it), marked so nobody takes it for a current one. */
  retired?: boolean;
}

/** What the results are called (customer and title, template name), read for the hits shown only. */
export function useSearchTitles(hits: readonly SearchHit[]): ReadonlyMap<string, SearchTitle> {
  const { t } = useTranslation('common');
  const { deals, templates } = useRepositories();
  const key = hits.map((hit) => `${hit.owner.kind}:${hit.owner.id}`).join('|');
  return (
    useLiveQuery(async () => {
      const dealIds = hits.filter((hit) => hit.owner.kind === 'deal').map((hit) => hit.owner.id);
      const templateIds = hits.filter((hit) => hit.owner.kind === 'template').map((hit) => hit.owner.id);
      const titles = new Map<string, SearchTitle>();
      for (const deal of await deals.getMany(dealIds))
        titles.set(`deal:${deal.id}`, { primary: deal.customer.name, secondary: deal.title });
      for (const id of templateIds) {
        const template = await templates.get(id);
        if (template)
          titles.set(`template:${id}`, {
            primary: template.name,
            secondary: `${t(`tier.${template.tier}`)} · ${t(`language.${template.language}`)}`,
            retired: templateStatusOf(template) === 'retired',
          });
      }
      return titles;
    }, [deals, templates, key, t]) ?? new Map()
  );
}

import { TEMPLATE_FAMILIES, type Template, type TemplateFamily, type Tier } from '../../../shared/model';
import { templateFamilyOf } from '../../../shared/templates/templateFamilyOf';

/** `all`, or one family: which templates the templates screen shows. */
export type FamilyFilter = TemplateFamily | 'all';

const TIER_ORDER: Record<Tier, number> = { basic: 0, business: 1, premium: 2, custom: 3 };

/**
 * The templates of the chosen family in the order a team lead reads them: family by family (own
 * templates of no known family last), built-ins before own copies, tier by tier, German before English,
 * then by name.
 */
export function orderTemplates(
  templates: readonly Template[],
  filter: FamilyFilter,
  locale: string,
): Template[] {
  const familyRank = (template: Template) => {
    const family = templateFamilyOf(template);
    return family === undefined ? TEMPLATE_FAMILIES.length : TEMPLATE_FAMILIES.indexOf(family);
  };
  return templates
    .filter((template) => {
      if (filter === 'all') return true;
      const family = templateFamilyOf(template);
      return family === filter || family === undefined;
    })
    .sort(
      (a, b) =>
        familyRank(a) - familyRank(b) ||
        Number(b.builtIn) - Number(a.builtIn) ||
        TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
        (a.language === b.language ? 0 : a.language === 'de' ? -1 : 1) ||
        a.name.localeCompare(b.name, locale),
    );
}

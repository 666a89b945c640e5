import {
  TEMPLATE_FAMILIES,
  type Language,
  type Template,
  type TemplateFamily,
  type Tier,
} from '../../../shared/model';
import { templateFamilyOf } from '../../../shared/templates/templateFamilyOf';
import { offeredForNewDeals } from '../../../shared/templates/templateLifecycle';

/** Built-in tiers, plus the team's own templates whatever tier they were copied from. */
export type TierChoice = Exclude<Tier, 'custom'> | 'own';
export const TIER_CHOICES: TierChoice[] = ['basic', 'business', 'premium', 'own'];

/** The families the new-deal dialog offers, in the order the built-in templates ship them. */
export const FAMILY_CHOICES: readonly TemplateFamily[] = TEMPLATE_FAMILIES;

/**
 * The templates offered for a family, tier and language; built-ins first, as the repository lists them.
 * Own templates belong to the family they were copied from; one whose family nobody recorded (an own
 * copy of an own copy made before families existed) is offered under every family rather than hidden.
 * Retired templates are never offered.
 */
export function templatesFor(
  templates: readonly Template[],
  family: TemplateFamily,
  tier: TierChoice,
  language: Language,
): Template[] {
  return templates.filter((template) => {
    if (template.language !== language || !offeredForNewDeals(template)) return false;
    const ownFamily = templateFamilyOf(template);
    if (tier === 'own') return !template.builtIn && (ownFamily === undefined || ownFamily === family);
    return template.builtIn && template.tier === tier && ownFamily === family;
  });
}

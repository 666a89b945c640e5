import type { Language, Template, Tier } from '../../../shared/model';

/** Built-in tiers, plus the team's own templates whatever tier they were copied from. */
export type TierChoice = Exclude<Tier, 'custom'> | 'own';
export const TIER_CHOICES: TierChoice[] = ['basic', 'business', 'premium', 'own'];

/** The templates offered for a tier and language; built-ins first, as the repository lists them. */
export function templatesFor(
  templates: readonly Template[],
  tier: TierChoice,
  language: Language,
): Template[] {
  return templates.filter(
    (template) =>
      template.language === language &&
      (tier === 'own' ? !template.builtIn : template.builtIn && template.tier === tier),
  );
}

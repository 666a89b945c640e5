import type { Template } from '../model/template';
import { buildTemplate } from './buildTemplates';
import { HOSTING } from './families/hosting';
import { MANAGED_IT } from './families/managedIt';
import { SAAS } from './families/saas';
import { SERVICE_DESK } from './families/serviceDesk';
import type { FamilyDefinition } from './templateFamily';
import { BUILT_IN_TIERS } from './tierFigures';

/** Every family we ship, in the order the template picker and the templates screen show them. */
export const BUILT_IN_FAMILIES: readonly FamilyDefinition[] = [MANAGED_IT, HOSTING, SERVICE_DESK, SAAS];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The templates shipped with the app: each family in three tiers, in German and English (issue 12).
 * Ids are `<family>-<tier>-<language>`, e.g. `hosting-business-de`.
 * Frozen, because every deal and copy starts from these objects: tailoring a deal must clone first
 * (e.g. `structuredClone`), and an accidental in-place edit fails loudly instead of changing the template.
 */
export const BUILT_IN_TEMPLATES: readonly Template[] = deepFreeze(
  BUILT_IN_FAMILIES.flatMap((family) =>
    family.packs.flatMap((pack) => BUILT_IN_TIERS.map((tier) => buildTemplate(family, tier, pack))),
  ),
);

export function findBuiltInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}

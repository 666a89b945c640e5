import type { Template } from '../model/template';
import { buildTemplate } from './buildTemplates';
import { CLAUSE_TEXT_DE } from './clauseText.de';
import { CLAUSE_TEXT_EN } from './clauseText.en';
import { BUILT_IN_TIERS } from './tierFigures';

/** German first: most of our users negotiate in German (DESIGN §1). */
const PACKS = [CLAUSE_TEXT_DE, CLAUSE_TEXT_EN];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The templates shipped with the app: three tiers of managed IT services, each in German and English
 * (issue 2). Built from `tierFigures.ts` and the language packs; ids are `managed-it-<tier>-<language>`.
 * Frozen, because every deal and copy starts from these objects: tailoring a deal must clone first
 * (e.g. `structuredClone`), and an accidental in-place edit fails loudly instead of changing the template.
 */
export const BUILT_IN_TEMPLATES: readonly Template[] = deepFreeze(
  PACKS.flatMap((pack) => BUILT_IN_TIERS.map((tier) => buildTemplate(tier, pack))),
);

export function findBuiltInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}

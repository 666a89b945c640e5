import type { Template } from '../model/template';
import { buildTemplate } from './buildTemplates';
import { CLAUSE_TEXT_EN } from './clauseText.en';
import { BUILT_IN_TIERS } from './tierFigures';

const PACKS = [CLAUSE_TEXT_EN];

/**
 * The templates shipped with the app: three tiers of managed IT services, each in German and English
 * (issue 2). Built once from `tierFigures.ts` and the language packs; ids are `managed-it-<tier>-<language>`.
 */
export const BUILT_IN_TEMPLATES: readonly Template[] = PACKS.flatMap((pack) =>
  BUILT_IN_TIERS.map((tier) => buildTemplate(tier, pack)),
);

export function findBuiltInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}

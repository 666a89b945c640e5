import { BUILT_IN_FAMILY_VERSIONS } from '../../builtInManifest';
import type { FamilyOutline } from '../../templateFamily';
import { SAAS_FIGURES } from './figures';

/**
 * Software as a service: an application the provider runs and the customer's users reach over the
 * internet. Beyond uptime, a SaaS customer negotiates what happens to its data (backups, recovery
 * point and time, export at exit), how the product changes (releases, withdrawn features) and who
 * else processes the data (subprocessors).
 */
export const SAAS_OUTLINE = {
  id: 'saas',
  version: BUILT_IN_FAMILY_VERSIONS['saas'],
  updatedAt: '2026-12-01T00:00:00.000Z',
  clauses: [
    { id: 'scope', kind: 'parties-scope' },
    { id: 'definitions', kind: 'definitions' },
    { id: 'support-hours', kind: 'service-hours' },
    { id: 'availability', kind: 'availability' },
    { id: 'maintenance', kind: 'maintenance' },
    { id: 'exclusions', kind: 'exclusions' },
    { id: 'priorities', kind: 'priorities' },
    { id: 'backup-recovery', kind: 'other' },
    { id: 'releases', kind: 'other' },
    { id: 'service-credits', kind: 'service-credits' },
    { id: 'incentives', kind: 'incentives' },
    { id: 'reporting', kind: 'reporting' },
    { id: 'chronic-failure', kind: 'chronic-failure' },
    { id: 'review-change', kind: 'review-change' },
    { id: 'liability', kind: 'liability' },
    { id: 'force-majeure', kind: 'force-majeure' },
    { id: 'data-protection', kind: 'data-protection' },
    { id: 'data-export', kind: 'term-termination' },
  ],
  library: [
    { id: 'onboarding', kind: 'other', terms: ['onboarding_period'] },
    { id: 'test-environment', kind: 'other', terms: ['sandbox_refresh'] },
    { id: 'audits', kind: 'data-protection', terms: ['audit_notice'] },
    { id: 'earn-back', kind: 'service-credits', terms: ['earn_back_months'] },
    { id: 'exit-assistance', kind: 'term-termination', terms: ['exit_assistance_period'] },
  ],
  figures: SAAS_FIGURES,
} as const satisfies FamilyOutline;

export type SaasClauseId = (typeof SAAS_OUTLINE)['clauses'][number]['id'];
export type SaasLibraryId = (typeof SAAS_OUTLINE)['library'][number]['id'];

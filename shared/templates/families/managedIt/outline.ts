import { BUILT_IN_FAMILY_VERSIONS } from '../../builtInManifest';
import type { FamilyOutline } from '../../templateFamily';
import { MANAGED_IT_FIGURES } from './figures';

/** Managed IT services: operation of the customer's servers, network and cloud resources, with a service desk. */
export const MANAGED_IT_OUTLINE = {
  id: 'managed-it',
  version: BUILT_IN_FAMILY_VERSIONS['managed-it'],
  updatedAt: '2026-12-01T00:00:00.000Z',
  clauses: [
    { id: 'scope', kind: 'parties-scope' },
    { id: 'definitions', kind: 'definitions' },
    { id: 'service-hours', kind: 'service-hours' },
    { id: 'availability', kind: 'availability' },
    { id: 'maintenance', kind: 'maintenance' },
    { id: 'exclusions', kind: 'exclusions' },
    { id: 'priorities', kind: 'priorities' },
    { id: 'service-credits', kind: 'service-credits' },
    { id: 'incentives', kind: 'incentives' },
    { id: 'reporting', kind: 'reporting' },
    { id: 'chronic-failure', kind: 'chronic-failure' },
    { id: 'review-change', kind: 'review-change' },
    { id: 'liability', kind: 'liability' },
    { id: 'force-majeure', kind: 'force-majeure' },
    { id: 'data-protection', kind: 'data-protection' },
  ],
  library: [
    { id: 'onsite-support', kind: 'other', terms: ['onsite_arrival', 'onsite_hourly_rate'] },
    { id: 'security-incidents', kind: 'data-protection', terms: ['security_notice'] },
    { id: 'backup-restore', kind: 'other', terms: ['backup_retention', 'recovery_point'] },
    { id: 'earn-back', kind: 'service-credits', terms: ['earn_back_months'] },
    { id: 'subcontractors', kind: 'other', terms: ['subcontractor_notice'] },
    { id: 'exit-assistance', kind: 'term-termination', terms: ['exit_assistance_period'] },
  ],
  figures: MANAGED_IT_FIGURES,
} as const satisfies FamilyOutline;

export type ManagedItClauseId = (typeof MANAGED_IT_OUTLINE)['clauses'][number]['id'];
export type ManagedItLibraryId = (typeof MANAGED_IT_OUTLINE)['library'][number]['id'];

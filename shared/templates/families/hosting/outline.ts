import { BUILT_IN_FAMILY_VERSIONS } from '../../builtInManifest';
import type { FamilyOutline } from '../../templateFamily';
import { HOSTING_FIGURES } from './figures';

/**
 * Hosting and data centre: rack space with power, cooling and network (colocation) and the servers
 * the provider runs for the customer there (managed hosting). Power, climate and network are separate
 * availability commitments, because a customer's redundancy planning rests on each of them.
 */
export const HOSTING_OUTLINE = {
  id: 'hosting',
  version: BUILT_IN_FAMILY_VERSIONS['hosting'],
  updatedAt: '2026-12-01T00:00:00.000Z',
  clauses: [
    { id: 'scope', kind: 'parties-scope' },
    { id: 'definitions', kind: 'definitions' },
    { id: 'operations', kind: 'service-hours' },
    { id: 'infrastructure', kind: 'availability' },
    { id: 'availability', kind: 'availability' },
    { id: 'maintenance', kind: 'maintenance' },
    { id: 'exclusions', kind: 'exclusions' },
    { id: 'priorities', kind: 'priorities' },
    { id: 'remote-hands', kind: 'other' },
    { id: 'access', kind: 'other' },
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
    { id: 'backup-restore', kind: 'other', terms: ['backup_retention', 'recovery_point'] },
    { id: 'capacity-expansion', kind: 'other', terms: ['expansion_lead_time'] },
    { id: 'security-incidents', kind: 'data-protection', terms: ['security_notice'] },
    { id: 'earn-back', kind: 'service-credits', terms: ['earn_back_months'] },
    { id: 'exit-assistance', kind: 'term-termination', terms: ['exit_assistance_period'] },
  ],
  figures: HOSTING_FIGURES,
} as const satisfies FamilyOutline;

export type HostingClauseId = (typeof HOSTING_OUTLINE)['clauses'][number]['id'];
export type HostingLibraryId = (typeof HOSTING_OUTLINE)['library'][number]['id'];

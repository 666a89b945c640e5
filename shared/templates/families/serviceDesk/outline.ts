import { BUILT_IN_FAMILY_VERSIONS } from '../../builtInManifest';
import type { FamilyOutline } from '../../templateFamily';
import { SERVICE_DESK_FIGURES } from './figures';

/**
 * Service desk (help desk): the single point of contact for the customer's users. Its quality is
 * measured in reachability, answer times and resolution rates rather than system uptime, so the
 * availability clause is about reaching the desk and a quality clause carries the satisfaction figures.
 */
export const SERVICE_DESK_OUTLINE = {
  id: 'service-desk',
  version: BUILT_IN_FAMILY_VERSIONS['service-desk'],
  updatedAt: '2026-12-01T00:00:00.000Z',
  clauses: [
    { id: 'scope', kind: 'parties-scope' },
    { id: 'definitions', kind: 'definitions' },
    { id: 'contact', kind: 'service-hours' },
    { id: 'availability', kind: 'availability' },
    { id: 'maintenance', kind: 'maintenance' },
    { id: 'exclusions', kind: 'exclusions' },
    { id: 'priorities', kind: 'priorities' },
    { id: 'quality', kind: 'other' },
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
    { id: 'rollout-support', kind: 'other', terms: ['rollout_notice'] },
    { id: 'security-incidents', kind: 'data-protection', terms: ['security_notice'] },
    { id: 'earn-back', kind: 'service-credits', terms: ['earn_back_months'] },
    { id: 'exit-assistance', kind: 'term-termination', terms: ['exit_assistance_period'] },
  ],
  figures: SERVICE_DESK_FIGURES,
} as const satisfies FamilyOutline;

export type ServiceDeskClauseId = (typeof SERVICE_DESK_OUTLINE)['clauses'][number]['id'];
export type ServiceDeskLibraryId = (typeof SERVICE_DESK_OUTLINE)['library'][number]['id'];

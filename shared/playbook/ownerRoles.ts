import { z } from 'zod';
import type { Language } from '../model/document';

/**
 * Who owns a term's limits and approves a value in its `limit` band (DESIGN §1: talk to support,
 * technology, finance; legal signs off legal clauses). Persisted: renaming a role needs a migration.
 */
export const OWNER_ROLES = ['support', 'technology', 'finance', 'legal', 'management'] as const;
export const OwnerRole = z.enum(OWNER_ROLES);
export type OwnerRole = z.infer<typeof OwnerRole>;

export const OWNER_ROLE_NAMES: Readonly<Record<Language, Readonly<Record<OwnerRole, string>>>> = {
  en: {
    support: 'support',
    technology: 'technology',
    finance: 'finance',
    legal: 'legal',
    management: 'management',
  },
  de: {
    support: 'Support',
    technology: 'Technik',
    finance: 'Finanzen',
    legal: 'Recht',
    management: 'Geschäftsführung',
  },
};

const FINANCE = /^(monthly_fee|credit_|bonus_|onsite_hourly_rate|earn_back)/;
const SUPPORT = /^(p\d+_(response|resolution)|onsite_arrival|report_|change_response)/;
const LEGAL = /^(liability_|force_majeure|chronic_failure|data_location|subcontractor|exit_assistance)/;

/**
 * The role that usually owns a term, offered when a team lead adds it to a playbook: money and
 * credits to finance, response times to support, legal exposure to legal, the rest to technology.
 */
export function suggestedOwner(termId: string): OwnerRole {
  if (FINANCE.test(termId)) return 'finance';
  if (SUPPORT.test(termId)) return 'support';
  if (LEGAL.test(termId)) return 'legal';
  return 'technology';
}

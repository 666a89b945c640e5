import type { Favours, TermKind } from '../model/term';

/**
 * The negotiable terms of the built-in templates: kind and which direction favours the customer.
 * Ids are stable semantic keys shared by every template, playbook, check and redline
 * (changing an id needs a migration). Values live in `tierFigures.ts`, labels in `clauseText.*.ts`.
 *
 * Directions (favours = the direction that is better for the CUSTOMER; we, the provider, want the other):
 * | term                          | favours | why                                                                 |
 * |-------------------------------|---------|---------------------------------------------------------------------|
 * | availability                  | higher  | more guaranteed uptime                                              |
 * | measurement_interval          | lower   | finer checks catch short outages                                    |
 * | maintenance_notice            | higher  | more time to prepare for planned downtime                           |
 * | maintenance_window_hours      | lower   | less downtime excused as maintenance                                |
 * | maintenance_window_slot       | neither | free text (when maintenance may happen)                             |
 * | service_hours                 | neither | choice; options run from narrowest to widest coverage               |
 * | pN_response, pN_resolution    | lower   | faster help                                                         |
 * | credit_bandN_below            | higher  | the band starts paying at a higher (earlier) availability           |
 * | credit_bandN_credit           | higher  | larger credit                                                       |
 * | credit_cap                    | higher  | more of the fee can be credited                                     |
 * | credit_claim_deadline         | higher  | more time to claim                                                  |
 * | bonus_threshold               | higher  | the provider must perform better before it may charge a bonus       |
 * | bonus_amount                  | lower   | the customer pays less bonus                                        |
 * | report_interval               | neither | choice (monthly / quarterly); options run from most to least often  |
 * | report_due                    | lower   | the report arrives sooner                                           |
 * | chronic_failure_months        | lower   | fewer missed months are needed before the customer may terminate    |
 * | chronic_failure_window        | higher  | misses further apart still add up to a chronic failure              |
 * | chronic_failure_notice        | lower   | the customer can leave a failing service sooner                     |
 * | review_interval               | neither | both sides gain from regular reviews                                |
 * | change_response               | lower   | the customer's change requests are answered sooner                  |
 * | liability_cap                 | higher  | more of the damage is recoverable                                   |
 * | monthly_fee                   | lower   | the customer pays less                                              |
 * | force_majeure_exit            | neither | the exit right after prolonged force majeure is mutual              |
 * | data_location                 | neither | choice; a policy question rather than a better/worse scale          |
 * | onsite_arrival                | lower   | (library) technician arrives sooner                                 |
 * | onsite_hourly_rate            | lower   | (library) cheaper on-site work                                      |
 * | security_notice               | lower   | (library) earlier notice of a security incident                     |
 * | exit_assistance_period        | higher  | (library) longer help when moving to another provider               |
 * | subcontractor_notice          | higher  | (library) more time to object to a new subcontractor                |
 * | earn_back_months              | higher  | (library) the provider must perform longer to earn a credit back    |
 * | backup_retention              | higher  | (library) older backups can still be restored                       |
 * | recovery_point                | lower   | (library) less data lost in a restore                               |
 */

export const PRIORITY_LEVELS = [1, 2, 3, 4] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];
export const CREDIT_BANDS = [1, 2, 3] as const;
export type CreditBand = (typeof CREDIT_BANDS)[number];

export type PriorityTermKey = `p${PriorityLevel}_${'response' | 'resolution'}`;
export type CreditTermKey = `credit_band${CreditBand}_${'below' | 'credit'}`;

/** Choice terms store a language-neutral key in the figures; each language names the options. */
export const CHOICE_KEYS = {
  service_hours: ['weekdays-standard', 'weekdays-extended', 'weekdays-saturday', 'always'],
  report_interval: ['monthly', 'quarterly'],
  data_location: ['germany', 'eu-eea'],
} as const;
export type ChoiceTermKey = keyof typeof CHOICE_KEYS;
export type ChoiceKey<K extends ChoiceTermKey> = (typeof CHOICE_KEYS)[K][number];

/** Text terms with a default wording per language, chosen by a key in the figures. */
export const TEXT_KEYS = {
  maintenance_window_slot: ['saturday-night', 'sunday-early', 'sunday-night'],
} as const;
export type TextTermKey = keyof typeof TEXT_KEYS;
export type TextKey<K extends TextTermKey> = (typeof TEXT_KEYS)[K][number];

export type DocumentTermKey =
  | 'availability'
  | 'measurement_interval'
  | 'maintenance_notice'
  | 'maintenance_window_hours'
  | TextTermKey
  | 'service_hours'
  | PriorityTermKey
  | CreditTermKey
  | 'credit_cap'
  | 'credit_claim_deadline'
  | 'bonus_threshold'
  | 'bonus_amount'
  | 'report_interval'
  | 'report_due'
  | 'chronic_failure_months'
  | 'chronic_failure_window'
  | 'chronic_failure_notice'
  | 'review_interval'
  | 'change_response'
  | 'liability_cap'
  | 'monthly_fee'
  | 'force_majeure_exit'
  | 'data_location';

export type LibraryTermKey =
  | 'onsite_arrival'
  | 'onsite_hourly_rate'
  | 'security_notice'
  | 'exit_assistance_period'
  | 'subcontractor_notice'
  | 'earn_back_months'
  | 'backup_retention'
  | 'recovery_point';

export type TermKey = DocumentTermKey | LibraryTermKey;

export interface TermSpec {
  kind: TermKind;
  favours: Favours;
}

function priorityAndCreditSpecs(): Record<PriorityTermKey | CreditTermKey, TermSpec> {
  const specs = {} as Record<PriorityTermKey | CreditTermKey, TermSpec>;
  for (const level of PRIORITY_LEVELS) {
    specs[`p${level}_response`] = { kind: 'duration', favours: 'lower' };
    specs[`p${level}_resolution`] = { kind: 'duration', favours: 'lower' };
  }
  for (const band of CREDIT_BANDS) {
    specs[`credit_band${band}_below`] = { kind: 'percent', favours: 'higher' };
    specs[`credit_band${band}_credit`] = { kind: 'percent', favours: 'higher' };
  }
  return specs;
}

export const TERM_SPECS: Record<TermKey, TermSpec> = {
  availability: { kind: 'percent', favours: 'higher' },
  measurement_interval: { kind: 'duration', favours: 'lower' },
  maintenance_notice: { kind: 'duration', favours: 'higher' },
  maintenance_window_hours: { kind: 'duration', favours: 'lower' },
  maintenance_window_slot: { kind: 'text', favours: 'neither' },
  service_hours: { kind: 'choice', favours: 'neither' },
  ...priorityAndCreditSpecs(),
  credit_cap: { kind: 'percent', favours: 'higher' },
  credit_claim_deadline: { kind: 'duration', favours: 'higher' },
  bonus_threshold: { kind: 'percent', favours: 'higher' },
  bonus_amount: { kind: 'percent', favours: 'lower' },
  report_interval: { kind: 'choice', favours: 'neither' },
  report_due: { kind: 'duration', favours: 'lower' },
  chronic_failure_months: { kind: 'count', favours: 'lower' },
  chronic_failure_window: { kind: 'duration', favours: 'higher' },
  chronic_failure_notice: { kind: 'duration', favours: 'lower' },
  review_interval: { kind: 'duration', favours: 'neither' },
  change_response: { kind: 'duration', favours: 'lower' },
  liability_cap: { kind: 'percent', favours: 'higher' },
  monthly_fee: { kind: 'money', favours: 'lower' },
  force_majeure_exit: { kind: 'duration', favours: 'neither' },
  data_location: { kind: 'choice', favours: 'neither' },
  onsite_arrival: { kind: 'duration', favours: 'lower' },
  onsite_hourly_rate: { kind: 'money', favours: 'lower' },
  security_notice: { kind: 'duration', favours: 'lower' },
  exit_assistance_period: { kind: 'duration', favours: 'higher' },
  subcontractor_notice: { kind: 'duration', favours: 'higher' },
  earn_back_months: { kind: 'count', favours: 'higher' },
  backup_retention: { kind: 'duration', favours: 'higher' },
  recovery_point: { kind: 'duration', favours: 'lower' },
};

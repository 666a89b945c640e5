import type { Favours, TermKind } from '../model/term';

/**
 * The negotiable terms of the built-in templates: kind and which direction favours the customer.
 * Ids are stable semantic keys shared by every template family, playbook, check and redline: where two
 * families mean the same thing (availability, P1 response time, credit cap …) they use the same id, so a
 * playbook range or a monitoring rule follows it everywhere. Changing an id needs a migration.
 * Values live in each family's `figures.ts`, labels in `vocabulary.*.ts`.
 *
 * Directions (favours = the direction that is better for the CUSTOMER; we, the provider, want the other):
 * | term                          | favours | why                                                                 |
 * |-------------------------------|---------|---------------------------------------------------------------------|
 * | availability                  | higher  | more guaranteed uptime (of the service the family is about)         |
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
 * | onsite_arrival                | lower   | technician arrives sooner                                           |
 * | onsite_hourly_rate            | lower   | cheaper on-site work                                                |
 * | security_notice               | lower   | earlier notice of a security incident                               |
 * | exit_assistance_period        | higher  | longer help when moving to another provider                         |
 * | subcontractor_notice          | higher  | more time to object to a new subcontractor (or subprocessor)        |
 * | earn_back_months              | higher  | the provider must perform longer before a credit lapses             |
 * | backup_retention              | higher  | older backups can still be restored                                 |
 * | recovery_point                | lower   | less data lost in a restore (RPO)                                   |
 * | recovery_time                 | lower   | the service is back sooner after a disaster (RTO)                   |
 * | covered_users                 | higher  | more users are covered by the fee                                   |
 * | power_availability            | higher  | hosting: power at the rack fails less                               |
 * | cooling_availability          | higher  | hosting: the climate stays within range for more of the time        |
 * | climate_range                 | neither | hosting: text (temperature and humidity corridor)                   |
 * | network_availability          | higher  | hosting: the uplink fails less                                      |
 * | hardware_replacement          | lower   | hosting: a defective part is replaced sooner                        |
 * | remote_hands_response         | lower   | hosting: hands-on work in the data centre starts sooner             |
 * | remote_hands_included         | higher  | hosting: more hands-on hours included in the fee                    |
 * | remote_hands_rate             | lower   | hosting: cheaper hands-on hours beyond the included ones            |
 * | access_hours                  | neither | hosting: choice; options run from narrowest to widest               |
 * | access_notice                 | lower   | hosting: the customer may visit at shorter notice                   |
 * | infrastructure_credit         | higher  | hosting: larger credit for a missed power/cooling/network target    |
 * | expansion_lead_time           | lower   | hosting: extra rack space is ready sooner                           |
 * | ticket_channels               | neither | service desk: choice; options run from fewest to most channels      |
 * | support_languages             | neither | service desk: choice; options run from fewest to most languages     |
 * | ticket_acknowledgement        | lower   | service desk: written tickets are confirmed sooner                  |
 * | call_answer_rate              | higher  | service desk: more calls answered within the answer time            |
 * | call_answer_time              | lower   | service desk: calls are answered sooner                             |
 * | abandon_rate                  | lower   | service desk: fewer callers give up                                 |
 * | first_contact_resolution      | higher  | service desk: more requests solved at the first contact             |
 * | customer_satisfaction         | higher  | service desk: more satisfied users are promised                     |
 * | request_fulfilment            | lower   | service desk: standard requests are done sooner                     |
 * | volume_tolerance              | higher  | service desk: more tickets above forecast are still covered         |
 * | kpi_credit                    | higher  | service desk: larger credit per missed quality figure               |
 * | bonus_satisfaction_threshold  | higher  | service desk: users must be happier before a bonus is due           |
 * | rollout_notice                | lower   | service desk: the customer may announce a rollout at shorter notice |
 * | release_notice                | higher  | SaaS: more time to prepare for a new major release                  |
 * | deprecation_notice            | higher  | SaaS: more time before a feature or interface is removed            |
 * | data_export_period            | higher  | SaaS: more time to export the data at the end                       |
 * | data_deletion_period          | lower   | SaaS: the data is gone sooner once the export period is over        |
 * | sandbox_refresh               | lower   | SaaS: the test environment mirrors production more closely          |
 * | audit_notice                  | lower   | SaaS: the customer may audit at shorter notice                      |
 * | onboarding_period             | lower   | SaaS: the application is ready for use sooner                       |
 */

export const PRIORITY_LEVELS = [1, 2, 3, 4] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];
export const CREDIT_BANDS = [1, 2, 3] as const;
export type CreditBand = (typeof CREDIT_BANDS)[number];

export type PriorityTermKey = `p${PriorityLevel}_${'response' | 'resolution'}`;
export type CreditTermKey = `credit_band${CreditBand}_${'below' | 'credit'}`;

/**
 * Choice terms store a language-neutral key in the figures; each language names the options.
 * Persisted inside templates as the option's label, so a key may be added but its meaning never changed.
 */
export const CHOICE_KEYS = {
  service_hours: ['weekdays-standard', 'weekdays-extended', 'weekdays-saturday', 'always'],
  access_hours: ['weekdays-standard', 'weekdays-extended', 'always'],
  report_interval: ['monthly', 'quarterly'],
  data_location: ['germany', 'eu-eea'],
  ticket_channels: ['portal-email', 'portal-email-phone', 'portal-email-phone-chat'],
  support_languages: ['german', 'english', 'german-english', 'german-english-french'],
} as const;
export type ChoiceTermKey = keyof typeof CHOICE_KEYS;
export type ChoiceKey<K extends ChoiceTermKey> = (typeof CHOICE_KEYS)[K][number];

/** Text terms with a default wording per language, chosen by a key in the figures. */
export const TEXT_KEYS = {
  maintenance_window_slot: ['saturday-night', 'sunday-early', 'sunday-night'],
  climate_range: ['standard', 'narrow'],
} as const;
export type TextTermKey = keyof typeof TEXT_KEYS;
export type TextKey<K extends TextTermKey> = (typeof TEXT_KEYS)[K][number];

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

const percent = (favours: Favours): TermSpec => ({ kind: 'percent', favours });
const duration = (favours: Favours): TermSpec => ({ kind: 'duration', favours });

/** Every term id a built-in template may carry; `satisfies` keeps the kinds honest, `as const` the ids. */
export const TERM_SPECS = {
  availability: percent('higher'),
  measurement_interval: duration('lower'),
  maintenance_notice: duration('higher'),
  maintenance_window_hours: duration('lower'),
  maintenance_window_slot: { kind: 'text', favours: 'neither' },
  service_hours: { kind: 'choice', favours: 'neither' },
  ...priorityAndCreditSpecs(),
  credit_cap: percent('higher'),
  credit_claim_deadline: duration('higher'),
  bonus_threshold: percent('higher'),
  bonus_amount: percent('lower'),
  report_interval: { kind: 'choice', favours: 'neither' },
  report_due: duration('lower'),
  chronic_failure_months: { kind: 'count', favours: 'lower' },
  chronic_failure_window: duration('higher'),
  chronic_failure_notice: duration('lower'),
  review_interval: duration('neither'),
  change_response: duration('lower'),
  liability_cap: percent('higher'),
  monthly_fee: { kind: 'money', favours: 'lower' },
  force_majeure_exit: duration('neither'),
  data_location: { kind: 'choice', favours: 'neither' },
  onsite_arrival: duration('lower'),
  onsite_hourly_rate: { kind: 'money', favours: 'lower' },
  security_notice: duration('lower'),
  exit_assistance_period: duration('higher'),
  subcontractor_notice: duration('higher'),
  earn_back_months: { kind: 'count', favours: 'higher' },
  backup_retention: duration('higher'),
  recovery_point: duration('lower'),
  recovery_time: duration('lower'),
  covered_users: { kind: 'count', favours: 'higher' },
  // Hosting and data centre
  power_availability: percent('higher'),
  cooling_availability: percent('higher'),
  climate_range: { kind: 'text', favours: 'neither' },
  network_availability: percent('higher'),
  hardware_replacement: duration('lower'),
  remote_hands_response: duration('lower'),
  remote_hands_included: duration('higher'),
  remote_hands_rate: { kind: 'money', favours: 'lower' },
  access_hours: { kind: 'choice', favours: 'neither' },
  access_notice: duration('lower'),
  infrastructure_credit: percent('higher'),
  expansion_lead_time: duration('lower'),
  // Service desk
  ticket_channels: { kind: 'choice', favours: 'neither' },
  support_languages: { kind: 'choice', favours: 'neither' },
  ticket_acknowledgement: duration('lower'),
  call_answer_rate: percent('higher'),
  call_answer_time: duration('lower'),
  abandon_rate: percent('lower'),
  first_contact_resolution: percent('higher'),
  customer_satisfaction: percent('higher'),
  request_fulfilment: duration('lower'),
  volume_tolerance: percent('higher'),
  kpi_credit: percent('higher'),
  bonus_satisfaction_threshold: percent('higher'),
  rollout_notice: duration('lower'),
  // Software as a service
  release_notice: duration('higher'),
  deprecation_notice: duration('higher'),
  data_export_period: duration('higher'),
  data_deletion_period: duration('lower'),
  sandbox_refresh: duration('lower'),
  audit_notice: duration('lower'),
  onboarding_period: duration('lower'),
} as const satisfies Record<string, TermSpec>;

export type TermKey = keyof typeof TERM_SPECS;

export function isTermKey(id: string): id is TermKey {
  return Object.hasOwn(TERM_SPECS, id);
}

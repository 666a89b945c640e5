import type { Currency, DurationUnit } from '../model/term';
import type {
  ChoiceKey,
  ChoiceTermKey,
  DocumentTermKey,
  LibraryTermKey,
  TextKey,
  TextTermKey,
} from './termSpecs';

/** The three tiers we ship templates for (`custom` is for own templates). */
export const BUILT_IN_TIERS = ['basic', 'business', 'premium'] as const;
export type BuiltInTier = (typeof BUILT_IN_TIERS)[number];

/** One value of a term, independent of language; choices and texts name a key the language pack spells out. */
export type Figure =
  | { kind: 'percent'; value: number }
  | { kind: 'duration'; value: number; unit: DurationUnit }
  | { kind: 'money'; value: number; currency: Currency }
  | { kind: 'count'; value: number }
  | { kind: 'choice'; key: string }
  | { kind: 'text'; key: string };

const pct = (value: number): Figure => ({ kind: 'percent', value });
const dur = (value: number, unit: DurationUnit): Figure => ({ kind: 'duration', value, unit });
const eur = (value: number): Figure => ({ kind: 'money', value, currency: 'EUR' });
const count = (value: number): Figure => ({ kind: 'count', value });
const choice = <K extends ChoiceTermKey>(_term: K, key: ChoiceKey<K>): Figure => ({ kind: 'choice', key });
const text = <K extends TextTermKey>(_term: K, key: TextKey<K>): Figure => ({ kind: 'text', key });

/** Terms only some tiers have: a fourth priority and a third credit band. */
type OptionalDocumentTermKey = 'p4_response' | 'p4_resolution' | 'credit_band3_below' | 'credit_band3_credit';

export interface TierFigures {
  document: Record<Exclude<DocumentTermKey, OptionalDocumentTermKey>, Figure> &
    Partial<Record<OptionalDocumentTermKey, Figure>>;
  library: Record<LibraryTermKey, Figure>;
}

/**
 * Every figure of the built-in templates, in one place, so German and English always agree.
 * Response and resolution times run within the service hours; the first credit band starts at the
 * availability target, so a missed target always pays something.
 */
export const TIER_FIGURES: Record<BuiltInTier, TierFigures> = {
  basic: {
    document: {
      monthly_fee: eur(1_500),
      service_hours: choice('service_hours', 'weekdays-standard'),
      availability: pct(99.5),
      measurement_interval: dur(5, 'minutes'),
      maintenance_window_slot: text('maintenance_window_slot', 'saturday-night'),
      maintenance_window_hours: dur(8, 'hours'),
      maintenance_notice: dur(3, 'business-days'),
      p1_response: dur(4, 'hours'),
      p1_resolution: dur(16, 'hours'),
      p2_response: dur(8, 'hours'),
      p2_resolution: dur(3, 'business-days'),
      p3_response: dur(2, 'business-days'),
      p3_resolution: dur(10, 'business-days'),
      credit_band1_below: pct(99.5),
      credit_band1_credit: pct(5),
      credit_band2_below: pct(99),
      credit_band2_credit: pct(10),
      credit_cap: pct(10),
      credit_claim_deadline: dur(30, 'days'),
      bonus_threshold: pct(99.9),
      bonus_amount: pct(1),
      report_interval: choice('report_interval', 'quarterly'),
      report_due: dur(10, 'business-days'),
      chronic_failure_months: count(3),
      chronic_failure_window: dur(6, 'months'),
      chronic_failure_notice: dur(30, 'days'),
      review_interval: dur(12, 'months'),
      change_response: dur(10, 'business-days'),
      liability_cap: pct(50),
      force_majeure_exit: dur(60, 'days'),
      data_location: choice('data_location', 'eu-eea'),
    },
    library: {
      onsite_arrival: dur(2, 'business-days'),
      onsite_hourly_rate: eur(120),
      security_notice: dur(48, 'hours'),
      exit_assistance_period: dur(3, 'months'),
      subcontractor_notice: dur(30, 'days'),
      earn_back_months: count(3),
      backup_retention: dur(14, 'days'),
      recovery_point: dur(24, 'hours'),
    },
  },
  business: {
    document: {
      monthly_fee: eur(4_200),
      service_hours: choice('service_hours', 'weekdays-extended'),
      availability: pct(99.9),
      measurement_interval: dur(1, 'minutes'),
      maintenance_window_slot: text('maintenance_window_slot', 'sunday-early'),
      maintenance_window_hours: dur(6, 'hours'),
      maintenance_notice: dur(5, 'business-days'),
      p1_response: dur(1, 'hours'),
      p1_resolution: dur(8, 'hours'),
      p2_response: dur(4, 'hours'),
      p2_resolution: dur(2, 'business-days'),
      p3_response: dur(8, 'hours'),
      p3_resolution: dur(5, 'business-days'),
      credit_band1_below: pct(99.9),
      credit_band1_credit: pct(5),
      credit_band2_below: pct(99.5),
      credit_band2_credit: pct(10),
      credit_band3_below: pct(99),
      credit_band3_credit: pct(20),
      credit_cap: pct(20),
      credit_claim_deadline: dur(45, 'days'),
      bonus_threshold: pct(99.98),
      bonus_amount: pct(2),
      report_interval: choice('report_interval', 'monthly'),
      report_due: dur(5, 'business-days'),
      chronic_failure_months: count(3),
      chronic_failure_window: dur(12, 'months'),
      chronic_failure_notice: dur(30, 'days'),
      review_interval: dur(12, 'months'),
      change_response: dur(5, 'business-days'),
      liability_cap: pct(75),
      force_majeure_exit: dur(45, 'days'),
      data_location: choice('data_location', 'eu-eea'),
    },
    library: {
      onsite_arrival: dur(8, 'hours'),
      onsite_hourly_rate: eur(110),
      security_notice: dur(24, 'hours'),
      exit_assistance_period: dur(6, 'months'),
      subcontractor_notice: dur(30, 'days'),
      earn_back_months: count(3),
      backup_retention: dur(30, 'days'),
      recovery_point: dur(12, 'hours'),
    },
  },
  premium: {
    document: {
      monthly_fee: eur(9_800),
      service_hours: choice('service_hours', 'always'),
      availability: pct(99.95),
      measurement_interval: dur(1, 'minutes'),
      maintenance_window_slot: text('maintenance_window_slot', 'sunday-night'),
      maintenance_window_hours: dur(4, 'hours'),
      maintenance_notice: dur(10, 'business-days'),
      p1_response: dur(15, 'minutes'),
      p1_resolution: dur(4, 'hours'),
      p2_response: dur(1, 'hours'),
      p2_resolution: dur(12, 'hours'),
      p3_response: dur(4, 'hours'),
      p3_resolution: dur(3, 'business-days'),
      p4_response: dur(1, 'business-days'),
      p4_resolution: dur(10, 'business-days'),
      credit_band1_below: pct(99.95),
      credit_band1_credit: pct(10),
      credit_band2_below: pct(99.9),
      credit_band2_credit: pct(20),
      credit_band3_below: pct(99.5),
      credit_band3_credit: pct(30),
      credit_cap: pct(30),
      credit_claim_deadline: dur(60, 'days'),
      bonus_threshold: pct(99.99),
      bonus_amount: pct(3),
      report_interval: choice('report_interval', 'monthly'),
      report_due: dur(3, 'business-days'),
      chronic_failure_months: count(2),
      chronic_failure_window: dur(12, 'months'),
      chronic_failure_notice: dur(14, 'days'),
      review_interval: dur(6, 'months'),
      change_response: dur(5, 'business-days'),
      liability_cap: pct(100),
      force_majeure_exit: dur(30, 'days'),
      data_location: choice('data_location', 'germany'),
    },
    library: {
      onsite_arrival: dur(4, 'hours'),
      onsite_hourly_rate: eur(95),
      security_notice: dur(12, 'hours'),
      exit_assistance_period: dur(6, 'months'),
      subcontractor_notice: dur(60, 'days'),
      earn_back_months: count(6),
      backup_retention: dur(90, 'days'),
      recovery_point: dur(4, 'hours'),
    },
  },
};

import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../../shared/model';

/** App settings, one record per key. Persisted: renaming a key needs a migration. */
export const Settings = z.object({
  uiLanguage: z.enum(['de', 'en', 'system']),
  /** Our company's name as it appears as the provider in new deals. */
  providerName: z.string().trim().max(300),
  /** Written into rounds and into tracked changes of exported redlines. */
  authorName: z.string().trim().max(200),
  /** When the user last saved a backup themselves (download or file); '' = never. Browser mode reminds after 7 days. */
  lastBackupAt: z.union([IsoDateTime, z.literal('')]),
  /** When the last automatic backup was written and verified (Electron); '' = never. */
  lastAutomaticBackupAt: z.union([IsoDateTime, z.literal('')]),
  /**
   * When an automatic backup last failed; '' = never. Shown until a later one succeeds (issue 9: a
   * failed automatic backup is shown until one succeeds).
   */
  automaticBackupFailedAt: z.union([IsoDateTime, z.literal('')]),
  /**
   * Whether the first start offered the sample deal (issue 12): `not-yet` until the app has decided,
   * then `created` or `skipped` for good, so deleting the sample deal never brings it back.
   */
  sampleDeal: z.enum(['not-yet', 'created', 'skipped']),
  /** Issue 10: the rest of our company profile (the name is `providerName`), copied into each deal. */
  companyAddress: z.string().trim().max(1_000),
  companySignatory: z.string().trim().max(300),
  /** Safety margins of the back-to-back check: points below the suppliers' composite availability … */
  safetyMarginPoints: z.number().finite().min(0).max(10),
  /** … minutes added to the slowest supplier's response time … */
  safetyMarginMinutes: z.number().finite().min(0).max(10_080),
  /** … and the lowest margin of price over supplier cost, in percent of the price. */
  minimumMarginPercent: z.number().finite().min(-100).max(100),
});
export type Settings = z.infer<typeof Settings>;

export const SETTINGS_DEFAULTS: Readonly<Settings> = Object.freeze({
  uiLanguage: 'system',
  providerName: '',
  authorName: '',
  lastBackupAt: '',
  lastAutomaticBackupAt: '',
  automaticBackupFailedAt: '',
  sampleDeal: 'not-yet',
  companyAddress: '',
  companySignatory: '',
  // Defaults as issue 10 suggests them; the team changes them in Settings.
  safetyMarginPoints: 0.05,
  safetyMarginMinutes: 30,
  minimumMarginPercent: 20,
});

/**
 * Settings-table key for review dates of built-in templates (template id → date), kept outside the
 * Settings type because no settings screen edits it. Persisted: renaming needs a migration.
 */
export const BUILT_IN_REVIEW_DATES_KEY = 'builtInTemplateReviewDates';
export const BuiltInReviewDates = z.record(z.string(), IsoDate);

/** A stored settings record; values of known keys are checked against their schema. */
export const SettingRecord = z
  .object({ key: z.string().min(1).max(200), value: z.unknown() })
  .superRefine((record, ctx) => {
    const schema =
      record.key === BUILT_IN_REVIEW_DATES_KEY
        ? BuiltInReviewDates
        : Object.hasOwn(Settings.shape, record.key)
          ? Settings.shape[record.key as keyof Settings]
          : undefined;
    const result = schema?.safeParse(record.value);
    if (result && !result.success)
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] });
  });
export type SettingRecord = z.infer<typeof SettingRecord>;

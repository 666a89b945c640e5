import { z } from 'zod';

/** App settings, one record per key. Persisted: renaming a key needs a migration. */
export const Settings = z.object({
  uiLanguage: z.enum(['de', 'en', 'system']),
  /** Our company's name as it appears as the provider in new deals. */
  providerName: z.string().trim().max(300),
  /** Written into rounds and into tracked changes of exported redlines. */
  authorName: z.string().trim().max(200),
});
export type Settings = z.infer<typeof Settings>;

export const SETTINGS_DEFAULTS: Readonly<Settings> = Object.freeze({
  uiLanguage: 'system',
  providerName: '',
  authorName: '',
});

import { SETTINGS_DEFAULTS, Settings } from '../Settings';
import { validateOrThrow } from '../ValidationError';
import type { RepositoryDeps } from './RepositoryDeps';

export interface SettingsRepository {
  /** The stored value, or the default when unset or unreadable. */
  get<K extends keyof Settings>(key: K): Promise<Settings[K]>;
  /** Validates the value (ValidationError, nothing written) and stores it. */
  set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void>;
  /** Every setting, defaults filled in. */
  getAll(): Promise<Settings>;
}

const KEYS = Object.keys(SETTINGS_DEFAULTS) as (keyof Settings)[];

export function createSettingsRepository(deps: RepositoryDeps): SettingsRepository {
  const { db } = deps;

  async function get<K extends keyof Settings>(key: K): Promise<Settings[K]> {
    const record = await db.settings.get(key);
    if (record === undefined) return SETTINGS_DEFAULTS[key];
    const result = Settings.shape[key].safeParse(record.value);
    if (result.success) return result.data as Settings[K];
    deps.reportInvalid({
      table: 'settings',
      key,
      message: result.error.issues[0]?.message ?? 'invalid value',
    });
    return SETTINGS_DEFAULTS[key];
  }

  return {
    get,
    async set(key, value) {
      if (!KEYS.includes(key)) throw new TypeError(`Unknown setting ${String(key)}`);
      const valid = validateOrThrow(Settings.shape[key], value, `setting ${key}`);
      await db.settings.put({ key, value: valid });
    },
    async getAll() {
      const entries = await Promise.all(KEYS.map(async (key) => [key, await get(key)] as const));
      return Object.fromEntries(entries) as Settings;
    },
  };
}

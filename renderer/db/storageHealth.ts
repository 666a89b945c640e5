export type StorageLevel = 'ok' | 'low' | 'critical';

export interface StorageHealth {
  usage: number;
  quota: number;
  /** Bytes still available to the app. */
  free: number;
  level: StorageLevel;
}

type Estimate = () => Promise<{ usage?: number; quota?: number }>;

const MB = 1024 * 1024;
/** Below either limit the app warns; below the critical ones it asks for a backup before more work. */
export const STORAGE_THRESHOLDS = {
  lowFraction: 0.1,
  lowBytes: 200 * MB,
  criticalFraction: 0.02,
  criticalBytes: 50 * MB,
} as const;

function defaultEstimate(): Estimate | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage?.estimate ? () => storage.estimate() : undefined;
}

/**
 * How full the browser's storage for the app is. A full disk makes IndexedDB writes fail with
 * QuotaExceededError, so the UI warns early. Undefined when the browser does not say.
 */
export async function checkStorage(
  estimate: Estimate | undefined = defaultEstimate(),
): Promise<StorageHealth | undefined> {
  if (!estimate) return undefined;
  let result: { usage?: number; quota?: number };
  try {
    result = await estimate();
  } catch {
    return undefined;
  }
  const { usage, quota } = result;
  if (typeof usage !== 'number' || typeof quota !== 'number' || !(quota > 0)) return undefined;
  const free = Math.max(0, quota - usage);
  const fraction = free / quota;
  const t = STORAGE_THRESHOLDS;
  const level: StorageLevel =
    fraction < t.criticalFraction || free < t.criticalBytes
      ? 'critical'
      : fraction < t.lowFraction || free < t.lowBytes
        ? 'low'
        : 'ok';
  return { usage, quota, free, level };
}

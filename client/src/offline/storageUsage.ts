/** How much this site stores and may store in this browser, and whether it is kept. */
export interface StorageUsage {
  /** Bytes used and allowed; null when the browser does not say. */
  readonly usage: number | null;
  readonly quota: number | null;
  /** The browser promised not to evict this site's data under storage pressure. */
  readonly persisted: boolean;
}

/** Above this share of the quota, the person is warned before storage runs out. */
export const QUOTA_WARNING_SHARE = 0.8;

/** Reads the browser's storage estimate and persistence. Never throws. */
export async function readStorageUsage(): Promise<StorageUsage> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  try {
    const [estimate, persisted] = await Promise.all([
      storage?.estimate?.() ?? Promise.resolve(undefined),
      storage?.persisted?.() ?? Promise.resolve(false),
    ]);
    return {
      usage: estimate?.usage ?? null,
      quota: estimate?.quota ?? null,
      persisted,
    };
  } catch {
    return { usage: null, quota: null, persisted: false };
  }
}

/** Asks the browser to keep this site's data under storage pressure; true when it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** True when usage is close enough to the quota to warn. */
export function nearQuota({ usage, quota }: StorageUsage): boolean {
  return usage !== null && quota !== null && quota > 0 && usage / quota >= QUOTA_WARNING_SHARE;
}

/** Bytes in a unit people read (kB, MB, GB), in the given locale. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = value < 10 && unit > 0 ? 1 : 0;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}

/**
 * navigator.storage: whether the browser keeps Beredt's data persistently, and how much is used.
 */
export interface StorageStatus {
  supported: boolean;
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

export async function getStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persisted) return { supported: false };
  const [persisted, estimate] = await Promise.all([
    storage.persisted().catch(() => false),
    storage.estimate ? storage.estimate().catch(() => ({}) as StorageEstimate) : Promise.resolve({} as StorageEstimate),
  ]);
  return { supported: true, persisted, usage: estimate.usage, quota: estimate.quota };
}

/** Asks the browser to keep the data. Browsers decide by their own rules; resolves the answer. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** "1.2 MB" in the user's locale. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

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

const PERSIST_ASKED_KEY = 'beredt.persistAsked';

/**
 * Asks once per device for persistent storage, so the browser does not evict the household's
 * data under storage pressure. Chromium answers by its own rules without a prompt; Firefox asks
 * the user. Later requests are the user's, from the About page. Resolves the answer, or
 * undefined when it was asked before or cannot be asked.
 */
export async function requestPersistenceOnce(): Promise<boolean | undefined> {
  try {
    if (!navigator.storage?.persist || localStorage.getItem(PERSIST_ASKED_KEY)) return undefined;
    if (await navigator.storage.persisted()) return true;
    localStorage.setItem(PERSIST_ASKED_KEY, new Date().toISOString());
  } catch {
    return undefined;
  }
  return requestPersistence();
}

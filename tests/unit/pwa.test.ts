import { beforeEach, describe, expect, test, vi } from 'vitest';
import { clearChunkReloadFlag, reloadOnce } from '../../src/lib/pwa/lazy-page';
import { requestPersistenceOnce } from '../../src/lib/storage/storage-status';

describe('reloadOnce (a missing chunk after a deploy)', () => {
  beforeEach(() => sessionStorage.clear());

  test('reloads the first time, then never again in the same session', () => {
    const reload = vi.fn();
    expect(reloadOnce(reload)).toBe(true);
    expect(reloadOnce(reload)).toBe(false);
    expect(reloadOnce(reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('after the app has started fine, a later deploy may reload once again', () => {
    const reload = vi.fn();
    reloadOnce(reload);
    clearChunkReloadFlag();
    expect(reloadOnce(reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});

describe('requestPersistenceOnce', () => {
  beforeEach(() => localStorage.clear());

  test('asks once per device, and not when already persisted', async () => {
    const persist = vi.fn(async () => true);
    const persisted = vi.fn(async () => false);
    vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted } });
    await expect(requestPersistenceOnce()).resolves.toBe(true);
    await expect(requestPersistenceOnce()).resolves.toBeUndefined();
    expect(persist).toHaveBeenCalledTimes(1);

    localStorage.clear();
    persisted.mockResolvedValue(true);
    await expect(requestPersistenceOnce()).resolves.toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  test('does nothing where the browser has no storage manager', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    await expect(requestPersistenceOnce()).resolves.toBeUndefined();
    vi.unstubAllGlobals();
  });
});

/**
 * React.lazy with a guard for deploys: if a lazy chunk fails to load (the page was opened before
 * an update removed that file), reload the page ONCE to pick up the new build. A second failure
 * in the same session is shown by the error boundary instead of looping.
 */
import { lazy, type ComponentType } from 'react';

const RELOADED_KEY = 'beredt.chunkReload';

/**
 * Reloads the page unless it was already reloaded for a missing chunk in this session.
 * Returns whether it reloaded. `reload` is a parameter for tests.
 */
export function reloadOnce(reload: () => void = () => window.location.reload()): boolean {
  try {
    if (sessionStorage.getItem(RELOADED_KEY)) return false;
    sessionStorage.setItem(RELOADED_KEY, String(Date.now()));
  } catch {
    return false;
  }
  reload();
  return true;
}

/** Call once the app has rendered fine, so a later deploy may reload once again. */
export function clearChunkReloadFlag(): void {
  try {
    sessionStorage.removeItem(RELOADED_KEY);
  } catch {
    /* storage unavailable: nothing to clear */
  }
}

export function installPreloadErrorHandler(): void {
  // Vite fires this when a modulepreload or dynamic import of a hashed chunk fails.
  window.addEventListener('vite:preloadError', (event) => {
    if (reloadOnce()) event.preventDefault();
  });
}

export function lazyPage<T extends ComponentType<object>>(load: () => Promise<{ default: T }>) {
  return lazy(() =>
    load().catch((err: unknown) => {
      if (reloadOnce()) return new Promise<{ default: T }>(() => {});
      throw err;
    }),
  );
}

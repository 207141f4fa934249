/**
 * Start-up: language first (so nothing shows a raw key), then the shell. The database opens and
 * the content packs load in the background; the shell renders whatever happens to storage.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { openDatabase, reportStorageError } from './lib/db/db-status';
import { initI18n } from './lib/i18n/i18n';
import { loadPacks } from './lib/packs/load-packs';
import { clearChunkReloadFlag, installPreloadErrorHandler } from './lib/pwa/lazy-page';
import { requestPersistenceOnce } from './lib/storage/storage-status';
import './styles/app.css';

installPreloadErrorHandler();
window.addEventListener('unhandledrejection', (event) => {
  const name = (event.reason as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError' || (event.reason as { inner?: { name?: string } })?.inner?.name === 'QuotaExceededError') {
    reportStorageError(event.reason);
  }
});

const dbReady = openDatabase();

await initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

/** Runs after the first paint, when the main thread is idle (or after 2 s at the latest). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

// Content packs are brought up to date after the shell has painted: on a first visit that is
// the heaviest work of the start, and nothing on the start page waits for it.
void dbReady.then((ok) => {
  if (ok) {
    whenIdle(() => {
      void loadPacks().then(clearChunkReloadFlag);
      void requestPersistenceOnce();
    });
  }
  else clearChunkReloadFlag();
});

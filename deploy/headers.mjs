/**
 * Production response headers: the single source for scripts/serve.mjs (npm start) and the
 * values deploy/nginx.conf must carry (tests/e2e/nginx.e2e.test.ts checks both servers).
 *
 * The CSP allows nothing but the app's own origin: no inline scripts, no eval, no third party.
 * worker-src/img-src allow blob: because maplibre builds images and may build workers from
 * blobs; style-src allows no inline <style> (React style props use CSSOM, which CSP allows).
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "manifest-src 'self'",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files that must be revalidated on every load so an update is seen. */
export const NO_CACHE = ['/index.html', '/sw.js', '/manifest.webmanifest', '/registerSW.js', '/packs/index.json'];

/** Content-hashed build output: cache for a year. */
export const IMMUTABLE_PREFIX = '/assets/';

/** @param {string} pathname */
export function cacheControlFor(pathname) {
  // The shell, and every deep link (no file extension), which is answered with index.html.
  const last = pathname.split('/').pop() ?? '';
  if (NO_CACHE.includes(pathname) || pathname.endsWith('.html') || !last.includes('.')) return 'no-cache';
  if (pathname.startsWith(IMMUTABLE_PREFIX)) return 'public, max-age=31536000, immutable';
  if (pathname.startsWith('/workbox-')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

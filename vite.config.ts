import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
/** Differs per build, so a rebuilt app is a new service-worker version (tests build A and B). */
const buildId = process.env.BEREDT_BUILD_ID ?? new Date().toISOString().replace(/[-:]|\.\d+Z$/g, '').replace('T', '.');

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __BUILD_ID__: JSON.stringify(buildId),
  },
  build: {
    target: 'es2022',
    // maplibre's worker is its own file; keep the main bundle free of it.
    chunkSizeWarningLimit: 1200,
  },
  plugins: [
    react(),
    VitePWA({
      // Prompt mode: a new version waits until the user chooses to reload (src/lib/pwa/).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        id: '/',
        name: 'Beredt – klar til kriser',
        short_name: 'Beredt',
        description:
          'Forbered dig på kriser og klar dem uden net: hjemmeberedskab, beskyttelsesrum, vejledning, øvelser og din plan.',
        lang: 'da',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#0b4a6f',
        categories: ['utilities', 'education', 'lifestyle'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
        shortcuts: [
          { name: 'Hvad gør jeg nu?', url: '/guidance/now' },
          { name: 'Beskyttelsesrum', url: '/shelters' },
        ],
      },
      workbox: {
        // Everything the app needs offline travels in the precache: shell, locale chunks, the
        // map worker (.mjs), content and data packs (.json), glyphs (.pbf).
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,webmanifest,json,pbf,woff2}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/packs\//, /^\/assets\//],
        maximumFileSizeToCacheInBytes: 25 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // No runtime caching: there is nothing optional to fetch, and nothing third-party.
        runtimeCaching: [],
      },
    }),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});

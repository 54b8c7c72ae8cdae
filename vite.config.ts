import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { PRECACHE_GLOBS } from './client/src/sw/sw-routes.ts'

// One config for the client build (root `client/`, output `dist/client`) and for Vitest.
export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [
    react(),
    // The offline app shell (client/src/sw/sw.ts, README: Offline): Workbox is bundled into
    // /sw.js at build time, no CDN; registration is in main.tsx, no web app manifest.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: PRECACHE_GLOBS,
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  resolve: {
    // Two copies of yjs break `instanceof` checks and transaction origins (yjs#438).
    dedupe: ['yjs'],
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 900,
  },
  server: {
    // `npm run dev` (server/scripts/dev.ts): Vite on 5173 with hot reload; the API and the
    // WebSocket go to the app server started next to it on PORT (default 8080).
    port: 5173,
    proxy: {
      '/api': `http://127.0.0.1:${process.env.PORT || '8080'}`,
      '/collab': { target: `http://127.0.0.1:${process.env.PORT || '8080'}`, ws: true },
    },
  },
  test: {
    root: '.',
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
})

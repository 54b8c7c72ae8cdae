import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// One config for the client build (root `client/`, output `dist/client`) and for Vitest.
export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [react()],
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

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One file for the client build (root: client/, output: client/dist, served by the server)
// and for the Vitest projects of every workspace.
const SERVER_URL = 'http://localhost:3000';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // JSON assets (tldraw's translations) stay files of our own origin: inlined as data: URLs they would be fetched
    // from data:, which the pages' Content-Security-Policy (connect-src 'self') rightly refuses.
    assetsInlineLimit: (file: string) => (file.endsWith('.json') ? false : undefined),
  },
  server: {
    // `npm run dev` in one terminal, `npx vite` in another: the dev server proxies the API.
    proxy: {
      '/api': SERVER_URL,
      '/socket.io': { target: SERVER_URL, ws: true },
      '/yjs': { target: SERVER_URL, ws: true },
    },
  },
  test: {
    root: '.',
    projects: [
      { test: { name: 'shared', root: 'shared', include: ['src/**/*.test.ts'] } },
      { test: { name: 'server', root: 'server', include: ['src/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      {
        extends: true,
        test: { name: 'client', root: 'client', include: ['src/**/*.test.{ts,tsx}'] },
      },
      {
        test: {
          name: 'e2e',
          root: 'e2e',
          include: ['src/**/*.test.ts'],
          // One server and one browser for every file (e2e/src/globalSetup.ts).
          globalSetup: ['src/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

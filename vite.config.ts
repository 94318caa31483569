import { availableParallelism } from 'node:os';
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
    // Two files per core. Most files spend much of their time waiting — on sockets, a browser, a server process
    // starting or being killed — not computing: with one file per core a 2-core machine sat partly idle while its
    // longest files (the kill -9 test, session five, the wall) ran in turn. Vitest's default (one core less) ran one.
    maxWorkers: availableParallelism() * 2,
    projects: [
      // isolate: false — a worker keeps its loaded modules from one file to the next. Loading them afresh for every
      // file was most of these projects' time (client: 57 files, ~100 s → ~8 s measured); the tests keep no state in
      // modules between files (servers, stores and clients are made per file and closed after it).
      // 30 s a test, as on the server: the property tests over many random boards take seconds on a loaded machine.
      { test: { name: 'shared', root: 'shared', include: ['src/**/*.test.ts'], testTimeout: 30_000, isolate: false } },
      { test: { name: 'server', root: 'server', include: ['src/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, isolate: false } },
      // The React plugin of its own rather than `extends: true`: a project extending this file would also take
      // maxWorkers from it, where the others take the run's (so `--maxWorkers` would set them apart, which Vitest refuses).
      {
        plugins: [react()],
        test: { name: 'client', root: 'client', include: ['src/**/*.test.{ts,tsx}'], isolate: false },
      },
      {
        test: {
          name: 'e2e',
          root: 'e2e',
          include: ['src/**/*.test.ts'],
          // One server and one browser for every file (e2e/src/globalSetup.ts). Each scenario makes its own workshop
          // and browser contexts, so files run side by side, and beside the other projects' files.
          globalSetup: ['src/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // As above: playwright-core and the document parsers are loaded once per worker, not once per file.
          isolate: false,
        },
      },
    ],
  },
});

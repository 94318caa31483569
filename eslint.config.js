import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The arrows point into shared/: client and server never import each other, and shared/ imports
// no runtime (node, DOM frameworks, Express, Socket.io, tldraw, ws).
const runtimeImports = ['node:*', 'express', 'socket.io', 'socket.io-client', 'react', 'react-dom', 'tldraw', '@tldraw/*', 'ws', 'pg', '@electric-sql/*'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: runtimeImports, message: 'shared/ is the pure domain: it imports no runtime.' }, { group: ['**/server/**', '**/client/**', '@roundtable/server*', '@roundtable/client*'], message: 'Arrows point into shared/.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'localStorage'],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/client/**', '@roundtable/client*'], message: 'The server never imports the client: share through shared/.' }] }] },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**', '@roundtable/server*'], message: 'The client never imports the server: share through shared/.' }] }] },
  },
);

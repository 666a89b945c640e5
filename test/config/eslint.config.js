// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The domain stays pure: it runs in Node, the renderer and a worker alike (CONVENTIONS 1). */
const runtimeImports = [
  { name: 'react', message: 'shared/ is pure domain code: no React.' },
  { name: 'react-dom', message: 'shared/ is pure domain code: no React.' },
  { name: 'zustand', message: 'shared/ is pure domain code: no UI state.' },
  { name: 'dexie', message: 'shared/ is pure domain code: storage lives in renderer/db.' },
  { name: 'dexie-react-hooks', message: 'shared/ is pure domain code.' },
  { name: 'electron', message: 'shared/ is pure domain code: no Electron.' },
  ...['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'buffer', 'worker_threads'].map(
    (name) => ({ name, message: 'shared/ is pure domain code: no Node built-ins.' }),
  ),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      'coverage/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: runtimeImports,
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure domain code: no Node built-ins.' },
            {
              group: ['@tiptap/*', 'radix-ui', '@radix-ui/*'],
              message: 'shared/ is pure domain code: no UI.',
            },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ must not import a process folder.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'localStorage', message: 'shared/ has no DOM.' },
        { name: 'process', message: 'shared/ has no Node.' },
        { name: 'require', message: 'shared/ has no Node.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches Electron only through renderer/platform.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node access.' },
            { group: ['**/electron/**'], message: 'The renderer must not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches Electron only through renderer/platform.' },
            { name: 'dexie', message: 'Screens use the repositories in renderer/db, never Dexie directly.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node access.' },
            { group: ['**/electron/**'], message: 'The renderer must not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,mts,mjs}', 'test/**/*.{ts,mjs,js}', '**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
);

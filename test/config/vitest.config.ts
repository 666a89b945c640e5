import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.ts',
      'test/docx/**/*.test.ts',
      'test/fuzz/**/*.test.ts',
      'test/security/**/*.test.ts',
    ],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Every core (Vitest's default leaves one free: on a two-core machine one file at a time, 1.5 × the time).
    maxWorkers: availableParallelism(),
  },
});

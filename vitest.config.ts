import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['analyzer/**/*.test.ts', 'asvs/**/*.test.ts', 'store/**/*.test.ts', 'report/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'test/fixtures/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

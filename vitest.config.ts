import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/model/**/*.test.ts', 'test/build/**/*.test.ts'],
    testTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globals: true, // the LangGraph checkpoint conformance suite uses Jest-style globals
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

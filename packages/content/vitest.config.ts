import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Property tests and the real third-party files: under turbo's parallel tasks on two cores the
    // default 5 s measures machine load, not correctness.
    testTimeout: 60_000,
  },
})

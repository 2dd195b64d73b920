import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/test.ts'],
    // Property tests run hundreds of generated cases; under turbo's parallel tasks on two cores
    // the default 5 s is a measure of machine load, not of correctness.
    testTimeout: 60_000,
  },
})

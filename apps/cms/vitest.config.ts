import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(dirname, 'src/payload.config.ts') },
  },
  test: {
    include: ['test/**/*.int.spec.ts', 'src/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    env: {
      // Throwaway values: each suite boots its own Payload on its own database.
      PAYLOAD_SECRET: 'vitest-only-secret-not-used-anywhere-else',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
})

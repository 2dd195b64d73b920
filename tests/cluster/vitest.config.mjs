// The cluster suite (docs/deploy.md, "Production topology"): real Varnish, Redis, two site instances
// and the CMS on ports 4060–4064 (CLUSTER_PORT_BASE). Run: npm run test:cluster
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.cluster.test.mjs'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Every test runs against the same topology, in the order written.
    sequence: { concurrent: false, shuffle: false },
  },
})

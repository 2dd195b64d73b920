#!/usr/bin/env node
// `npm run start:cluster`: the production topology on this machine (docs/deploy.md, "Production
// topology"): the CMS, Redis as Next's shared cache, two site instances and Varnish in front.
// Installs Debian's varnish, varnish-modules and redis-server when missing (as root). Ctrl+C stops all.
import { rm } from 'node:fs/promises'
import path from 'node:path'

import { bringUpCluster, clusterPorts } from './lib/cluster.mjs'
import { stopAll } from './lib/processes.mjs'
import { root } from './lib/stack.mjs'

const log = (m) => console.info(`[cluster] ${m}`)
let runDir = null

async function stop(code) {
  await stopAll()
  if (runDir) await rm(runDir, { recursive: true, force: true })
  process.exit(code)
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(130))

try {
  const ports = clusterPorts()
  const up = await bringUpCluster({ dataDir: path.resolve(root, process.env.DATA_DIR || '.data'), ports, log })
  runDir = up.runDir
  console.info('')
  console.info(`  Site (Varnish):  http://localhost:${ports.varnish}`)
  console.info(`  Site instances:  ${up.urls.sites.join(', ')}`)
  console.info(`  Redis:           ${up.urls.redis}`)
  console.info(`  Admin:           http://localhost:${ports.cms}/admin  (first visit: create the first user)`)
  console.info('')
  console.info('Press Ctrl+C to stop.')
} catch (error) {
  console.error(`[cluster] ${error instanceof Error ? error.message : String(error)}`)
  await stop(1)
}

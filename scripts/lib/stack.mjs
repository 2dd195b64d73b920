// Bringing the whole stack up: build the CMS, migrate and seed, serve it, build the site against it,
// serve that. Shared by scripts/versus.mjs (start, e2e) and the benchmarks in bench/.
import { rm } from 'node:fs/promises'
import path from 'node:path'

import { ensureSecrets } from './secrets.mjs'
import { run, startServer, waitForHttp, assertPortFree } from './processes.mjs'

export const root = path.resolve(import.meta.dirname, '..', '..')
export const cmsDir = path.join(root, 'apps/cms')
export const webDir = path.join(root, 'apps/web')
export const nextBin = path.join(root, 'node_modules/next/dist/bin/next')

/**
 * `next start` for the CMS: an idle kept-alive connection is closed after 5 s (docs/deploy.md,
 * "Timeouts, connection caps and sign-in throttling"; the same as `npm start -w @versus/cms`).
 */
export function cmsStartArgs(port) {
  return [nextBin, 'start', '-p', String(port), '--keepAliveTimeout', '5000']
}

export const baseEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
}

/** Environment both apps share: where the data lives, the two URLs, and the secrets. */
export async function appEnv({ dataDir, cmsPort, webPort, distDir }) {
  const secrets = await ensureSecrets(dataDir, process.env)
  return {
    ...baseEnv,
    ...secrets,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    CMS_URL: process.env.CMS_URL || `http://localhost:${cmsPort}`,
    SITE_URL: process.env.SITE_URL || `http://localhost:${webPort}`,
    ...(distDir ? { NEXT_DIST_DIR: distDir } : {}),
  }
}

/**
 * Build the CMS, migrate and seed, serve it, then build the site against it (so pages prerender
 * from real content) and serve that too. Resolves with the apps' environment once both answer.
 * Stop the servers with `stopAll()` from processes.mjs.
 */
export async function bringUp({ dataDir, cmsPort, webPort, distDir, log }) {
  await assertPortFree(cmsPort)
  await assertPortFree(webPort)
  const env = await appEnv({ dataDir, cmsPort, webPort, distDir })
  log(`Data folder: ${dataDir}`)
  log('Building the CMS…')
  await run(process.execPath, [nextBin, 'build'], { cwd: cmsDir, env })
  log('Migrating and seeding the demo content…')
  await run('npm', ['run', 'seed', '--silent'], { cwd: cmsDir, env })
  log('Starting the CMS…')
  startServer('cms', process.execPath, cmsStartArgs(cmsPort), { cwd: cmsDir, env })
  await waitForHttp(`http://localhost:${cmsPort}/api/globals/site`, 120_000)
  log('Building the site against the CMS…')
  // Next keeps fetched data between builds (DIST/cache/fetch-cache); data fetched from another
  // database (an earlier run, a reseed) must not be baked into this build's pages.
  await rm(path.join(webDir, distDir || '.next', 'cache', 'fetch-cache'), { recursive: true, force: true })
  await run(process.execPath, [nextBin, 'build'], { cwd: webDir, env })
  startServer('web', process.execPath, [nextBin, 'start', '-p', String(webPort)], { cwd: webDir, env })
  await waitForHttp(`http://localhost:${webPort}/`, 120_000)
  return env
}

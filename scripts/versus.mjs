#!/usr/bin/env node
// The one entry point a newcomer needs: `npm start` builds, migrates, seeds and serves both apps;
// `npm test` runs every suite. Subcommands: start | dev | seed | test | e2e | import | export | serve-for-tests.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ensureSecrets } from './lib/secrets.mjs'
import { run, serverPid, stopAll } from './lib/processes.mjs'
import { appEnv, baseEnv, bringUp, cmsDir, nextBin, root } from './lib/stack.mjs'
import { enginesPresent } from './lib/cluster.mjs'
import { summarize } from './lib/summary.mjs'

function dataDirFrom(env) {
  return path.resolve(root, env.DATA_DIR || '.data')
}

async function start() {
  const dataDir = dataDirFrom(process.env)
  const cmsPort = Number(process.env.CMS_PORT || 3001)
  const webPort = Number(process.env.WEB_PORT || 3000)
  await bringUp({ dataDir, cmsPort, webPort, log: (m) => console.info(`[versus] ${m}`) })
  console.info('')
  console.info(`  Site:  http://localhost:${webPort}`)
  console.info(`  Admin: http://localhost:${cmsPort}/admin  (first visit: create the first user)`)
  console.info('')
  console.info('Press Ctrl+C to stop.')
  await new Promise(() => {})
}

async function dev() {
  const dataDir = dataDirFrom(process.env)
  const secrets = await ensureSecrets(dataDir, process.env)
  const env = { ...baseEnv, ...secrets, DATA_DIR: dataDir }
  await run(path.join(root, 'node_modules/.bin/turbo'), ['run', 'dev'], { cwd: root, env })
}

async function seed() {
  const dataDir = dataDirFrom(process.env)
  const env = await appEnv({ dataDir, cmsPort: 3001, webPort: 3000 })
  await run('npm', ['run', 'seed', '--silent'], { cwd: cmsDir, env })
}

/**
 * `npm run import -- FILE [--dry-run]` and `npm run export -- FILE`: the CMS's transfer CLI on the
 * same migrated database, secrets and site URL as `npm start` (docs/import-format.md).
 */
function transfer(subcommand) {
  return async () => {
    const dataDir = dataDirFrom(process.env)
    const env = await appEnv({
      dataDir,
      cmsPort: Number(process.env.CMS_PORT || 3001),
      webPort: Number(process.env.WEB_PORT || 3000),
    })
    // Paths are relative to where the command was typed; the CLI runs in apps/cms.
    const args = process.argv
      .slice(3)
      .map((arg) => (arg.startsWith('--') ? arg : path.resolve(process.env.INIT_CWD || process.cwd(), arg)))
    const { code } = await run('npm', ['run', subcommand, '--silent', '--', ...args], {
      cwd: cmsDir,
      env,
      allowFailure: true,
    })
    return code
  }
}

/** A CMS the resilience spec started in place of the one it stopped (tests/e2e/resilience.e2e.spec.ts). */
async function stopRestartedCms(dataDir) {
  const pid = Number(await readFile(path.join(dataDir, 'cms-restarted.pid'), 'utf8').catch(() => ''))
  if (!pid) return
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    return // already gone
  }
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    try {
      process.kill(-pid, 0)
    } catch {
      return
    }
  }
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // gone meanwhile
  }
}

/** Browser tests on their own ports, data folder and build folders, so a running `npm start` is untouched. */
async function runBrowserTests() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'versus-e2e-'))
  const cmsPort = Number(process.env.E2E_CMS_PORT || 3101)
  const webPort = Number(process.env.E2E_WEB_PORT || 3100)
  let result = { code: 1, output: '' }
  try {
    const env = await bringUp({
      dataDir,
      cmsPort,
      webPort,
      distDir: '.next-e2e',
      log: (m) => console.info(`[e2e] ${m}`),
    })
    result = await run(
      path.join(root, 'node_modules/.bin/playwright'),
      ['test', ...process.argv.slice(3)],
      {
        cwd: path.join(root, 'tests'),
        env: {
          ...env,
          NODE_ENV: 'test',
          E2E_DATA_DIR: dataDir,
          E2E_PASSWORD: randomBytes(18).toString('base64url'),
          // The resilience spec stops the CMS's process group and starts a new one (cms-restarted.pid).
          E2E_CMS_PID: String(serverPid('cms') ?? ''),
        },
        allowFailure: true,
        capture: true,
      },
    )
  } finally {
    await stopAll()
    await stopRestartedCms(dataDir)
    if (!process.env.KEEP_E2E_DATA) await rm(dataDir, { recursive: true, force: true })
  }
  return result
}

/**
 * The production-topology suite (tests/cluster, docs/deploy.md "Production topology"): real Varnish
 * and Redis, so it runs where they are installed (.ci/run installs them) and is skipped elsewhere.
 */
async function runClusterTests({ cmsBuild }) {
  if (process.env.SKIP_CLUSTER) {
    console.info('[versus] SKIP_CLUSTER set: cluster tests skipped')
    return { code: 0, output: '' }
  }
  if (!enginesPresent()) {
    console.info('[versus] cluster tests skipped: install varnish, varnish-modules and redis-server to run them')
    return { code: process.env.CI ? 1 : 0, output: '' }
  }
  return run(path.join(root, 'node_modules/.bin/vitest'), ['run', '--config', 'tests/cluster/vitest.config.mjs'], {
    cwd: root,
    env: { ...baseEnv, ...(cmsBuild ? { CLUSTER_CMS_BUILD: cmsBuild } : {}) },
    allowFailure: true,
    capture: true,
  })
}

async function e2e() {
  const { code } = await runBrowserTests()
  return code
}

/** Every suite: unit, property and integration tests through turbo, the browser tests, the cluster tests. */
async function test() {
  const unit = await run(path.join(root, 'node_modules/.bin/turbo'), ['run', 'lint', 'check-types', 'test', '--output-logs=full', '--continue'], {
    cwd: root,
    env: { ...baseEnv, NODE_ENV: 'test' },
    allowFailure: true,
    capture: true,
  })
  let browser = { code: 0, output: '' }
  if (process.env.SKIP_E2E) {
    console.info('[versus] SKIP_E2E set: browser tests skipped')
  } else {
    try {
      browser = await runBrowserTests()
    } catch (error) {
      console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`)
      browser = { code: 1, output: '' }
    }
  }
  let cluster = { code: 0, output: '' }
  try {
    // The browser tests just built the CMS from this tree into .next-e2e: the cluster serves that build.
    cluster = await runClusterTests({ cmsBuild: process.env.SKIP_E2E || browser.code !== 0 ? null : '.next-e2e' })
  } catch (error) {
    console.error(`[cluster] ${error instanceof Error ? error.message : String(error)}`)
    cluster = { code: 1, output: '' }
  }
  const total = summarize(unit.output + '\n' + browser.output + '\n' + cluster.output)
  console.info('')
  for (const line of total.lines) console.info(line)
  const failedRun = unit.code !== 0 || browser.code !== 0 || cluster.code !== 0
  const failed = total.failed + (failedRun && total.failed === 0 ? 1 : 0)
  console.info(`${total.passed} passed, ${failed} failed`)
  return failedRun ? 1 : 0
}

const commands = { start, dev, seed, e2e, test, import: transfer('import'), export: transfer('export') }
const name = process.argv[2] ?? 'start'
const command = commands[name]
if (!command) {
  console.error(`Unknown command "${name}". Use one of: ${Object.keys(commands).join(', ')}`)
  process.exit(2)
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll().finally(() => process.exit(130))
  })
}
if (!existsSync(nextBin)) {
  console.error('Dependencies are missing: run `npm install` first.')
  process.exit(2)
}
command()
  .then(async (code) => {
    await stopAll()
    process.exit(typeof code === 'number' ? code : 0)
  })
  .catch(async (error) => {
    console.error(`[versus] ${error instanceof Error ? error.message : String(error)}`)
    await stopAll()
    process.exit(1)
  })

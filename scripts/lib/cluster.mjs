// The production topology on one machine (docs/deploy.md, "Production topology"): the CMS, Redis
// as Next's shared cache, two site instances, Varnish in front. Shared by scripts/cluster.mjs
// (`npm run start:cluster`) and the cluster test suite (tests/cluster).
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { assertPortFree, run, startServer, waitForHttp } from './processes.mjs'
import { appEnv, cmsDir, cmsStartArgs, nextBin, root, webDir } from './stack.mjs'

export const vclDir = path.join(root, 'ops/varnish')
const ENGINES = { varnishd: 'varnish', 'redis-server': 'redis-server' }

function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const hasXkey = () => has('varnishd') && execFileSync('sh', ['-c', 'ls /usr/lib/*/varnish/vmods/ 2>/dev/null || true']).toString().includes('libvmod_xkey')

/** Whether Varnish (with the xkey vmod) and Redis are installed. */
export function enginesPresent() {
  return has('varnishd') && has('redis-server') && hasXkey()
}

/**
 * Installs Debian's varnish, varnish-modules and redis-server when one is missing and we are root
 * (non-interactive). Services the packages would start are not used: everything here runs as a
 * plain process on loopback ports we choose.
 */
export async function ensureEngines(log) {
  if (enginesPresent()) return
  const missing = [...Object.entries(ENGINES).filter(([bin]) => !has(bin)).map(([, pkg]) => pkg), ...(hasXkey() ? [] : ['varnish-modules'])]
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing ${missing.join(', ')}: run as root to install them, or: sudo apt-get install -y varnish varnish-modules redis-server`)
  }
  log(`Installing ${[...new Set(missing)].join(', ')} from Debian…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  await run('apt-get', ['update', '-qq'], { cwd: root, env })
  await run('apt-get', ['install', '-y', '-qq', 'varnish', 'varnish-modules', 'redis-server'], { cwd: root, env })
}

/** versus-site.vcl for these site ports and this purge secret (see ops/varnish/versus-site.example.vcl). */
export function siteVcl({ sitePorts, purgeSecret }) {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(purgeSecret)) throw new Error('the purge secret must be 16+ letters, digits, _ or -')
  const backends = sitePorts.map(
    (port, i) =>
      `backend site_${i + 1} { .host = "127.0.0.1"; .port = "${port}"; .probe = site_probe; .connect_timeout = 1s; .first_byte_timeout = 30s; }`,
  )
  return `# Written by scripts/lib/cluster.mjs for this run.
probe site_probe { .url = "/"; .interval = 1s; .timeout = 2s; .window = 3; .threshold = 2; .initial = 2; }
${backends.join('\n')}
sub vcl_init {
    new site = directors.round_robin();
${sitePorts.map((_, i) => `    site.add_backend(site_${i + 1});`).join('\n')}
}
acl purgers { "127.0.0.1"; "::1"; }
sub versus_check_purge_secret {
    if (req.http.x-purge-secret != "${purgeSecret}") {
        return (synth(403, "Forbidden"));
    }
}
`
}

/** Ports of one topology; `varnish` is the public one (SITE_URL). */
export function clusterPorts(env = process.env) {
  const sitePorts = (env.SITE_PORTS || '3010,3011').split(',').map(Number)
  return {
    varnish: Number(env.WEB_PORT || 3000),
    cms: Number(env.CMS_PORT || 3001),
    sites: sitePorts,
    redis: Number(env.REDIS_PORT || 6380),
  }
}

export function startRedis(port) {
  return startServer('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'], {
    cwd: root,
    env: process.env,
  })
}

/**
 * One site instance. Not `-H 127.0.0.1`: Next 16.4 then names its own origin 127.0.0.1 but gives the
 * proxy `localhost`, so every rewrite there (drafts, not-found pages) would leave the server as a
 * proxied request. It listens on every interface, as `npm start` does; keep the instance ports
 * behind a firewall in production (docs/deploy.md).
 */
export function startSite(name, port, env) {
  return startServer(name, process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: webDir,
    env: { ...env, PORT: String(port) },
  })
}

export function startVarnish(port, runDir) {
  return startServer(
    'varnish',
    'varnishd',
    ['-F', '-a', `127.0.0.1:${port}`, '-f', path.join(runDir, 'versus.vcl'), '-p', `vcl_path=${runDir}`, '-n', path.join(runDir, 'varnish'), '-s', 'malloc,64m', '-s', 'notfound=malloc,8m'],
    { cwd: runDir, env: process.env },
  )
}

/** Waits until redis-server answers PING. */
export async function waitForRedis(port, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if (execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() === 'PONG') return
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`redis-server on ${port} did not answer within ${timeoutMs / 1000}s`)
}

/**
 * Build, seed and start everything. Resolves with the URLs and the environment the site instances
 * run with. Stop it all with stopAll() from processes.mjs, then remove `runDir`.
 */
export async function bringUpCluster({ dataDir, ports, distDir = '.next-cluster', cmsBuild = null, log }) {
  for (const port of [ports.varnish, ports.cms, ports.redis, ...ports.sites]) await assertPortFree(port)
  await ensureEngines(log)
  const runDir = await mkdtemp(path.join(tmpdir(), 'versus-cluster-'))
  // varnishd compiles the VCL as its own unprivileged user: the folder must be readable.
  await chmod(runDir, 0o755)
  const purgeSecret = process.env.VARNISH_PURGE_SECRET || randomBytes(24).toString('hex')
  const env = await appEnv({ dataDir, cmsPort: ports.cms, webPort: ports.varnish, distDir })
  const siteEnv = {
    ...env,
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
    VARNISH_URL: `http://127.0.0.1:${ports.varnish}`,
    VARNISH_PURGE_SECRET: purgeSecret,
  }
  log(`Data folder: ${dataDir}; run folder: ${runDir}`)
  // `cmsBuild`: the dist folder of a CMS build made moments ago from this same tree (npm test's
  // browser tests), served as it is instead of building the CMS again.
  const cmsEnv = cmsBuild ? { ...env, NEXT_DIST_DIR: cmsBuild } : env
  if (!cmsBuild) {
    log('Building the CMS…')
    await run(process.execPath, [nextBin, 'build'], { cwd: cmsDir, env: cmsEnv })
  }
  log('Migrating and seeding the demo content…')
  await run('npm', ['run', 'seed', '--silent'], { cwd: cmsDir, env: cmsEnv })
  log('Starting the CMS…')
  startServer('cms', process.execPath, cmsStartArgs(ports.cms), { cwd: cmsDir, env: cmsEnv })
  await waitForHttp(`http://localhost:${ports.cms}/api/globals/site`, 120_000)
  log('Starting Redis…')
  startRedis(ports.redis)
  await waitForRedis(ports.redis)
  log('Building the site against the CMS…')
  await rm(path.join(webDir, distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  await run(process.execPath, [nextBin, 'build'], { cwd: webDir, env: siteEnv })
  log(`Starting two site instances (${ports.sites.join(', ')}) on the shared cache…`)
  ports.sites.forEach((port, i) => startSite(`site-${i + 1}`, port, siteEnv))
  await Promise.all(ports.sites.map((port) => waitForHttp(`http://127.0.0.1:${port}/`, 120_000)))
  log('Starting Varnish…')
  await mkdir(path.join(runDir, 'varnish'), { recursive: true })
  await writeFile(path.join(runDir, 'versus-site.vcl'), siteVcl({ sitePorts: ports.sites, purgeSecret }))
  // varnishd reads the VCL as its own unprivileged user, which may not see into the checkout (a clone
  // under a 0700 folder): it gets a copy in the readable run folder.
  await copyFile(path.join(vclDir, 'versus.vcl'), path.join(runDir, 'versus.vcl'))
  startVarnish(ports.varnish, runDir)
  await waitForHttp(`http://127.0.0.1:${ports.varnish}/`, 30_000)
  return {
    runDir,
    purgeSecret,
    env: siteEnv,
    urls: {
      varnish: `http://127.0.0.1:${ports.varnish}`,
      cms: `http://127.0.0.1:${ports.cms}`,
      sites: ports.sites.map((port) => `http://127.0.0.1:${port}`),
      redis: `redis://127.0.0.1:${ports.redis}`,
    },
  }
}

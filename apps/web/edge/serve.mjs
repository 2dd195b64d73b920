#!/usr/bin/env node
// @ts-check
/**
 * Serves the built site: the Next.js server on a private loopback port, and the edge (edge.mjs) on
 * the public one. `node edge/serve.mjs [--port 3000] [--hostname 0.0.0.0]` (PORT and HOSTNAME work
 * too). With UPSTREAM_URL set, no Next.js server is started and the edge fronts that one instead.
 *
 * Environment: SITE_URL (https:// turns on HSTS), CMS_URL (the live-preview frame's origin),
 * EDGE_FRESHNESS_CAP_SECONDS (longest a page is answered without asking Next.js; default 30).
 */
import { spawn } from 'node:child_process'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { createRequire } from 'node:module'

import { createEdge } from './edge.mjs'

const appDir = path.resolve(import.meta.dirname, '..')

/** @param {string} name */
function arg(name) {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? process.argv[index + 1] : undefined
}

const port = Number(arg('port') ?? process.env.PORT ?? 3000)
const hostname = arg('hostname') ?? process.env.HOSTNAME ?? undefined

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** @param {URL} url @param {number} timeoutMs */
async function waitUntilAnswering(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) })
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}

async function startNext() {
  const internalPort = await freePort()
  const nextBin = createRequire(path.join(appDir, 'package.json')).resolve('next/dist/bin/next')
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(internalPort)], {
    cwd: appDir,
    // PORT tells the site where it can reach itself (lib/unavailable.ts renders through a subrequest).
    env: { ...process.env, PORT: String(internalPort) },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  child.on('exit', (code, signal) => {
    console.error(`[edge] the Next.js server stopped (${signal ?? `exit ${code}`}); stopping too.`)
    process.exit(code ?? 1)
  })
  const stop = () => {
    child.kill('SIGTERM')
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  return new URL(`http://127.0.0.1:${internalPort}`)
}

const upstream = process.env.UPSTREAM_URL ? new URL(process.env.UPSTREAM_URL) : await startNext()
await waitUntilAnswering(new URL('/robots.txt', upstream), 120_000)

const siteUrl = process.env.SITE_URL
const edge = createEdge({
  upstream,
  freshnessCapMs: Number(process.env.EDGE_FRESHNESS_CAP_SECONDS ?? 30) * 1000,
  cmsOrigin: process.env.CMS_URL ? new URL(process.env.CMS_URL).origin : undefined,
  hsts: Boolean(siteUrl?.startsWith('https://')),
})

const server = http.createServer({ keepAliveTimeout: 65_000 }, (request, response) => {
  void edge.handle(request, response)
})
server.listen(port, hostname, () => {
  console.info(`[edge] serving http://${hostname ?? 'localhost'}:${port} in front of ${upstream.origin}`)
})
if (process.env.UPSTREAM_URL) {
  const close = () => server.close(() => process.exit(0))
  process.on('SIGTERM', close)
  process.on('SIGINT', close)
}

#!/usr/bin/env node
// What a visitor gets from a comparison page: throughput of the cached page against nginx serving the
// same bytes (performance.md's method: wrk -t2 -c64 -d15s --latency, site, nginx, site, nginx, with and
// without gzip), page weight (HTML, CSS, JS, raw and gzip), Lighthouse 12 on mobile emulation, and the
// first render of an uncached comparison with 500 more standards in the database. Brings the stack up
// on its own ports and a throwaway data folder; prints a table, writes bench/results/page.json.
// Targets are reported, never asserted.
//
//   node bench/page-throughput.mjs   (BENCH_PAGE_WEB_PORT / BENCH_PAGE_CMS_PORT: 3400 / 3401, nginx 3402, bare Next 3403;
//                                     BENCH_WRK_DURATION=15s)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { run, serverPid, startServer, stopAll, waitForHttp } from '../scripts/lib/processes.mjs'
import { bringUp, nextBin, root } from '../scripts/lib/stack.mjs'
import { ensureWrkAndNginx, lighthouse, pageWeight, startNginx, uncachedRender, wrk } from './page-tools.mjs'
import { runBench } from './run-bench.mjs'

const webPort = Number(process.env.BENCH_PAGE_WEB_PORT || 3400)
const cmsPort = Number(process.env.BENCH_PAGE_CMS_PORT || 3401)
const nginxPort = webPort + 2
const floorPort = webPort + 3
const duration = process.env.BENCH_WRK_DURATION || '15s'
const site = `http://localhost:${webPort}`
const PAGE = '/compare/iso-27032-vs-iso-27701'
const resultsFile = path.join(root, 'bench/results/page.json')

// Next alone (no cache in front): at least the Payload website template's ratio to nginx, measured the
// same way (performance.md: 0.031–0.040); p99 within 100 ms. Through Varnish: see bench/cluster-*.mjs.
const TARGETS = {
  ratioPlain: 0.035,
  ratioGzip: 0.0155,
  p99Ms: 100,
  jsGzipBytes: 110 * 1024,
  htmlGzipBytes: 20 * 1024,
}

const log = (message) => console.info(`[bench] ${message}`)
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const mark = (ok) => (ok ? 'meets' : 'MISSES')

/**
 * What `next start` itself serves on this machine, measured beside the site in the same run: a bare
 * Next app (bench/next-floor, same Next version and compression) answering the site's page bytes
 * from a static route handler as the site does, once with no proxy and once behind a proxy that
 * only lets requests through. No site built on Next can beat the first; the site, whose proxy must
 * run before the router (redirects, 404s, previews), is measured against the second.
 */
async function startNextFloor(html) {
  const dir = path.join(root, 'bench/next-floor')
  await writeFile(path.join(dir, 'page.html'), html)
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-bench' }
  log('Building the bare Next app (bench/next-floor)…')
  await run(process.execPath, [nextBin, 'build'], { cwd: dir, env })
  startServer('next-floor', process.execPath, [nextBin, 'start', '-p', String(floorPort)], { cwd: dir, env })
  const base = `http://127.0.0.1:${floorPort}`
  await waitForHttp(`${base}/page`, 60_000)
  const served = Buffer.from(await (await fetch(`${base}/proxied`)).arrayBuffer())
  if (!served.equals(html)) throw new Error('the bare Next app does not serve the same bytes as the site')
  return {
    page: `${base}/page`,
    proxied: `${base}/proxied`,
    stop: () => {
      const pid = serverPid('next-floor')
      if (pid) process.kill(-pid, 'SIGTERM')
    },
  }
}

async function throughput(dir) {
  const why = ensureWrkAndNginx(log)
  if (why) {
    log(`Throughput skipped: ${why}`)
    return { skipped: why }
  }
  const url = `http://127.0.0.1:${webPort}${PAGE}`
  // Warm the cache, and serve nginx exactly the bytes the site sends.
  await fetch(url)
  const html = Buffer.from(await (await fetch(url)).arrayBuffer())
  const nginx = await startNginx({ dir, port: nginxPort, html })
  const floor = await startNextFloor(html)
  const rounds = []
  try {
    for (const gzip of [false, true]) {
      for (let round = 1; round <= 2; round++) {
        for (const [target, target_url] of [
          ['site', url],
          ['next-floor', floor.page],
          ['next-floor-proxied', floor.proxied],
          ['nginx', nginx.url],
        ]) {
          log(`wrk ${target}${gzip ? ' (gzip)' : ''}, round ${round}…`)
          rounds.push({ target, gzip, round, ...wrk(target_url, { gzip, duration }) })
        }
      }
    }
  } finally {
    nginx.stop()
    floor.stop()
  }
  const summary = (gzip) => {
    const pick = (target) => rounds.filter((r) => r.target === target && r.gzip === gzip)
    const mean = (rs, key) => rs.reduce((t, r) => t + (r[key] ?? 0), 0) / rs.length
    const s = pick('site')
    const n = pick('nginx')
    const floorOf = (target) => {
      const f = pick(target)
      return {
        reqPerSec: Math.round(mean(f, 'reqPerSec')),
        ratio: Number((mean(f, 'reqPerSec') / mean(n, 'reqPerSec')).toFixed(4)),
        p50Ms: Number(mean(f, 'p50Ms').toFixed(2)),
        p99Ms: Number(Math.max(...f.map((r) => r.p99Ms ?? 0)).toFixed(2)),
        errors: f.reduce((t, r) => t + r.errors, 0),
      }
    }
    return {
      siteReqPerSec: Math.round(mean(s, 'reqPerSec')),
      nginxReqPerSec: Math.round(mean(n, 'reqPerSec')),
      ratio: Number((mean(s, 'reqPerSec') / mean(n, 'reqPerSec')).toFixed(4)),
      siteP50Ms: Number(mean(s, 'p50Ms').toFixed(2)),
      siteP99Ms: Number(Math.max(...s.map((r) => r.p99Ms ?? 0)).toFixed(2)),
      nginxP99Ms: Number(Math.max(...n.map((r) => r.p99Ms ?? 0)).toFixed(2)),
      siteErrors: s.reduce((t, r) => t + r.errors, 0),
      nginxErrors: n.reduce((t, r) => t + r.errors, 0),
      nextFloor: floorOf('next-floor'),
      nextFloorProxied: floorOf('next-floor-proxied'),
    }
  }
  return { method: `wrk -t2 -c64 -d${duration} --latency, site/bare Next/bare Next with a proxy/nginx alternating, 2 rounds`, plain: summary(false), gzip: summary(true), rounds }
}

function report(result) {
  const rows = []
  const t = result.throughput
  if (t.skipped) rows.push(['throughput', `skipped: ${t.skipped}`, ''])
  else {
    for (const [name, s, target] of [
      ['no compression', t.plain, TARGETS.ratioPlain],
      ['Accept-Encoding: gzip', t.gzip, TARGETS.ratioGzip],
    ]) {
      rows.push([
        `req/s ${name}`,
        `site ${s.siteReqPerSec}, nginx ${s.nginxReqPerSec}, ratio ${s.ratio}`,
        `≥ ${target}: ${mark(s.ratio >= target)}`,
      ])
      rows.push([
        `bare Next ${name}`,
        `${s.nextFloor.reqPerSec} req/s (ratio ${s.nextFloor.ratio}, p99 ${s.nextFloor.p99Ms} ms); with a pass-through proxy ${s.nextFloorProxied.reqPerSec} (ratio ${s.nextFloorProxied.ratio}, p99 ${s.nextFloorProxied.p99Ms} ms)`,
        `site at ${Math.round((100 * s.siteReqPerSec) / s.nextFloorProxied.reqPerSec)}% of bare Next with a proxy`,
      ])
      rows.push([
        `latency ${name}`,
        `site p50 ${s.siteP50Ms} ms, p99 ${s.siteP99Ms} ms; errors ${s.siteErrors} (nginx ${s.nginxErrors})`,
        `p99 ≤ ${TARGETS.p99Ms} ms: ${mark(s.siteP99Ms <= TARGETS.p99Ms)}`,
      ])
    }
  }
  const w = result.weight
  rows.push(['HTML', `${kb(w.html.raw)} raw, ${kb(w.html.gzip)} gzip`, `≤ ${kb(TARGETS.htmlGzipBytes)} gzip: ${mark(w.html.gzip <= TARGETS.htmlGzipBytes)}`])
  rows.push(['CSS', `${w.css.files} file(s), ${kb(w.css.raw)} raw, ${kb(w.css.gzip)} gzip`, ''])
  rows.push(['client JS', `${w.js.chunks} chunks, ${kb(w.js.raw)} raw, ${kb(w.js.gzip)} gzip`, `≤ ${kb(TARGETS.jsGzipBytes)} gzip: ${mark(w.js.gzip <= TARGETS.jsGzipBytes)}`])
  const l = result.lighthouse
  rows.push([
    'Lighthouse (mobile)',
    l.skipped ? `skipped: ${l.skipped}` : Object.entries(l.scores).map(([k, v]) => `${k} ${v}`).join(', '),
    l.skipped ? '' : `LCP ${Math.round(l.metrics.lcpMs)} ms, TBT ${Math.round(l.metrics.tbtMs)} ms`,
  ])
  const r = result.uncachedRender
  if (r.skipped) rows.push(['uncached render', `skipped: ${r.skipped}`, ''])
  else
    for (const render of r.renders)
      rows.push([`uncached render (${r.standardsInDatabase} standards)`, `${render.path}: ${render.uncachedMs} ms first, ${render.cachedMs} ms cached (HTTP ${render.status})`, ''])
  const width = Math.max(...rows.map((row) => row[0].length))
  console.info('')
  console.info(`Comparison page ${PAGE}`)
  for (const [a, b, c] of rows) console.info(`  ${a.padEnd(width)}  ${b}${c ? `   [${c}]` : ''}`)
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'versus-bench-page-'))
  const work = await mkdtemp(path.join(os.tmpdir(), 'versus-bench-work-'))
  try {
    const env = await bringUp({ dataDir, cmsPort, webPort, distDir: '.next-bench', log })
    const result = { date: new Date().toISOString(), page: PAGE, cpus: os.cpus().length, targets: TARGETS }
    result.throughput = await throughput(work)
    log('Page weight…')
    result.weight = await pageWeight(`${site}${PAGE}`)
    log('Lighthouse (mobile emulation)…')
    result.lighthouse = await lighthouse(`${site}${PAGE}`, work)
    try {
      result.uncachedRender = await uncachedRender({ env, site, dir: work, log })
    } catch (error) {
      result.uncachedRender = { skipped: error instanceof Error ? error.message : String(error) }
    }
    await mkdir(path.dirname(resultsFile), { recursive: true })
    await writeFile(resultsFile, JSON.stringify(result, null, 2) + '\n')
    report(result)
    log(`Wrote ${path.relative(root, resultsFile)}`)
  } finally {
    await stopAll()
    await rm(dataDir, { recursive: true, force: true })
    await rm(work, { recursive: true, force: true })
  }
}

runBench(main)

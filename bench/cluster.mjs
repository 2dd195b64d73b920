#!/usr/bin/env node
// The production topology measured (docs/deploy.md, "Production topology"): Varnish in front of two
// site instances sharing Next's cache in Redis. Brings it up on its own ports and a throwaway data
// folder, then
//   - throughput of the cached comparison page through Varnish and from one instance alone, each
//     against nginx serving the same bytes (performance.md's method: wrk -t2 -c64, alternating,
//     with and without gzip);
//   - publish → visible through Varnish (PATCH over REST, poll every 50 ms; both purge and the
//     shared cache must work for the page to change).
// Writes bench/results/cluster.json. Targets are reported, never asserted.
//
//   node bench/cluster.mjs   (BENCH_CLUSTER_PORT_BASE: 3500 → Varnish 3500, CMS 3501, sites 3502–3503,
//                             Redis 3504, nginx 3505; BENCH_WRK_DURATION=15s, BENCH_ITERATIONS=20)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { bringUpCluster } from '../scripts/lib/cluster.mjs'
import { stopAll } from '../scripts/lib/processes.mjs'
import { root } from '../scripts/lib/stack.mjs'
import { ensureWrkAndNginx, startNginx, wrk } from './page-tools.mjs'
import { firstUser, measure, percentile, pickTarget, round } from './publish-tools.mjs'
import { runBench } from './run-bench.mjs'

const base = Number(process.env.BENCH_CLUSTER_PORT_BASE || 3500)
const ports = { varnish: base, cms: base + 1, sites: [base + 2, base + 3], redis: base + 4 }
const nginxPort = base + 5
const duration = process.env.BENCH_WRK_DURATION || '15s'
const iterations = Number(process.env.BENCH_ITERATIONS || 20)
const PAGE = '/compare/iso-27032-vs-iso-27701'
const resultsFile = path.join(root, 'bench/results/cluster.json')
// issue 10: through Varnish ≥ 0.8 of nginx; one instance alone ≥ 0.035; publish → visible ≤ 100 ms median.
const TARGETS = { varnishRatio: 0.8, instanceRatio: 0.035, publishMedianMs: 100 }

const log = (message) => console.info(`[bench] ${message}`)

async function throughput(work, targets) {
  const why = ensureWrkAndNginx(log)
  if (why) return { skipped: why }
  const first = Object.values(targets)[0]
  await fetch(first)
  const html = Buffer.from(await (await fetch(first)).arrayBuffer())
  const nginx = await startNginx({ dir: work, port: nginxPort, html })
  const rounds = []
  try {
    for (const gzip of [false, true]) {
      for (let round = 1; round <= 2; round++) {
        for (const [target, url] of [...Object.entries(targets), ['nginx', nginx.url]]) {
          log(`wrk ${target}${gzip ? ' (gzip)' : ''}, round ${round}…`)
          await fetch(url) // warm
          rounds.push({ target, gzip, round, ...wrk(url, { gzip, duration }) })
        }
      }
    }
  } finally {
    nginx.stop()
  }
  const mean = (rs, key) => rs.reduce((t, r) => t + (r[key] ?? 0), 0) / rs.length
  const summary = (target, gzip) => {
    const mine = rounds.filter((r) => r.target === target && r.gzip === gzip)
    const theirs = rounds.filter((r) => r.target === 'nginx' && r.gzip === gzip)
    return {
      reqPerSec: Math.round(mean(mine, 'reqPerSec')),
      nginxReqPerSec: Math.round(mean(theirs, 'reqPerSec')),
      ratio: Number((mean(mine, 'reqPerSec') / mean(theirs, 'reqPerSec')).toFixed(4)),
      p50Ms: Number(mean(mine, 'p50Ms').toFixed(2)),
      p99Ms: Number(Math.max(...mine.map((r) => r.p99Ms ?? 0)).toFixed(2)),
      errors: mine.reduce((t, r) => t + r.errors, 0),
    }
  }
  const out = { method: `wrk -t2 -c64 -d${duration} --latency, targets and nginx alternating, 2 rounds`, rounds }
  for (const target of Object.keys(targets)) out[target] = { plain: summary(target, false), gzip: summary(target, true) }
  return out
}

async function publishToVisible(varnish, cms) {
  const auth = await firstUser(cms)
  const { page, standard } = await pickTarget(varnish, cms)
  log(`Publishing "${standard.shortName}" ${iterations} times, watching ${page} through Varnish`)
  const runs = []
  for (let run = 1; run <= iterations; run++) runs.push(await measure({ cms, auth, page, standard, run }))
  const visible = runs.map((r) => r.visibleMs).filter((ms) => ms !== null).sort((a, b) => a - b)
  const median = round(percentile(visible, 50))
  return {
    page: page.replace(varnish, ''),
    iterations,
    notVisible: runs.length - visible.length,
    visibleMs: { median, p90: round(percentile(visible, 90)), max: round(visible.at(-1) ?? null) },
    samplesMs: runs.map((r) => round(r.visibleMs)),
    met: median !== null && median <= TARGETS.publishMedianMs && visible.length === runs.length,
  }
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'versus-bench-cluster-'))
  const work = await mkdtemp(path.join(os.tmpdir(), 'versus-bench-cluster-work-'))
  let runDir = null
  try {
    const up = await bringUpCluster({ dataDir, ports, distDir: '.next-bench-cluster', log })
    runDir = up.runDir
    const result = { date: new Date().toISOString(), page: PAGE, cpus: os.cpus().length, targets: TARGETS }
    result.publish = await publishToVisible(up.urls.varnish, up.urls.cms)
    result.throughput = await throughput(work, { varnish: `${up.urls.varnish}${PAGE}`, instance: `${up.urls.sites[0]}${PAGE}` })
    await mkdir(path.dirname(resultsFile), { recursive: true })
    await writeFile(resultsFile, JSON.stringify(result, null, 2) + '\n')

    const p = result.publish
    console.info('')
    console.info(`Production topology, ${PAGE}`)
    console.info(`  publish → visible via Varnish  median ${p.visibleMs.median} ms, p90 ${p.visibleMs.p90} ms, max ${p.visibleMs.max} ms, not visible ${p.notVisible}   [≤ ${TARGETS.publishMedianMs} ms: ${p.met ? 'meets' : 'MISSES'}]`)
    const t = result.throughput
    if (t.skipped) console.info(`  throughput skipped: ${t.skipped}`)
    else
      for (const [target, goal] of [['varnish', TARGETS.varnishRatio], ['instance', TARGETS.instanceRatio]])
        for (const mode of ['plain', 'gzip']) {
          const s = t[target][mode]
          console.info(`  ${target} ${mode}: ${s.reqPerSec} req/s vs nginx ${s.nginxReqPerSec}, ratio ${s.ratio}, p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, errors ${s.errors}${mode === 'plain' ? `   [≥ ${goal}: ${s.ratio >= goal ? 'meets' : 'MISSES'}]` : ''}`)
        }
    console.info(`Written to ${path.relative(root, resultsFile)}`)
  } finally {
    await stopAll()
    await rm(dataDir, { recursive: true, force: true })
    await rm(work, { recursive: true, force: true })
    if (runDir) await rm(runDir, { recursive: true, force: true })
  }
}

runBench(main)

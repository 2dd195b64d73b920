#!/usr/bin/env node
// Sustained load (issue 5): 60 seconds at 64 connections on a cached comparison page and on the CMS's
// REST list endpoint, one after the other. Reports throughput, p50/p99 latency, errors (must be 0)
// and the resident memory of each app's processes before the load, right after it, and after a short
// rest (growth beyond noise would be a leak). "Before" is taken after a short warm-up at the same
// concurrency, once the heap has grown to what 64 requests in flight need: growth from there on is
// what a leak would show. Brings the stack up on its own ports and a throwaway data folder; prints a
// table, writes bench/results/load.json. Nothing is asserted.
//
//   node bench/load.mjs   (BENCH_LOAD_WEB_PORT / BENCH_LOAD_CMS_PORT: 3700 / 3701; BENCH_LOAD_DURATION=60s,
//                          BENCH_LOAD_WARMUP=10s)
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { serverPid, stopAll } from '../scripts/lib/processes.mjs'
import { bringUp, root } from '../scripts/lib/stack.mjs'
import { ensureWrkAndNginx, wrk } from './page-tools.mjs'
import { runBench } from './run-bench.mjs'

const webPort = Number(process.env.BENCH_LOAD_WEB_PORT || 3700)
const cmsPort = Number(process.env.BENCH_LOAD_CMS_PORT || 3701)
const duration = process.env.BENCH_LOAD_DURATION || '60s'
const warmup = process.env.BENCH_LOAD_WARMUP || '10s'
const PAGE = `http://127.0.0.1:${webPort}/compare/iso-27032-vs-iso-27701`
const REST = `http://127.0.0.1:${cmsPort}/api/standards?limit=10&depth=0`
const resultsFile = path.join(root, 'bench/results/load.json')
const log = (message) => console.info(`[bench] ${message}`)
const mb = (bytes) => Math.round(bytes / (1024 * 1024))
/** Growth a leak would show: more than a tenth, and more than 16 MB. */
const grew = (from, to) => to - from > Math.max(from / 10, 16 * 1024 * 1024)

/** Resident memory (bytes) of every process in the server's process group (npm, Next.js and its workers). */
function groupRss(name) {
  const group = serverPid(name)
  if (!group) return null
  let total = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name (which may hold spaces): state ppid pgrp …
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (pgrp !== group) continue
      const rss = readFileSync(`/proc/${entry}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)
      if (rss) total += Number(rss[1]) * 1024
    } catch {
      // the process ended meanwhile
    }
  }
  return total
}

const memory = () => ({ site: groupRss('web'), cms: groupRss('cms') })

async function main() {
  const why = ensureWrkAndNginx(log)
  if (why) {
    log(`Skipped: ${why}`)
    return
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'versus-bench-load-'))
  try {
    await bringUp({ dataDir, cmsPort, webPort, distDir: '.next-bench', log })
    for (const url of [PAGE, REST]) {
      for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer()
    }
    const result = {
      date: new Date().toISOString(),
      cpus: os.cpus().length,
      method: `wrk -t2 -c64 -d${duration} --latency, after a ${warmup} warm-up`,
      runs: [],
    }
    for (const [target, url] of [
      ['cached comparison page (site)', PAGE],
      ['REST list /api/standards (CMS)', REST],
    ]) {
      const idle = memory()
      log(`${warmup} of warm-up on ${target}…`)
      wrk(url, { gzip: false, duration: warmup })
      const before = memory()
      log(`${duration} of load on ${target}…`)
      const load = wrk(url, { gzip: false, duration })
      const after = memory()
      await new Promise((resolve) => setTimeout(resolve, 10_000))
      const rested = memory()
      result.runs.push({ target, url, ...load, memory: { idle, before, after, afterRest: rested } })
    }
    await mkdir(path.dirname(resultsFile), { recursive: true })
    await writeFile(resultsFile, JSON.stringify(result, null, 2) + '\n')
    console.info('')
    console.info(`Load: ${result.method}`)
    for (const run of result.runs) {
      const app = run.target.includes('CMS') ? 'cms' : 'site'
      const m = run.memory
      console.info(
        `  ${run.target.padEnd(32)} ${Math.round(run.reqPerSec)} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, errors ${run.errors}` +
          `${run.errors === 0 ? '' : '   [MISSES: errors must be 0]'}; RSS ${mb(m.idle[app])} idle, ${mb(m.before[app])} warm → ` +
          `${mb(m.after[app])} → ${mb(m.afterRest[app])} MB after 10 s` +
          `${grew(m.before[app], m.afterRest[app]) ? '   [GREW beyond noise]' : ''}`,
      )
    }
    log(`Wrote ${path.relative(root, resultsFile)}`)
  } finally {
    await stopAll()
    await rm(dataDir, { recursive: true, force: true })
  }
}

runBench(main)

#!/usr/bin/env node
// Publish → visible: how long after an editor publishes a change does a visitor see it?
// Brings the whole stack up (production builds, throwaway data folder, its own ports), then 20 times
// PATCHes a published standard's tagline over REST and polls a comparison page that shows it every
// 50 ms until the new tagline is in the HTML. Reports median / p90 / max and writes
// bench/results/publish-to-visible.json. The target (median under 100 ms) is reported, never asserted.
//
//   node bench/publish-to-visible.mjs            (BENCH_WEB_PORT / BENCH_CMS_PORT: 3300 / 3301)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { stopAll } from '../scripts/lib/processes.mjs'
import { bringUp, root } from '../scripts/lib/stack.mjs'
import { GIVE_UP_MS, POLL_MS, firstUser, measure, pageShows, percentile, pickTarget, round } from './publish-tools.mjs'
import { runBench } from './run-bench.mjs'

const ITERATIONS = Number(process.env.BENCH_ITERATIONS || 20)
const TARGET_MEDIAN_MS = 100
const webPort = Number(process.env.BENCH_WEB_PORT || 3300)
const cmsPort = Number(process.env.BENCH_CMS_PORT || 3301)
const site = `http://localhost:${webPort}`
const cms = `http://localhost:${cmsPort}`
const resultsFile = path.join(root, 'bench/results/publish-to-visible.json')

const log = (message) => console.info(`[bench] ${message}`)

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'versus-bench-'))
  try {
    await bringUp({ dataDir, cmsPort, webPort, distDir: '.next-bench', log })
    const auth = await firstUser(cms)
    const { page, standard } = await pickTarget(site, cms)
    if (!(await pageShows(page, standard.tagline))) log(`note: ${page} does not show the current tagline verbatim`)
    log(`Editing "${standard.shortName}" (${standard.slug}), watching ${page}, ${ITERATIONS} runs, polling every ${POLL_MS} ms`)

    const runs = []
    for (let run = 1; run <= ITERATIONS; run++) {
      const result = await measure({ cms, auth, page, standard, run })
      runs.push(result)
      log(`run ${String(run).padStart(2)}: ${result.visibleMs === null ? `not visible after ${GIVE_UP_MS} ms` : `${round(result.visibleMs)} ms`} (PATCH ${round(result.patchMs)} ms)`)
    }

    const visible = runs.map((r) => r.visibleMs).filter((ms) => ms !== null).sort((a, b) => a - b)
    const patches = runs.map((r) => r.patchMs).sort((a, b) => a - b)
    const summary = {
      median: round(percentile(visible, 50)),
      p90: round(percentile(visible, 90)),
      max: round(visible.at(-1) ?? null),
      min: round(visible[0] ?? null),
    }
    const result = {
      date: new Date().toISOString(),
      node: process.version,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      method: `PATCH /api/standards/:id?depth=0 (tagline, published; as the admin publishes) then GET the comparison page every ${POLL_MS} ms until the tagline appears; time from the PATCH start`,
      page: page.replace(site, ''),
      standard: standard.slug,
      iterations: ITERATIONS,
      notVisible: runs.length - visible.length,
      visibleMs: summary,
      patchMs: { median: round(percentile(patches, 50)), p90: round(percentile(patches, 90)), max: round(patches.at(-1)) },
      samplesMs: runs.map((r) => round(r.visibleMs)),
      target: { medianMs: TARGET_MEDIAN_MS, met: summary.median !== null && summary.median < TARGET_MEDIAN_MS && visible.length === runs.length },
    }
    await mkdir(path.dirname(resultsFile), { recursive: true })
    await writeFile(resultsFile, JSON.stringify(result, null, 2) + '\n')

    console.info('')
    console.info('| publish → visible | median | p90 | max | min | not visible |')
    console.info('|---|---|---|---|---|---|')
    console.info(`| ${ITERATIONS} runs, ms | ${summary.median} | ${summary.p90} | ${summary.max} | ${summary.min} | ${result.notVisible} |`)
    console.info('')
    console.info(`Target: median < ${TARGET_MEDIAN_MS} ms — ${result.target.met ? 'met' : 'NOT met'} (reported, not asserted).`)
    console.info(`Written to ${path.relative(root, resultsFile)}`)
  } finally {
    await stopAll()
    await rm(dataDir, { recursive: true, force: true })
  }
}

runBench(main)

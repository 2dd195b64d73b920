/**
 * Crosswalk benchmark, part of `npm run bench -w @versus/engine` (alone:
 * `BENCH_ONLY=coverage npm run bench -w @versus/engine`).
 * (4) computeCoverage between two 1,000-requirement catalogs joined by
 * 20,000 mapping rows, each direction (target: ≤ 20 ms per direction);
 * (5) inferMappings over 5 catalogs of 1,000 requirements, paths up to three
 * hops (target: ≤ 200 ms). Each call indexes its input from scratch, as the
 * site does. Median, min and worst of COVERAGE_RUNS runs (inference: a third
 * as many, at least 5) after WARMUP_RUNS warm-up calls of each (default 10,
 * both coverage directions warmed before either is timed), so the figures are
 * those of optimised code. CPU time (process.cpuUsage, which also
 * counts the garbage collector's helper threads) is reported beside wall time:
 * on a shared machine wall time measures the load as much as the code.
 */
import type { CatalogRecord, MappingRecord, MappingRelationship, MappingSetRecord, RequirementRecord } from '../src/index'
import { computeCoverage, inferMappings } from '../src/index'
import { prng } from './prng'

const REQUIREMENTS = 1000
const COVERAGE_MAPPINGS = 20_000
const PIVOT_CATALOGS = 5
const ROWS_PER_PIVOT_SET = 5_000


/** 1,000 requirements: 50 clause headings of 19 assessable controls each. */
function catalog(editionId: string): CatalogRecord {
  const requirements: RequirementRecord[] = []
  for (let c = 1; requirements.length < REQUIREMENTS; c++) {
    requirements.push({ id: `${editionId}:${c}`, refId: `${c}`, assessable: false, title: `Clause ${c}` })
    for (let k = 1; k <= 19 && requirements.length < REQUIREMENTS; k++) {
      requirements.push({ id: `${editionId}:${c}.${k}`, refId: `${c}.${k}`, parent: `${editionId}:${c}`, assessable: true, order: k })
    }
  }
  return { editionId, standardSlug: editionId, requirements }
}

const RELATIONSHIPS: MappingRelationship[] = ['intersect', 'intersect', 'subset', 'superset', 'equal', 'related', 'not-related']

function rows(random: () => number, setId: string, from: CatalogRecord, to: CatalogRecord, count: number): MappingRecord[] {
  const pick = (c: CatalogRecord) => (c.requirements[Math.floor(random() * c.requirements.length)] as RequirementRecord).id
  return Array.from({ length: count }, () => {
    const many = random() < 0.1
    return {
      setId,
      sources: many ? [pick(from), pick(from)] : [pick(from)],
      targets: [pick(to)],
      relationship: RELATIONSHIPS[Math.floor(random() * RELATIONSHIPS.length)] as MappingRelationship,
      strength: random() < 0.5 ? Math.floor(random() * 11) : null,
      rationale: 'semantic',
      gapNote: random() < 0.2 ? 'Adds a yearly review.' : null,
    }
  })
}

const set = (id: string, sourceEdition: string, targetEdition: string, over: Partial<MappingSetRecord> = {}): MappingSetRecord => ({
  id,
  sourceEdition,
  targetEdition,
  publisher: 'Bench',
  method: 'set-theory',
  comprehensive: false,
  licence: 'CC0-1.0',
  status: 'complete',
  ...over,
})

export const TARGETS = { coverageMs: 20, inferenceMs: 200 }

export interface Timing {
  medianMs: number
  minMs: number
  maxMs: number
  medianCpuMs: number
  minCpuMs: number
  runs: number
  checksum: number
}

/** `WARMUP_RUNS` calls of each function, before any is timed. */
function warmUp(...fns: (() => number)[]): number {
  let checksum = 0
  const warmup = Number(process.env.WARMUP_RUNS ?? 10)
  for (let i = 0; i < warmup; i++) for (const fn of fns) checksum += fn()
  return checksum
}

/** Wall and CPU time per call (warm up first). */
function time(runs: number, fn: () => number): Timing {
  let checksum = 0
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    checksum += fn()
    wall.push(performance.now() - start)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
  }
  const round = (n: number) => Math.round(n * 100) / 100
  const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0)
  return {
    medianMs: median(wall),
    minMs: round(Math.min(...wall)),
    maxMs: round(Math.max(...wall)),
    medianCpuMs: median(cpu),
    minCpuMs: round(Math.min(...cpu)),
    runs,
    checksum,
  }
}

/** Whether a timing meets its target, by median wall time and by median CPU time. */
function verdict(timing: Timing, targetMs: number) {
  return { targetMs, meetsByMedianWall: timing.medianMs <= targetMs, meetsByMedianCpu: timing.medianCpuMs <= targetMs }
}

export function runCoverageBench() {
  const runs = Number(process.env.COVERAGE_RUNS ?? 30)
  const random = prng(0xc0ffee)
  const a = catalog('A')
  const b = catalog('B')
  // Three quarters stored A → B, the rest B → A, as real sets come both ways round.
  const forward = rows(random, 'ab', a, b, (COVERAGE_MAPPINGS * 3) / 4)
  const backward = rows(random, 'ba', b, a, COVERAGE_MAPPINGS / 4)
  const sets = [set('ab', 'A', 'B', { comprehensive: true }), set('ba', 'B', 'A')]
  const mappings = [...forward, ...backward]
  const coverAToB = () => computeCoverage({ from: a, to: b, sets, mappings }).summary.full
  const coverBToA = () => computeCoverage({ from: b, to: a, sets, mappings }).summary.full
  // Both directions warmed before either is timed: otherwise the first one timed also pays for settling the
  // heap after the data was generated, and reads slower whichever direction it is.
  warmUp(coverAToB, coverBToA)
  const aToB = time(runs, coverAToB)
  const bToA = time(runs, coverBToA)
  const summaryAB = computeCoverage({ from: a, to: b, sets, mappings }).summary

  const editions = Array.from({ length: PIVOT_CATALOGS }, (_, i) => `E${i + 1}`)
  const catalogs = editions.map(catalog)
  const pairs: [number, number][] = [
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 4],
    [0, 2],
    [1, 3],
    [2, 4],
    [0, 4], // the direct set the candidates are checked against
  ]
  const pivotSets = pairs.map(([x, y]) => set(`E${x + 1}-E${y + 1}`, editions[x] as string, editions[y] as string))
  const pivotRows = pairs.flatMap(([x, y]) =>
    rows(random, `E${x + 1}-E${y + 1}`, catalogs[x] as CatalogRecord, catalogs[y] as CatalogRecord, ROWS_PER_PIVOT_SET),
  )
  const inferenceInput = { catalogs, from: 'E1', to: 'E5', sets: pivotSets, mappings: pivotRows }
  const infer = () => inferMappings(inferenceInput).candidates.length
  warmUp(infer)
  const inference = time(Math.max(5, Math.ceil(runs / 3)), infer)
  const model = inferMappings(inferenceInput)

  return {
    targets: {
      coverageAToB: verdict(aToB, TARGETS.coverageMs),
      coverageBToA: verdict(bToA, TARGETS.coverageMs),
      inference: verdict(inference, TARGETS.inferenceMs),
    },
    coverage: {
      catalogs: `2 × ${REQUIREMENTS} requirements`,
      mappings: COVERAGE_MAPPINGS,
      aToB,
      bToA,
      summaryAB: { ...summaryAB, sets: summaryAB.sets.length },
    },
    inference: {
      catalogs: `${PIVOT_CATALOGS} × ${REQUIREMENTS} requirements`,
      sets: pivotSets.length,
      mappings: pivotRows.length,
      maxHops: 3,
      paths: model.paths.length,
      candidates: model.candidates.length,
      check: model.check,
      ...inference,
    },
  }
}

/**
 * Engine benchmark: `npm run bench -w @versus/engine`.
 * (1) one pair compared repeatedly, against the raw catalog (indexed on every
 * call) and against a prepared one; (2) every pair of 1,000 generated
 * standards against a prepared catalog of those standards, 2,000 comparisons
 * and 50 articles; (3) a sample of those pairs against the raw catalog.
 * Single-threaded on purpose: the figures are the cost of one call. CPU time
 * is reported beside wall time, as a shared machine inflates the latter.
 * Part (2) stops after BENCH_BUDGET_S seconds (default 45) so the run stays
 * near a minute on a loaded machine; it then reports "complete: false" and
 * an extrapolated total. Knobs for quick runs: SINGLE_RUNS, ALL_LIMIT, RAW_SAMPLE.
 * Data comes from a seeded PRNG, so every run measures the same work.
 * (4)–(5): crosswalk coverage and pivot inference, see ./coverage.ts;
 * BENCH_ONLY=coverage runs those alone. Prints a table and writes
 * bench/results/engine.json (all parts) and bench/results/engine-crosswalk.json
 * (parts 4–5 with their targets and the machine's load) at the repository root.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareStandards, prepareCatalog } from '../src/index'
import { TARGETS, runCoverageBench } from './coverage'
import type { Timing } from './coverage'
import type {
  ArticleRecord,
  AspectRecord,
  CategoryRecord,
  ComparisonRecord,
  Complexity,
  CompareInput,
  CostBand,
  LegalNature,
  RelationType,
  StandardRecord,
} from '../src/index'
import { prng } from './prng'

const STANDARDS = 1000
const COMPARISONS = 2000
const ARTICLES = 50
const SEED = 0x5eed


function generate(seed: number) {
  const random = prng(seed)
  const int = (n: number) => Math.floor(random() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  const words = ['security', 'privacy', 'quality', 'risk', 'cloud', 'data', 'payments', 'resilience', 'AI', 'supply chain']
  const natures: LegalNature[] = ['regulation', 'directive', 'law', 'certifiable-standard', 'accreditation-standard', 'guidance-standard', 'framework', 'industry-scheme']
  const complexities: Complexity[] = ['low', 'medium', 'high']
  const relations: RelationType[] = ['extends', 'builds-on', 'maps-to', 'replaces', 'complements', 'takes-precedence']
  const publishers = ['ISO/IEC', 'NIST', 'European Parliament and Council', 'PCI Security Standards Council', 'AICPA']
  const jurisdictions = ['International', 'European Union', 'United States', 'South Africa']
  const categories: CategoryRecord[] = words.map((word) => ({ slug: word.replace(/ /g, '-').toLowerCase(), name: word }))
  const aspects: AspectRecord[] = ['scope', 'industry', 'nature', 'testing', 'penalties'].map((slug, order) => ({
    slug,
    name: slug[0]?.toUpperCase() + slug.slice(1),
    order,
  }))

  const slugs = Array.from({ length: STANDARDS }, (_, i) => `std-${i + 1}`)
  const standards: StandardRecord[] = slugs.map((slug, i) => {
    const legalNature = pick(natures)
    const min = 1 + int(12)
    return {
      slug,
      shortName: `STD ${i + 1}`,
      officialTitle: `Standard ${i + 1}:${2000 + int(25)} ${pick(words)} requirements`,
      editionYear: 2000 + int(25),
      legalNature,
      obligation: ['regulation', 'directive', 'law'].includes(legalNature) ? 'mandatory' : 'voluntary',
      jurisdiction: pick(jurisdictions),
      publisher: pick(publishers),
      category: pick(categories),
      tagline: `Requirements for ${pick(words)} and ${pick(words)} management`,
      costBand: (1 + int(4)) as CostBand,
      complexity: pick(complexities),
      implementationMonths: { min, max: min + int(12) },
      keyFeatures: [`${pick(words)} controls`, `${pick(words)} governance`, 'Continuous improvement'],
      whatItIs: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: `What standard ${i + 1} is.` }] }] } },
      keyComponents: ['Scope', 'Controls'],
      whyOrganizationsUseIt: null,
      implementationOverview: null,
      aspectValues: aspects.map((aspect) => ({ aspect: aspect.slug, value: `${pick(words)} ${aspect.slug}` })),
      faq: [
        { question: `What is STD ${i + 1}?`, answer: 'A generated standard.' },
        { question: `Who needs STD ${i + 1}?`, answer: 'Generated organizations.' },
      ],
      sources: [{ label: 'Publisher', url: `https://example.org/std-${i + 1}` }],
      related: Array.from({ length: int(4) }, () => ({ standard: pick(slugs), relation: pick(relations) })).filter(
        (link) => link.standard !== slug,
      ),
    }
  })
  const comparisons: ComparisonRecord[] = Array.from({ length: COMPARISONS }, () => ({
    standards: [pick(slugs), pick(slugs)] as [string, string],
    summary: random() < 0.5 ? `A generated comparison summary.` : null,
  }))
  const articles: ArticleRecord[] = Array.from({ length: ARTICLES }, (_, i) => ({
    slug: `article-${i + 1}`,
    title: `Article ${i + 1}`,
    summary: 'A generated article.',
    standards: Array.from({ length: 1 + int(3) }, () => pick(slugs)),
  }))
  return { standards, comparisons, articles, aspects }
}

function memory() {
  const { heapUsed, rss } = process.memoryUsage()
  return { heapUsedMB: heapUsed / 2 ** 20, rssMB: rss / 2 ** 20 }
}

const data = generate(SEED)
const rawCatalog = { standards: data.standards, comparisons: data.comparisons, articles: data.articles }
const prepareStart = performance.now()
const preparedCatalog = prepareCatalog(rawCatalog)
const prepareMs = performance.now() - prepareStart
const pairRecords = new Map(data.comparisons.map((c) => [[...c.standards].sort().join(' '), c]))
const inputFor = (a: StandardRecord, b: StandardRecord, catalog: CompareInput['catalog']): CompareInput => ({
  standards: [a, b],
  aspects: data.aspects,
  comparison: pairRecords.get([a.slug, b.slug].sort().join(' ')) ?? null,
  catalog,
})
let checksum = 0

function timeSingle(catalog: CompareInput['catalog'], runs: number) {
  const [first, second] = data.standards as [StandardRecord, StandardRecord]
  const input = inputFor(first, second, catalog)
  for (let i = 0; i < Math.min(2_000, runs); i++) checksum += compareStandards(input).related.length
  const start = performance.now()
  for (let i = 0; i < runs; i++) checksum += compareStandards(input).differences.length
  const ms = performance.now() - start
  return {
    runs,
    totalMs: round(ms),
    opsPerSecond: Math.round(runs / (ms / 1000)),
    microsecondsPerPair: round((ms * 1000) / runs),
  }
}

/** Compares every pair (i, j), i < j, in order, stopping after `limit` pairs or `budgetMs`. */
function timeAllPairs(catalog: CompareInput['catalog'], limit: number, budgetMs = Number.POSITIVE_INFINITY) {
  const total = (data.standards.length * (data.standards.length - 1)) / 2
  const before = memory()
  let peakRss = before.rssMB
  let pairs = 0
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  outer: for (let i = 0; i < data.standards.length; i++) {
    const a = data.standards[i] as StandardRecord
    for (let j = i + 1; j < data.standards.length; j++) {
      if (pairs >= limit) break outer
      const model = compareStandards(inputFor(a, data.standards[j] as StandardRecord, catalog))
      checksum += model.related.length + model.relatedArticles.length
      pairs++
    }
    if (i % 50 === 0) peakRss = Math.max(peakRss, memory().rssMB)
    if (performance.now() - start > budgetMs) break
  }
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuBefore)
  const cpuMs = (cpu.user + cpu.system) / 1000
  const after = memory()
  return {
    pairs,
    complete: pairs === Math.min(total, limit),
    totalSeconds: round(ms / 1000),
    cpuSeconds: round(cpuMs / 1000),
    /** What all pairs would take at the measured rate (equals totalSeconds when complete). */
    projectedSecondsForAllPairs: round(((ms / pairs) * total) / 1000),
    microsecondsPerPair: round((ms * 1000) / pairs),
    cpuMicrosecondsPerPair: round((cpuMs * 1000) / pairs),
    pairsPerSecond: Math.round(pairs / (ms / 1000)),
    memory: {
      heapUsedMBBefore: round(before.heapUsedMB),
      heapUsedMBAfter: round(after.heapUsedMB),
      rssMBBefore: round(before.rssMB),
      rssMBAfter: round(after.rssMB),
      rssMBPeak: round(Math.max(peakRss, after.rssMB)),
    },
  }
}

if (process.env.BENCH_ONLY === 'coverage') {
  const loadBefore = loadavg()
  writeCoverage(runCoverageBench(), loadBefore)
} else main()

type CoverageResults = ReturnType<typeof runCoverageBench>

/** One line per target: median and min wall time, median and min CPU time, the target and whether it is met. */
function targetLine(t: Timing, target: number): string {
  const meets = (ms: number) => (ms <= target ? 'meets' : 'MISSES')
  return (
    `median ${t.medianMs.toFixed(2)} ms, min ${t.minMs.toFixed(2)} (CPU median ${t.medianCpuMs.toFixed(2)}, min ${t.minCpuMs.toFixed(2)}; ` +
    `${t.runs} runs)   [≤ ${target} ms: ${meets(t.medianMs)} by median wall, ${meets(t.medianCpuMs)} by median CPU]`
  )
}

function coverageRows(results: CoverageResults): [string, string][] {
  const { coverage, inference } = results
  return [
    ['(4) coverage data', `${coverage.catalogs}, ${coverage.mappings.toLocaleString('en-US')} mappings`],
    ['(4) computeCoverage A → B', targetLine(coverage.aToB, TARGETS.coverageMs)],
    ['(4) computeCoverage B → A', targetLine(coverage.bToA, TARGETS.coverageMs)],
    ['(5) inference data', `${inference.catalogs}, ${inference.sets} sets, ${inference.mappings.toLocaleString('en-US')} mappings, ${inference.paths} paths ≤ ${inference.maxHops} hops`],
    ['(5) inferMappings', targetLine(inference, TARGETS.inferenceMs)],
    ['(5) candidates', inference.candidates.toLocaleString('en-US')],
  ]
}

/** The crosswalk figures alone, with the machine's load: bench/results/engine-crosswalk.json. */
function writeCoverage(results: CoverageResults, loadBefore: number[]): void {
  const rows = coverageRows(results)
  const width = Math.max(...rows.map(([label]) => label.length))
  console.info(`\n@versus/engine crosswalk benchmark\n${'-'.repeat(width + 40)}`)
  for (const [label, value] of rows) console.info(`${label.padEnd(width)}  ${value}`)
  const load = { before: loadBefore.map(round), after: loadavg().map(round) }
  console.info(`load average (1, 5, 15 min) before ${load.before.join(', ')}, after ${load.after.join(', ')} on ${cpus().length} cores`)
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage: load,
    ...results,
  }
  const file = resolve(resultsDir(), 'engine-crosswalk.json')
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`)
  console.info(`wrote ${file}`)
}

function resultsDir(): string {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bench/results')
  mkdirSync(dir, { recursive: true })
  return dir
}

function main(): void {
  const singleRuns = Number(process.env.SINGLE_RUNS ?? 10_000)
  const singleRaw = timeSingle(rawCatalog, Math.ceil(singleRuns / 10))
  const singlePrepared = timeSingle(preparedCatalog, singleRuns)
  const allPairs = timeAllPairs(
    preparedCatalog,
    Number(process.env.ALL_LIMIT ?? Number.POSITIVE_INFINITY),
    Number(process.env.BENCH_BUDGET_S ?? 45) * 1000,
  )
  const sampleRaw = timeAllPairs(rawCatalog, Number(process.env.RAW_SAMPLE ?? 1_000))
  const loadBefore = loadavg()
  const crosswalks = runCoverageBench()

  const results = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    seed: SEED,
    catalog: { standards: STANDARDS, aspects: data.aspects.length, comparisons: COMPARISONS, articles: ARTICLES },
    prepareCatalogMs: round(prepareMs),
    singlePair: { rawCatalog: singleRaw, preparedCatalog: singlePrepared },
    allPairs: { catalog: 'prepared', ...allPairs },
    rawCatalogSample: { catalog: 'raw (indexed per call)', ...sampleRaw },
    crosswalks,
    checksum,
  }

  const mem = allPairs.memory
  const rows: [string, string][] = [
    ['node / cpu', `${results.node} / ${results.cpu} (${results.cores} cores)`],
    ['catalog', `${STANDARDS} standards, ${data.aspects.length} aspects, ${COMPARISONS} comparisons, ${ARTICLES} articles`],
    ['prepareCatalog (once) ms', round(prepareMs).toFixed(2)],
    ['(1) one pair, raw catalog: ops/s', singleRaw.opsPerSecond.toLocaleString('en-US')],
    ['(1) one pair, raw catalog: µs/pair', singleRaw.microsecondsPerPair.toFixed(2)],
    ['(1) one pair, prepared catalog: ops/s', singlePrepared.opsPerSecond.toLocaleString('en-US')],
    ['(1) one pair, prepared catalog: µs/pair', singlePrepared.microsecondsPerPair.toFixed(2)],
    ['(2) all pairs (prepared): pairs', `${allPairs.pairs.toLocaleString('en-US')}${allPairs.complete ? '' : ' (stopped at the time budget)'}`],
    ['(2) all pairs (prepared): total s', allPairs.totalSeconds.toFixed(2)],
    ['(2) all pairs (prepared): CPU s', allPairs.cpuSeconds.toFixed(2)],
    ...(allPairs.complete
      ? []
      : [['(2) all pairs (prepared): projected s', allPairs.projectedSecondsForAllPairs.toFixed(2)] as [string, string]]),
    ['(2) all pairs (prepared): µs/pair', allPairs.microsecondsPerPair.toFixed(2)],
    ['(2) all pairs (prepared): CPU µs/pair', allPairs.cpuMicrosecondsPerPair.toFixed(2)],
    ['(2) all pairs (prepared): pairs/s', allPairs.pairsPerSecond.toLocaleString('en-US')],
    ['(2) heap used MB before → after', `${mem.heapUsedMBBefore} → ${mem.heapUsedMBAfter}`],
    ['(2) RSS MB before → after (peak)', `${mem.rssMBBefore} → ${mem.rssMBAfter} (${mem.rssMBPeak})`],
    [`(3) ${sampleRaw.pairs.toLocaleString('en-US')} pairs, raw catalog: s`, sampleRaw.totalSeconds.toFixed(2)],
    [`(3) ${sampleRaw.pairs.toLocaleString('en-US')} pairs, raw catalog: µs/pair`, sampleRaw.microsecondsPerPair.toFixed(2)],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  console.info(`\n@versus/engine benchmark\n${'-'.repeat(width + 40)}`)
  for (const [label, value] of rows) console.info(`${label.padEnd(width)}  ${value}`)

  const outFile = resolve(resultsDir(), 'engine.json')
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`)
  console.info(`\nwrote ${outFile}`)
  writeCoverage(crosswalks, loadBefore)
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * Prints the verdict the engine generates for seeded pairs (all, or the pair
 * slugs given), to read them aloud: `npm run verdicts -w @versus/cms -- gdpr-vs-nis2`.
 * Any two seeded standards may be named, published comparison or not.
 */
import { compareStandards, pairSlug } from '@versus/engine'
import { aspects, comparisons, standards } from './content/index'
import { seedEngineRecord } from './content/engine-record'

const bySlug = new Map(standards.map((s) => [s.slug, seedEngineRecord(s)]))
const wanted = process.argv.slice(2)
const pairs: [string, string][] =
  wanted.length > 0
    ? wanted.map((slug) => slug.split('-vs-') as [string, string])
    : comparisons.map((c) => c.standards)

for (const [x, y] of pairs) {
  const a = bySlug.get(x)
  const b = bySlug.get(y)
  if (!a || !b) {
    console.error(`unknown pair ${x}-vs-${y}`)
    process.exitCode = 1
    continue
  }
  const record = comparisons.find((c) => pairSlug(c.standards[0], c.standards[1]) === pairSlug(x, y))
  const model = compareStandards({ standards: [a, b], aspects, comparison: record ?? null })
  process.stdout.write(`## ${model.title}${model.verdict.generated ? '' : ' (editor verdict; generated one below)'}\n${model.generatedVerdict}\n\n`)
}

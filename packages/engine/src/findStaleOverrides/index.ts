import type { ComparisonModel } from '../model'
import { arrayOr } from '../_lib/normalize'
import { cleanParagraphs, stringOr } from '../_lib/text'

/** What one editor override was written against: the generated value at the time. */
export interface OverrideBasis {
  /** The generated value when the override was last written or accepted; null when unknown. */
  basis?: string | null
}

/** One aspect cell override of the pair, identified like `AspectOverride`. */
export interface AspectOverrideBasis extends OverrideBasis {
  aspect: string // aspect slug
  standard: string // slug of the side it replaces
}

/** The overrides of one pair and their bases. Pass only overrides that are in effect. */
export interface OverrideBases {
  /** The editor's verdict, when there is one. */
  verdict?: OverrideBasis | null
  aspects?: readonly AspectOverrideBasis[] | null
}

export interface StaleOverride {
  kind: 'verdict' | 'aspect'
  /** Aspect slug; null for the verdict. */
  aspect: string | null
  /** Slug of the overridden side; null for the verdict. */
  standard: string | null
  /** What the override was written against; null when that is unknown. */
  basis: string | null
  /** What the engine generates now. */
  generated: string
}

function sameText(a: string, b: string): boolean {
  return cleanParagraphs(a) === cleanParagraphs(b)
}

/**
 * @name findStaleOverrides
 * @summary The editor overrides whose generated value has changed beneath them.
 *
 * @description
 * An override replaces a generated value (the verdict, or one side of one
 * aspect row). When the standards change, the generated value may change
 * while the override stays: the editor should review it. An override is stale
 * when its basis (the generated value it was written against) differs from
 * what the model generates now, ignoring whitespace-only changes, or when its
 * basis is unknown. Aspect overrides of an aspect or standard not in the
 * model are skipped (nothing is generated for them). Pure and total; the
 * result follows the model's row order, verdict first.
 *
 * @param model - The current comparison model (from `compareStandards`)
 * @param overrides - The pair's overrides with their bases
 * @returns The stale overrides
 *
 * @example
 * findStaleOverrides(model, { verdict: { basis: 'An older generated verdict.' } })
 * //=> [{ kind: 'verdict', aspect: null, standard: null, basis: 'An older generated verdict.', generated: '…' }]
 */
export function findStaleOverrides(model: ComparisonModel, overrides: OverrideBases): StaleOverride[] {
  const stale: StaleOverride[] = []
  const generatedVerdict = model.generatedVerdict ?? (model.verdict.generated ? model.verdict.text : null)
  const verdict = overrides.verdict
  if (verdict && typeof verdict === 'object' && generatedVerdict !== null) {
    const basis = typeof verdict.basis === 'string' ? verdict.basis : null
    if (basis === null || !sameText(basis, generatedVerdict)) {
      stale.push({ kind: 'verdict', aspect: null, standard: null, basis, generated: generatedVerdict })
    }
  }

  const entries = arrayOr(overrides.aspects).filter(
    (entry): entry is AspectOverrideBasis => Boolean(entry) && typeof entry === 'object',
  )
  const [slugA, slugB] = model.pair.standards
  // A degenerate self-pair has one slug on both sides: match its overrides once.
  const sides = slugA === slugB ? [slugA] : [slugA, slugB]
  for (const row of model.differences) {
    const aspect = stringOr(row.aspect?.slug)
    for (const [index, standard] of sides.entries()) {
      const generated = row.generated?.[index] ?? (row.overridden[index] ? undefined : row.values[index])
      if (generated === undefined) continue
      for (const entry of entries) {
        if (entry.aspect !== aspect || entry.standard !== standard) continue
        const basis = typeof entry.basis === 'string' ? entry.basis : null
        if (basis === null || !sameText(basis, generated)) {
          stale.push({ kind: 'aspect', aspect, standard, basis, generated })
        }
      }
    }
  }
  return stale
}

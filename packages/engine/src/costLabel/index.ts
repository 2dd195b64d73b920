import type { CostBand } from '../types'
import { normalizeCostBand } from '../_lib/normalize'

const DESCRIPTIONS: Record<CostBand, string> = {
  1: 'Under €10k typical first-year cost',
  2: '€10k–€50k typical first-year cost',
  3: '€50k–€250k typical first-year cost',
  4: 'Over €250k typical first-year cost',
}

/**
 * @name costLabel
 * @summary The symbol and explanation of a cost band.
 *
 * @description
 * An out-of-range band is rounded and clamped to 1–4.
 *
 * @param band - 1 (under €10k) … 4 (over €250k)
 * @returns The band as euro signs, and what it means
 *
 * @example
 * costLabel(3) //=> { label: '€€€', description: '€50k–€250k typical first-year cost' }
 */
export function costLabel(band: CostBand): { label: string; description: string } {
  const n = normalizeCostBand(band)
  return { label: '€'.repeat(n), description: DESCRIPTIONS[n] }
}

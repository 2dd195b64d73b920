import type { StandardRecord } from '../types'
import { complexityLabel } from '../complexityLabel/index'
import { costLabel } from '../costLabel/index'
import { monthsLabel } from '../monthsLabel/index'
import { routeOf } from './assessment'
import { complexityRank, normalizeCostBand, normalizeMonths } from './normalize'

/*
 * Every comparative claim a page makes ("X is the heavier lift", "X costs
 * more", "only X is mandatory", "only X can be certified") is decided here,
 * from the facts it cites, and nowhere else: the verdict, "what the other
 * adds" and the pair FAQ all word these results. A claim is null when the
 * facts tie or are missing, so no page says "12–18 months, against 12–18
 * months".
 */

export interface Named {
  standard: StandardRecord
  name: string
}

/** Which of two ordered values is larger: 1 the first, -1 the second, 0 tie or unknown. */
type Order = -1 | 0 | 1

function months(standard: StandardRecord): { min: number; max: number } {
  return normalizeMonths(standard.implementationMonths?.min, standard.implementationMonths?.max)
}

/** A range is longer when neither end is shorter and one end is longer; overlapping ranges (4–18 vs 6–12) are not ordered. */
export function durationOrder(a: StandardRecord, b: StandardRecord): Order {
  const x = months(a)
  const y = months(b)
  if (x.max === 0 || y.max === 0) return 0
  if (x.min >= y.min && x.max >= y.max && (x.min > y.min || x.max > y.max)) return 1
  if (y.min >= x.min && y.max >= x.max && (y.min > x.min || y.max > x.max)) return -1
  return 0
}

export function complexityOrder(a: StandardRecord, b: StandardRecord): Order {
  const x = complexityRank(a.complexity)
  const y = complexityRank(b.complexity)
  if (x === 0 || y === 0 || x === y) return 0
  return x > y ? 1 : -1
}

export function costOrder(a: StandardRecord, b: StandardRecord): Order {
  const x = normalizeCostBand(a.costBand)
  const y = normalizeCostBand(b.costBand)
  return x === y ? 0 : x > y ? 1 : -1
}

function sameMonths(a: StandardRecord, b: StandardRecord): boolean {
  const x = months(a)
  const y = months(b)
  return x.min === y.min && x.max === y.max
}

/**
 * Which is the heavier lift: complexity and duration must not point different
 * ways, and at least one must point; a more complex standard whose range
 * overlaps the other's without containing its ends (2 months against 1–3) is
 * not called heavier. 1 = first, -1 = second, 0 = no claim.
 */
export function effortOrder(a: StandardRecord, b: StandardRecord): Order {
  const c = complexityOrder(a, b)
  const d = durationOrder(a, b)
  if (c !== 0 && d !== 0 && c !== d) return 0
  if (c !== 0 && d === 0 && !sameMonths(a, b)) return 0
  return c !== 0 ? c : d
}

const monthsText = (s: StandardRecord) => {
  const m = months(s)
  return monthsLabel(m.min, m.max)
}

/**
 * The effort claim, or null: "X is the heavier lift (high complexity against
 * medium; typically 12–18 months against 6–12 months for Y)". Only the facts
 * that differ are cited; when complexity and duration disagree, both are said
 * as they are and no side is called heavier.
 */
export function effortClaim(a: Named, b: Named): string | null {
  const order = effortOrder(a.standard, b.standard)
  const c = complexityOrder(a.standard, b.standard)
  const d = durationOrder(a.standard, b.standard)
  if (order === 0) {
    if (c === 0) return null
    if (d === 0) {
      const [complex, simple] = c > 0 ? [a, b] : [b, a]
      return `${complex.name} is rated more complex (${complexityLabel(complex.standard.complexity).toLowerCase()} against ${complexityLabel(simple.standard.complexity).toLowerCase()}), though its typical ${monthsText(complex.standard)} overlaps the ${monthsText(simple.standard)} of ${simple.name}`
    }
    const [complex, simple] = c > 0 ? [a, b] : [b, a]
    const [long, short] = d > 0 ? [a, b] : [b, a]
    return `${complex.name} is rated more complex (${complexityLabel(complex.standard.complexity).toLowerCase()} against ${complexityLabel(simple.standard.complexity).toLowerCase()}), but ${long.name} typically takes longer to implement (${monthsText(long.standard)} against ${monthsText(short.standard)})`
  }
  const [heavy, light] = order > 0 ? [a, b] : [b, a]
  const cites: string[] = []
  if (c !== 0)
    cites.push(`${complexityLabel(heavy.standard.complexity).toLowerCase()} complexity against ${complexityLabel(light.standard.complexity).toLowerCase()}`)
  if (d !== 0) cites.push(`typically ${monthsText(heavy.standard)} against ${monthsText(light.standard)} for ${light.name}`)
  return `${heavy.name} is the heavier lift (${cites.join('; ')})`
}

/** "X usually costs more in its first year (€€€, €50k–€250k, against €€ for Y)", or null on a tie. */
export function costClaim(a: Named, b: Named): string | null {
  const order = costOrder(a.standard, b.standard)
  if (order === 0) return null
  const [dear, cheap] = order > 0 ? [a, b] : [b, a]
  const dearLabel = costLabel(normalizeCostBand(dear.standard.costBand))
  const cheapLabel = costLabel(normalizeCostBand(cheap.standard.costBand))
  return `${dear.name} usually costs more in its first year (${dearLabel.label} against ${cheapLabel.label} for ${cheap.name})`
}

/** "X is mandatory where it applies; Y is voluntary", or null when both share an obligation. */
export function obligationClaim(a: Named, b: Named): string | null {
  if (a.standard.obligation === b.standard.obligation) return null
  const [must, may] = a.standard.obligation === 'mandatory' ? [a, b] : [b, a]
  if (must.standard.obligation !== 'mandatory' || may.standard.obligation !== 'voluntary') return null
  return `${must.name} is mandatory where it applies; ${may.name} is voluntary`
}

/** How third-party assessment differs, or null when both have the same route. */
export function certificationClaim(a: Named, b: Named): string | null {
  const ra = routeOf(a.standard)
  const rb = routeOf(b.standard)
  if (ra === rb) return null
  const certified = ra === 'certification' ? a : rb === 'certification' ? b : null
  const accredited = ra === 'accreditation' ? a : rb === 'accreditation' ? b : null
  if (certified && accredited)
    return `organisations are certified against ${certified.name}, while bodies such as laboratories are accredited against ${accredited.name}`
  if (certified) return `only ${certified.name} can be certified by an independent auditor`
  if (accredited) return `bodies such as laboratories are accredited against ${accredited.name}, which offers no certification`
  return null
}

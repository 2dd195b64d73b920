import type { Trait, TraitComparison } from '../model'
import type { StandardRecord } from '../types'
import { complexityLabel } from '../complexityLabel/index'
import { costLabel } from '../costLabel/index'
import { legalNatureLabel } from '../legalNatureLabel/index'
import { assessmentLabel, routeOf } from './assessment'
import { obligationLabel } from '../obligationLabel/index'
import { slugify } from '../slugify/index'
import { categoryKey, categoryName, normalizeCostBand } from './normalize'
import { cleanText, compareCodeUnits, stringOr } from './text'

const KIND_ORDER: readonly Trait['kind'][] = [
  'obligation',
  'legal-nature',
  'jurisdiction',
  'publisher',
  'category',
  'complexity',
  'cost',
  'certification',
]

const KIND_RANK = new Map(KIND_ORDER.map((kind, index) => [kind, index]))

/** Key part for free text: its slug, or the folded text when it has no a–z/0–9 ("日本"). */
function keyPart(value: string): string {
  return slugify(value) || value.toLowerCase()
}

function compareTraits(a: Trait, b: Trait): number {
  return (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) || compareCodeUnits(a.key, b.key)
}

/** The facts of one standard as traits, in kind order. Blank free-text facts are left out. */
export function standardTraits(standard: StandardRecord): Trait[] {
  const traits: Trait[] = [
    {
      kind: 'obligation',
      key: `obligation:${keyPart(stringOr(standard.obligation)) || 'unspecified'}`,
      label: obligationLabel(standard.obligation),
    },
    {
      kind: 'legal-nature',
      key: `legal-nature:${keyPart(stringOr(standard.legalNature)) || 'unspecified'}`,
      label: legalNatureLabel(standard.legalNature),
    },
  ]
  const jurisdiction = cleanText(standard.jurisdiction)
  if (jurisdiction) traits.push({ kind: 'jurisdiction', key: `jurisdiction:${keyPart(jurisdiction)}`, label: jurisdiction })
  const publisher = cleanText(standard.publisher)
  if (publisher) traits.push({ kind: 'publisher', key: `publisher:${keyPart(publisher)}`, label: publisher })
  const category = categoryKey(standard.category)
  if (category) {
    traits.push({ kind: 'category', key: `category:${category}`, label: categoryName(standard.category) ?? category })
  }
  traits.push({
    kind: 'complexity',
    key: `complexity:${keyPart(stringOr(standard.complexity)) || 'unspecified'}`,
    label: `${complexityLabel(standard.complexity)} complexity`,
  })
  const band = normalizeCostBand(standard.costBand)
  traits.push({ kind: 'cost', key: `cost:${band}`, label: `${costLabel(band).label} cost` })
  traits.push(
    routeOf(standard) === 'certification'
      ? { kind: 'certification', key: 'certification:certifiable', label: 'Certifiable' }
      : routeOf(standard) === 'accreditation'
        ? { kind: 'certification', key: 'certification:accreditation', label: assessmentLabel('accreditation') }
        : { kind: 'certification', key: 'certification:not-certifiable', label: 'Not certifiable' },
  )
  return traits.sort(compareTraits)
}

/** Traits both standards have (labelled as the first one words them), and those unique to each. */
export function compareTraitSets(a: Trait[], b: Trait[]): TraitComparison {
  const keysA = new Set(a.map((trait) => trait.key))
  const keysB = new Set(b.map((trait) => trait.key))
  return {
    shared: a.filter((trait) => keysB.has(trait.key)).sort(compareTraits),
    unique: [
      a.filter((trait) => !keysB.has(trait.key)).sort(compareTraits),
      b.filter((trait) => !keysA.has(trait.key)).sort(compareTraits),
    ],
  }
}

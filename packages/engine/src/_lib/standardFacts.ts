import type { StandardDescription } from '../describeStandard/index'
import { describeStandard } from '../describeStandard/index'
import type { Trait } from '../model'
import type { FaqItem, StandardRecord } from '../types'
import { valuesOf } from './differences'
import { cleanFaq } from './faq'
import { standardTraits } from './traits'
import { whatItIs } from './verdict'

/** Everything a comparison derives from one standard alone. */
export interface StandardFacts {
  description: StandardDescription
  traits: Trait[]
  faq: FaqItem[]
  values: ReadonlyMap<string, string>
  clause: string
}

export function computeFacts(standard: StandardRecord): StandardFacts {
  return {
    description: describeStandard(standard),
    traits: standardTraits(standard),
    faq: cleanFaq(standard.faq),
    values: valuesOf(standard),
    clause: whatItIs(standard),
  }
}

/**
 * Copies of the parts that end up in a model, so facts cached in a prepared
 * catalog are never shared between models (a caller editing one model must
 * not change another). Rich text is passed through as given, as always.
 */
export function copyFacts(facts: StandardFacts): StandardFacts {
  const { header, card, details } = facts.description
  return {
    description: {
      header: { ...header },
      card: {
        ...card,
        cost: { ...card.cost },
        complexity: { ...card.complexity },
        implementation: { ...card.implementation },
        keyFeatures: [...card.keyFeatures],
      },
      details: {
        ...details,
        keyComponents: [...details.keyComponents],
        sources: details.sources.map((source) => ({ ...source })),
      },
    },
    traits: facts.traits.map((trait) => ({ ...trait })),
    faq: facts.faq.map((item) => ({ ...item })),
    values: facts.values,
    clause: facts.clause,
  }
}

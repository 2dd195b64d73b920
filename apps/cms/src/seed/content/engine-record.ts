import type { StandardRecord } from '@versus/engine'
import { categories } from './categories'
import type { StandardSeed } from './types'

/**
 * The engine's record of a seeded standard: every fact verdicts, claims and
 * "what it adds" are built from. Rich text is left out (no generated text
 * reads it), so tests and the verdict printout need no database.
 */
export function seedEngineRecord(s: StandardSeed): StandardRecord {
  const category = categories.find((c) => c.slug === s.category)
  return {
    ...s,
    category: category ? { slug: category.slug, name: category.name } : null,
    whatItIs: null,
    whyOrganizationsUseIt: null,
    implementationOverview: null,
    aspectValues: Object.entries(s.aspectValues).map(([aspect, value]) => ({ aspect, value })),
  }
}

import type { CategoryRecord } from '@versus/engine'

import type { AspectDoc, CategoryDoc, StandardIndexDoc } from '../documents'
import { idKey } from '../ids'
import { mapCategory } from './map-category'

/**
 * Database id (as a string) → what a relation to it resolves to. Built from
 * what the reader may see: the site, published standards only; the CMS, every
 * standard's latest version. A relation to anything else is dropped, never
 * guessed.
 */
export interface MapContext {
  standardSlugs: ReadonlyMap<string, string>
  aspectSlugs: ReadonlyMap<string, string>
  categories: ReadonlyMap<string, CategoryRecord>
}

export function createMapContext(input: {
  standards: readonly Pick<StandardIndexDoc, 'id' | 'slug'>[]
  aspects: readonly Pick<AspectDoc, 'id' | 'slug'>[]
  categories: readonly CategoryDoc[]
}): MapContext {
  return {
    standardSlugs: new Map(input.standards.map((s) => [idKey(s.id), s.slug])),
    aspectSlugs: new Map(input.aspects.map((a) => [idKey(a.id), a.slug])),
    categories: new Map(input.categories.map((c) => [idKey(c.id), mapCategory(c)])),
  }
}


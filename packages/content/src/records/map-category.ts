import type { CategoryRecord } from '@versus/engine'

import type { CategoryDoc, CategoryRelation } from '../documents'
import type { MapContext } from './map-context'
import { resolveRelation } from './resolve-relation'

export function mapCategory(doc: CategoryDoc): CategoryRecord {
  return { slug: doc.slug, name: doc.name, ...(doc.description ? { description: doc.description } : {}) }
}

/** A standard's category: from the context, else the populated document itself (categories have no drafts). */
export function mapCategoryRef(value: CategoryRelation, ctx: MapContext): CategoryRecord | null {
  const known = resolveRelation(ctx.categories, value)
  if (known) return known
  if (value && typeof value === 'object' && typeof value.name === 'string' && value.slug) {
    return { slug: value.slug, name: value.name }
  }
  return null
}

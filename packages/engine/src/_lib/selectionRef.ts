import type { SelectionRef } from '../model'
import { compareSlugs } from '../compareSlugs/index'
import { PAIR_SEPARATOR } from '../pairSlug/index'

/** The canonical selection of some standard slugs: duplicates dropped, `compareSlugs` order. */
export function makeSelectionRef(slugs: readonly string[]): SelectionRef {
  const standards = [...new Set(slugs.filter((s) => typeof s === 'string'))].sort(compareSlugs)
  const slug = standards.join(PAIR_SEPARATOR)
  return { slug, path: `/compare/${slug}`, standards }
}

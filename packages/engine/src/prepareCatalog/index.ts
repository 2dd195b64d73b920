import type { CompareInput } from '../model'
import { buildCatalogIndex, CATALOG_INDEX } from '../_lib/catalogIndex'
import type { CatalogIndex } from '../_lib/catalogIndex'

/** The `catalog` of `CompareInput`. */
export type Catalog = NonNullable<CompareInput['catalog']>

/** A catalog carrying a prebuilt index; still a plain `Catalog` to every type and to JSON. */
export type PreparedCatalog = Catalog & { readonly [CATALOG_INDEX]: CatalogIndex }

/**
 * @name prepareCatalog
 * @summary Index a catalog once, for many comparisons against it.
 *
 * @description
 * `compareStandards` and `rankRelatedComparisons` otherwise index the catalog
 * on every call (O(catalog) each), which is right for one page but adds up
 * when building every page of a large catalog. The result is the same catalog
 * (the same arrays, not copies) plus an index under a symbol key; pass it
 * where a catalog goes and the output is identical, only faster. The index is
 * used only while the catalog still holds the arrays it was built from, so a
 * spread with a replaced array falls back safely; arrays changed in place
 * after preparing are not noticed, so prepare again after editing them.
 *
 * @param catalog - Published standards, comparisons and articles
 * @returns The same catalog, indexed
 *
 * @example
 * const prepared = prepareCatalog({ standards, comparisons, articles })
 * for (const [a, b] of pairs) render(compareStandards({ standards: [a, b], aspects, catalog: prepared }))
 */
export function prepareCatalog(catalog: Catalog): PreparedCatalog {
  const source = catalog && typeof catalog === 'object' ? catalog : {}
  const prepared: Catalog = {}
  if (source.standards !== undefined) prepared.standards = source.standards
  if (source.comparisons !== undefined) prepared.comparisons = source.comparisons
  if (source.articles !== undefined) prepared.articles = source.articles
  Object.defineProperty(prepared, CATALOG_INDEX, {
    value: buildCatalogIndex(source.standards, source.comparisons, source.articles),
    enumerable: false,
  })
  return prepared as PreparedCatalog
}

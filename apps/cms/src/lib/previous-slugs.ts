import type { ArrayField, CollectionBeforeChangeHook } from 'payload'

/**
 * The URL names a document had before, so links to them keep working: the
 * site answers them with a permanent redirect to the current slug. Kept by
 * `trackPreviousSlugs`, never typed by editors.
 */
export function previousSlugsField(): ArrayField {
  return {
    name: 'previousSlugs',
    type: 'array',
    labels: { singular: 'Previous slug', plural: 'Previous slugs' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Earlier URL names; they redirect to the current slug. Filled in when the slug changes.',
    },
    fields: [{ name: 'slug', type: 'text', required: true }],
  }
}

interface SlugRow {
  slug?: unknown
}

function slugsOf(rows: unknown): string[] {
  if (!Array.isArray(rows)) return []
  return rows.flatMap((row: SlugRow | null) => (row && typeof row.slug === 'string' && row.slug ? [row.slug] : []))
}

/**
 * The list after a document goes from `oldSlug` to `newSlug`: the old slug
 * appended once (moved to the end when it was there already), and any entry
 * equal to the new slug dropped (renaming back to an earlier name).
 */
export function nextPreviousSlugs(previous: string[], oldSlug: string | null, newSlug: string | null): string[] {
  const list = previous.filter((slug) => slug !== oldSlug)
  if (oldSlug && oldSlug !== newSlug) list.push(oldSlug)
  return [...new Set(list)].filter((slug) => slug !== newSlug)
}

/**
 * beforeChange: the hook owns `previousSlugs`. On an update it starts from the
 * stored list (what the request sent is ignored, so a restored version or an
 * API client cannot drop or invent entries) and appends the old slug on a
 * rename. On create the given list is kept (an import may bring one), cleaned.
 * An import adds the earlier slugs its record brings to the stored ones.
 */
export const trackPreviousSlugs: CollectionBeforeChangeHook = ({ context, data, originalDoc, operation }) => {
  const newSlug = typeof data.slug === 'string' && data.slug ? data.slug : null
  if (operation !== 'update' || !originalDoc) {
    data.previousSlugs = nextPreviousSlugs(slugsOf(data.previousSlugs), null, newSlug).map((slug) => ({ slug }))
    return data
  }
  const oldSlug = typeof originalDoc.slug === 'string' && originalDoc.slug ? originalDoc.slug : null
  const slug = newSlug ?? oldSlug
  // An import (`context.addPreviousSlugs`) may add earlier slugs a record brings; it never drops one.
  const stored = slugsOf(originalDoc.previousSlugs)
  const base = context.addPreviousSlugs === true ? [...stored, ...slugsOf(data.previousSlugs).filter((item) => !stored.includes(item))] : stored
  data.previousSlugs = nextPreviousSlugs(base, oldSlug, slug).map((value) => ({ slug: value }))
  return data
}

import type { CollectionBeforeValidateHook, CollectionSlug, TextField, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'
import { isValidSlug, slugify } from '@versus/engine'

import { failValidation } from '../lib/validation-error'

// An empty slug is fine in the form: `ensureUniqueSlug` derives it on the server before saving.
const slugValidate: TextFieldSingleValidation = (value, args) => (value ? text(value, args) : true)

/**
 * The slug, filled from `sourceField` as the editor types in a new document (components/slug-field.tsx)
 * until they edit it themselves. Required in the database; the form does not mark it so, since a save
 * derives it when left empty.
 */
export function slugField(sourceLabel: string, sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    maxLength: 200,
    validate: slugValidate,
    admin: {
      position: 'sidebar',
      description:
        `The address name: lowercase letters and digits separated by single hyphens (never “-vs-”). ` +
        `A new document’s is filled from the ${sourceLabel} as you type, until you edit it; left empty, it is derived on save.`,
      components: { Field: { path: '/components/slug-field#SlugField', clientProps: { sourceField } } },
    },
  }
}

/**
 * Derives the slug when empty, checks its format and that no other document of
 * the collection uses it. Runs for drafts too (Payload skips field validators
 * on drafts) and on every adapter alike: CongoDB has no unique indexes, and the
 * SQLite constraint only answers with a generic error.
 */
export function ensureUniqueSlug(options: {
  collection: CollectionSlug
  /** Field the slug is derived from, and the name quoted in the duplicate message. */
  titleField: string
}): CollectionBeforeValidateHook {
  const { collection, titleField } = options
  return async ({ data, originalDoc, req }) => {
    if (!data) return data
    const title = (data[titleField] ?? originalDoc?.[titleField]) as unknown
    let slug = (data.slug ?? originalDoc?.slug) as unknown

    if ((slug === undefined || slug === null || slug === '') && typeof title === 'string') {
      slug = slugify(title)
      data.slug = slug
    }
    if (typeof slug !== 'string' || slug === '') return data

    if (!isValidSlug(slug)) {
      failValidation({
        collection,
        path: 'slug',
        message: `The slug "${slug}" is invalid: use lowercase letters and digits separated by single hyphens, without "-vs-".`,
        req,
      })
    }

    const id = originalDoc?.id as number | string | undefined
    const existing = await req.payload.find({
      collection,
      where: id === undefined ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { id: { not_equals: id } }] },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const other = existing.docs[0] as Record<string, unknown> | undefined
    if (other) {
      const name = typeof other[titleField] === 'string' ? (other[titleField] as string) : slug
      failValidation({
        collection,
        path: 'slug',
        message: `The slug "${slug}" is already used by "${name}".`,
        req,
      })
    }
    return data
  }
}

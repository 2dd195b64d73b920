import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPreviewOrPublished } from '../../access/authenticatedOrPreviewOrPublished'
import { ensureUniqueSlug, slugField } from '../../fields/slug'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { commitWriteTransaction, openWriteTransaction } from '../../hooks/writeInTransaction'
import { previousSlugsField, trackPreviousSlugs } from '../../lib/previous-slugs'
import { rememberLiveArticle, revalidateArticle, revalidateArticleDelete } from './hooks/revalidateArticle'
import { livePreview, previewURL } from '../../lib/preview-url'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Article', plural: 'Articles' },
  defaultSort: '-publishedAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    description: 'Guides and news about one or more standards.',
    group: 'Content',
    livePreview: livePreview('articles'),
    preview: previewURL('articles'),
  },
  access: {
    create: authenticated,
    read: authenticatedOrPreviewOrPublished,
    update: authenticated,
    delete: authenticated,
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
  hooks: {
    beforeOperation: [refuseMalformedQuery, sanitizeInput, openWriteTransaction],
    afterOperation: [commitWriteTransaction],
    beforeValidate: [ensureUniqueSlug({ collection: 'articles', titleField: 'title' })],
    beforeChange: [trackPreviousSlugs, rememberLiveArticle],
    afterChange: [revalidateArticle],
    afterDelete: [revalidateArticleDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 600,
      admin: { description: 'Two or three sentences shown in article lists and search results.' },
    },
    { name: 'body', type: 'richText' },
    {
      name: 'standards',
      type: 'relationship',
      relationTo: 'standards',
      hasMany: true,
      // A set, not a list: no drag handles (their sortable chips nest a button in a button).
      admin: { position: 'sidebar', description: 'The standards this article is about.', isSortable: false },
    },
    {
      name: 'publishedAt',
      type: 'date',
      // The site lists published articles newest first.
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    slugField('title', 'title'),
    previousSlugsField(),
  ],
}

import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPublished } from '../../access/authenticatedOrPublished'
import { ensureUniqueSlug, slugField } from '../../fields/slug'
import { revalidateArticle, revalidateArticleDelete } from './hooks/revalidateArticle'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Article', plural: 'Articles' },
  defaultSort: '-publishedAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    description: 'Guides and news about one or more standards.',
    group: 'Content',
  },
  access: {
    create: authenticated,
    read: authenticatedOrPublished,
    update: authenticated,
    delete: authenticated,
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
  hooks: {
    beforeValidate: [ensureUniqueSlug({ collection: 'articles', titleField: 'title' })],
    afterChange: [revalidateArticle],
    afterDelete: [revalidateArticleDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      admin: { description: 'Two or three sentences shown in article lists and search results.' },
    },
    { name: 'body', type: 'richText' },
    {
      name: 'standards',
      type: 'relationship',
      relationTo: 'standards',
      hasMany: true,
      admin: { position: 'sidebar', description: 'The standards this article is about.' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    slugField('title'),
  ],
}

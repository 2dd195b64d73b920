import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { ensureUniqueSlug, slugField } from '../../fields/slug'
import { refuseDeleteWhileUsed } from './hooks/refuseDeleteWhileUsed'
import { revalidateCategories, revalidateCategoriesDelete } from './hooks/revalidateCategories'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Category', plural: 'Categories' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    description: 'Groups of standards: privacy, information security, AI…',
    group: 'Structure',
  },
  access: {
    create: authenticated,
    read: anyone,
    update: authenticated,
    delete: authenticated,
  },
  hooks: {
    beforeValidate: [ensureUniqueSlug({ collection: 'categories', titleField: 'name' })],
    afterChange: [revalidateCategories],
    beforeDelete: [refuseDeleteWhileUsed],
    afterDelete: [revalidateCategoriesDelete],
  },
  fields: [
    // The site lists categories sorted by name.
    { name: 'name', type: 'text', required: true, index: true },
    { name: 'description', type: 'textarea' },
    slugField('name'),
  ],
}

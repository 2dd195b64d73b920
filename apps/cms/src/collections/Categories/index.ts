import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { noVersionsEndpoints } from '../../endpoints/no-versions'
import { ensureUniqueSlug, slugField } from '../../fields/slug'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { commitWriteTransaction, openWriteTransaction } from '../../hooks/writeInTransaction'
import { refuseDeleteWhileUsed } from './hooks/refuseDeleteWhileUsed'
import { revalidateCategories, revalidateCategoriesDelete } from './hooks/revalidateCategories'
import { recountAfterChange, recountAfterDelete } from '../../lib/stale-counts'

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
  endpoints: noVersionsEndpoints('Categories'),
  hooks: {
    beforeOperation: [refuseMalformedQuery, sanitizeInput, openWriteTransaction],
    afterOperation: [commitWriteTransaction],
    beforeValidate: [ensureUniqueSlug({ collection: 'categories', titleField: 'name' })],
    afterChange: [recountAfterChange, revalidateCategories],
    beforeDelete: [refuseDeleteWhileUsed],
    afterDelete: [recountAfterDelete, revalidateCategoriesDelete],
  },
  fields: [
    // The site lists categories sorted by name.
    { name: 'name', type: 'text', required: true, index: true, maxLength: 80 },
    { name: 'description', type: 'textarea', maxLength: 1000 },
    slugField('name', 'name'),
  ],
}

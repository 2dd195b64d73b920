import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { noVersionsEndpoints } from '../../endpoints/no-versions'
import { ensureUniqueSlug, slugField } from '../../fields/slug'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { commitWriteTransaction, openWriteTransaction } from '../../hooks/writeInTransaction'
import { revalidateAspects, revalidateAspectsDelete } from './hooks/revalidateAspects'
import { recountAfterChange, recountAfterDelete } from '../../lib/stale-counts'

export const Aspects: CollectionConfig = {
  slug: 'aspects',
  labels: { singular: 'Aspect', plural: 'Aspects' },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'order', 'slug', 'updatedAt'],
    description: 'The rows of every key-differences table, in ascending order. Each standard gives one value per aspect.',
    group: 'Structure',
  },
  access: {
    create: authenticated,
    read: anyone,
    update: authenticated,
    delete: authenticated,
  },
  endpoints: noVersionsEndpoints('Aspects'),
  hooks: {
    beforeOperation: [refuseMalformedQuery, sanitizeInput, openWriteTransaction],
    afterOperation: [commitWriteTransaction],
    beforeValidate: [ensureUniqueSlug({ collection: 'aspects', titleField: 'name' })],
    afterChange: [recountAfterChange, revalidateAspects],
    afterDelete: [recountAfterDelete, revalidateAspectsDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60, admin: { description: '"Scope", "Penalties"…' } },
    {
      name: 'order',
      type: 'number',
      required: true,
      // The site and the engine read aspects sorted by it.
      index: true,
      admin: { description: 'Row position in comparison tables; lower comes first.' },
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'What this aspect answers, for editors.' },
    },
    slugField('name', 'name'),
  ],
}

import type { CollectionConfig, Where } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPublicRequirement } from '../../access/authenticatedOrPublicRequirement'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { commitWriteTransaction, openWriteTransaction } from '../../hooks/writeInTransaction'
import { integer } from '../../lib/validators'
import { relationId } from '@versus/content'
import { checkRequirement } from './hooks/checkRequirement'
import { markMappingsStaleOnChange } from './hooks/markMappingsStale'
import { refuseDeleteRequirementWhileUsed } from './hooks/refuseDeleteWhileMapped'
import { revalidateRequirement, revalidateRequirementDelete } from './hooks/revalidateRequirement'

/**
 * One requirement of an edition's catalog (a clause, control, article, subcategory), identified
 * by its refId as published. What may be stored of the official wording depends on the
 * edition's text licence. No versions: catalogs run to thousands of rows.
 */
export const Requirements: CollectionConfig = {
  slug: 'requirements',
  labels: { singular: 'Requirement', plural: 'Requirements' },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'refId',
    defaultColumns: ['refId', 'title', 'edition', 'kind', 'assessable', 'updatedAt'],
    description: 'Requirement catalogs of the editions. Mappings link requirements of two editions.',
    group: 'Crosswalks',
    listSearchableFields: ['refId', 'title', 'summary'],
  },
  access: {
    create: authenticated,
    read: authenticatedOrPublicRequirement,
    update: authenticated,
    delete: authenticated,
  },
  indexes: [
    { fields: ['edition', 'refId'], unique: true },
    { fields: ['edition', 'slug'], unique: true },
  ],
  hooks: {
    beforeOperation: [refuseMalformedQuery, sanitizeInput, openWriteTransaction],
    afterOperation: [commitWriteTransaction],
    beforeChange: [checkRequirement],
    afterChange: [markMappingsStaleOnChange, revalidateRequirement],
    beforeDelete: [refuseDeleteRequirementWhileUsed],
    afterDelete: [revalidateRequirementDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'edition', type: 'relationship', relationTo: 'editions', required: true, index: true, admin: { width: '40%' } },
        {
          name: 'refId',
          label: 'Reference',
          type: 'text',
          required: true,
          maxLength: 100,
          admin: { width: '30%', description: 'As the standard prints it: "A.5.1", "GV.OC-01", "Art. 21(2)(a)".' },
        },
        {
          name: 'kind',
          type: 'text',
          maxLength: 40,
          admin: { width: '30%', description: '"clause", "control", "article", "subcategory"…' },
        },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'requirements',
      index: true,
      admin: { description: 'The clause, category or article this one sits under, in the same edition.' },
      filterOptions: ({ data, id }) => {
        const edition = relationId((data as { edition?: unknown } | undefined)?.edition)
        const conditions: Where[] = [
          ...(edition ? [{ edition: { equals: edition } }] : []),
          ...(id !== undefined && id !== null ? [{ id: { not_equals: id } }] : []),
        ]
        return conditions.length > 0 ? { and: conditions } : true
      },
    },
    {
      name: 'title',
      label: 'Official short title',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Not allowed when the edition\'s licence is "ids only".' },
    },
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'One line in our words, never the standard\'s text.' },
    },
    {
      name: 'text',
      label: 'Official text',
      type: 'textarea',
      maxLength: 20_000,
      admin: { description: 'Only for editions whose licence is "full text" (public domain sources such as NIST).' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'assessable',
          type: 'checkbox',
          defaultValue: true,
          admin: { width: '50%', description: 'Something one can comply with; headings are not.' },
        },
        { name: 'order', type: 'number', validate: integer, admin: { width: '50%', description: 'Position among siblings.' } },
      ],
    },
    {
      name: 'slug',
      label: 'URL segment',
      type: 'text',
      index: true,
      maxLength: 120,
      admin: { position: 'sidebar', readOnly: true, description: 'Derived from the reference.' },
    },
  ],
}

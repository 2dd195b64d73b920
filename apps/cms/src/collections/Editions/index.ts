import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPublicEdition } from '../../access/authenticatedOrPublicEdition'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { commitWriteTransaction, openWriteTransaction } from '../../hooks/writeInTransaction'
import { integer } from '../../lib/validators'
import { checkEdition } from './hooks/checkEdition'
import { refuseDeleteEditionWhileUsed } from './hooks/refuseDeleteWhileUsed'
import { revalidateEdition, revalidateEditionDelete } from './hooks/revalidateEdition'

/**
 * One edition of a standard ("ISO/IEC 27001:2022"): the unit requirement catalogs and mapping
 * sets hang on. No versions: the status field says what visitors see (everything but drafts).
 */
export const Editions: CollectionConfig = {
  slug: 'editions',
  labels: { singular: 'Edition', plural: 'Editions' },
  defaultSort: 'slug',
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'slug', 'standard', 'status', 'textLicence', 'year'],
    description: 'Editions of a standard. Requirements and mapping sets belong to an edition.',
    group: 'Crosswalks',
    listSearchableFields: ['label', 'slug'],
  },
  access: {
    create: authenticated,
    read: authenticatedOrPublicEdition,
    update: authenticated,
    delete: authenticated,
  },
  hooks: {
    beforeOperation: [refuseMalformedQuery, sanitizeInput, openWriteTransaction],
    afterOperation: [commitWriteTransaction],
    beforeChange: [checkEdition],
    afterChange: [revalidateEdition],
    beforeDelete: [refuseDeleteEditionWhileUsed],
    afterDelete: [revalidateEditionDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'standard', type: 'relationship', relationTo: 'standards', required: true, index: true, admin: { width: '50%' } },
        {
          name: 'slug',
          label: 'Edition id',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          maxLength: 80,
          admin: { width: '50%', description: 'Lowercase, hyphens: "iso-27001-2022". Importers and the site use it.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'label',
          type: 'text',
          required: true,
          maxLength: 120,
          admin: { width: '50%', description: '"ISO/IEC 27001:2022", "CSF 2.0".' },
        },
        { name: 'year', type: 'number', required: true, min: 1900, max: 2100, validate: integer, admin: { width: '25%' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'current',
          index: true,
          admin: { width: '25%', description: 'Visitors see every edition but drafts (of published standards).' },
          options: [
            { label: 'Current', value: 'current' },
            { label: 'Superseded', value: 'superseded' },
            { label: 'Withdrawn', value: 'withdrawn' },
            { label: 'Draft', value: 'draft' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'supersedes',
          type: 'relationship',
          relationTo: 'editions',
          admin: { width: '50%', description: 'The edition this one replaces.' },
        },
        {
          name: 'transitionDeadline',
          type: 'date',
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly' }, description: 'By when holders of the replaced edition must move.' },
        },
      ],
    },
    {
      name: 'textLicence',
      type: 'select',
      required: true,
      defaultValue: 'ids-only',
      admin: {
        description:
          'What of the official text may be stored: all of it (public domain, e.g. NIST), identifiers with official short titles, or identifiers only.',
      },
      options: [
        { label: 'Full text', value: 'full-text' },
        { label: 'Titles and ids', value: 'titles-and-ids' },
        { label: 'Ids only', value: 'ids-only' },
      ],
    },
    {
      name: 'amendments',
      type: 'array',
      labels: { singular: 'Amendment', plural: 'Amendments' },
      maxRows: 20,
      admin: { description: 'Short labels in our words: "Amd 1:2024 (climate action)".' },
      fields: [{ name: 'label', type: 'text', required: true, maxLength: 200 }],
    },
  ],
}

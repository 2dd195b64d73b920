import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPublicMappingSet } from '../../access/authenticatedOrPublicMappingSet'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { commitWriteTransaction, openWriteTransaction } from '../../hooks/writeInTransaction'
import { httpURL } from '../../lib/validators'
import { checkMappingSet } from './hooks/checkMappingSet'
import { deleteRowsOfSet } from './hooks/deleteRows'
import { revalidateMappingSet, revalidateMappingSetDelete } from './hooks/revalidateMappingSet'

/**
 * A published or editorial mapping from one edition to another, with its provenance. Rows live in
 * `mappings`, one direction only: the reverse is computed by the engine. Visitors never see draft
 * or deprecated sets, nor their rows.
 */
export const MappingSets: CollectionConfig = {
  slug: 'mapping-sets',
  labels: { singular: 'Mapping set', plural: 'Mapping sets' },
  defaultSort: 'slug',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'sourceEdition', 'targetEdition', 'method', 'status', 'reviewedAt'],
    description: 'Who mapped which edition to which, how, and how completely.',
    group: 'Crosswalks',
    listSearchableFields: ['title', 'slug', 'publisher'],
  },
  access: {
    create: authenticated,
    read: authenticatedOrPublicMappingSet,
    update: authenticated,
    delete: authenticated,
  },
  hooks: {
    beforeOperation: [refuseMalformedQuery, sanitizeInput, openWriteTransaction],
    afterOperation: [commitWriteTransaction],
    beforeChange: [checkMappingSet],
    afterChange: [revalidateMappingSet],
    beforeDelete: [deleteRowsOfSet],
    afterDelete: [revalidateMappingSetDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'slug',
          label: 'Set id',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          maxLength: 160,
          admin: { width: '40%', description: '"<source edition>--<target edition>", e.g. "nist-csf-2-0--iso-27001-2022".' },
        },
        { name: 'title', type: 'text', required: true, maxLength: 200, admin: { width: '60%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'sourceEdition', type: 'relationship', relationTo: 'editions', required: true, index: true, admin: { width: '50%' } },
        { name: 'targetEdition', type: 'relationship', relationTo: 'editions', required: true, index: true, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'publisher', type: 'text', required: true, maxLength: 150, admin: { width: '50%', description: '"NIST", "Versus editorial".' } },
        { name: 'author', type: 'text', maxLength: 150, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'method',
          type: 'select',
          required: true,
          admin: { width: '34%', description: 'Only set-theory and edition-transition rows count towards coverage as typed.' },
          options: [
            { label: 'Set theory (typed)', value: 'set-theory' },
            { label: 'Crosswalk (untyped)', value: 'crosswalk' },
            { label: 'Supportive', value: 'supportive' },
            { label: 'Edition transition', value: 'edition-transition' },
          ],
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          index: true,
          admin: { width: '33%', description: 'Visitors never see draft or deprecated sets.' },
          options: [
            { label: 'Draft', value: 'draft' },
            { label: 'Complete', value: 'complete' },
            { label: 'Not complete', value: 'not-complete' },
            { label: 'Deprecated', value: 'deprecated' },
            { label: 'Superseded', value: 'superseded' },
          ],
        },
        {
          name: 'comprehensive',
          type: 'checkbox',
          defaultValue: false,
          admin: { width: '33%', description: 'Every pair was examined: no link means no counterpart.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'licence', type: 'text', maxLength: 200, admin: { width: '34%' } },
        { name: 'sourceUrl', label: 'Source URL', type: 'text', maxLength: 2000, validate: httpURL, admin: { width: '33%' } },
        { name: 'reviewedAt', type: 'date', admin: { width: '33%', date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    {
      name: 'fileHash',
      type: 'text',
      maxLength: 64,
      admin: { readOnly: true, description: 'sha256 of the file the set was imported from.' },
      validate: (value: unknown) =>
        value === null || value === undefined || value === '' || (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value))
          ? true
          : 'A sha256 in lowercase hex (64 characters).',
    },
    {
      type: 'collapsible',
      label: 'Declared coverage',
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'coveredTargets',
          type: 'json',
          admin: { description: 'Target refIds the author declares fully covered by the union of their typed links.' },
        },
        { name: 'coveredSources', type: 'json', admin: { description: 'The same for source refIds.' } },
      ],
    },
    {
      name: 'mappingGrid',
      type: 'ui',
      admin: { components: { Field: '/components/MappingGrid#MappingGrid' } },
    },
  ],
}

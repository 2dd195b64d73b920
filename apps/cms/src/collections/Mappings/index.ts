import type { CollectionConfig, FilterOptionsProps, Where } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPublicMapping } from '../../access/authenticatedOrPublicMapping'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { commitWriteTransaction, openWriteTransaction } from '../../hooks/writeInTransaction'
import { integer } from '../../lib/validators'
import { relationId } from '@versus/content'
import { checkMappingSides } from './hooks/checkMappingSides'
import { RATIONALE_OPTIONS, RELATIONSHIP_OPTIONS, REVIEW_STATUS_OPTIONS } from './options'
import { revalidateMapping, revalidateMappingDelete } from './hooks/revalidateMapping'
import { settleReview } from './hooks/settleReview'

/** Only requirements of one edition may be picked: the one on this side of the chosen set. */
const sameEditionAs =
  (side: 'sourceEdition' | 'targetEdition') =>
  async ({ data, req }: FilterOptionsProps): Promise<Where | true> => {
    const set = relationId((data as { set?: unknown } | undefined)?.set)
    if (!set) return true
    const doc = await req.payload.db.findOne<{ id: number | string } & Record<string, unknown>>({ collection: 'mapping-sets', where: { id: { equals: set } }, req })
    const edition = relationId(doc?.[side])
    return edition ? { edition: { equals: edition } } : true
  }

/**
 * One row of a mapping set: these source requirements relate to those target requirements, as
 * published (one direction; the engine computes the other). A change to a requirement a row uses
 * marks the row stale until an editor reviews it.
 */
export const Mappings: CollectionConfig = {
  slug: 'mappings',
  labels: { singular: 'Mapping', plural: 'Mappings' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'set', 'relationship', 'strength', 'stale', 'reviewStatus'],
    listSearchableFields: ['title', 'gapNote'],
    description: 'Rows of the mapping sets. A stale row uses a requirement that changed since it was reviewed.',
    group: 'Crosswalks',
  },
  access: {
    create: authenticated,
    read: authenticatedOrPublicMapping,
    update: authenticated,
    delete: authenticated,
  },
  hooks: {
    beforeOperation: [refuseMalformedQuery, sanitizeInput, openWriteTransaction],
    afterOperation: [commitWriteTransaction],
    beforeChange: [checkMappingSides, settleReview],
    afterChange: [revalidateMapping],
    afterDelete: [revalidateMappingDelete],
  },
  fields: [
    { name: 'set', type: 'relationship', relationTo: 'mapping-sets', required: true, index: true },
    {
      name: 'title',
      type: 'text',
      maxLength: 300,
      admin: { readOnly: true, description: 'Derived from the two sides: "GV.PO-01 → 5.2, A.5.1".' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sources',
          type: 'relationship',
          relationTo: 'requirements',
          hasMany: true,
          maxRows: 50,
          admin: { width: '50%', description: 'In the set\'s source edition; several mean their union. Empty only in a "not related" gap row.', isSortable: false },
          filterOptions: sameEditionAs('sourceEdition'),
        },
        {
          name: 'targets',
          type: 'relationship',
          relationTo: 'requirements',
          hasMany: true,
          maxRows: 50,
          admin: { width: '50%', description: 'In the set\'s target edition; several mean their union. Empty only in a "not related" gap row.', isSortable: false },
          filterOptions: sameEditionAs('targetEdition'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'relationship',
          type: 'select',
          required: true,
          admin: { width: '34%', description: 'How the sources stand to the targets (NIST IR 8477).' },
          options: [...RELATIONSHIP_OPTIONS],
        },
        {
          name: 'rationale',
          type: 'select',
          admin: { width: '33%' },
          options: [...RATIONALE_OPTIONS],
        },
        { name: 'strength', type: 'number', min: 0, max: 10, validate: integer, admin: { width: '33%', description: '0–10.' } },
      ],
    },
    {
      name: 'gapNote',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'What the targets ask for beyond the sources, in our words.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reviewStatus',
          type: 'select',
          required: true,
          defaultValue: 'unreviewed',
          admin: { width: '34%' },
          options: [...REVIEW_STATUS_OPTIONS],
        },
        {
          name: 'stale',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          admin: { width: '33%', description: 'A requirement this row uses changed; review and untick.' },
        },
        { name: 'reviewedAt', type: 'date', admin: { width: '33%', readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'staleReason', type: 'textarea', maxLength: 1000, admin: { width: '67%', readOnly: true, condition: (data) => Boolean(data?.stale) } },
        { name: 'staleSince', type: 'date', admin: { width: '33%', readOnly: true, condition: (data) => Boolean(data?.stale) } },
      ],
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPublished } from '../../access/authenticatedOrPublished'
import { ensurePair } from './hooks/ensurePair'
import { revalidateComparison, revalidateComparisonDelete } from './hooks/revalidateComparison'

export const Comparisons: CollectionConfig = {
  slug: 'comparisons',
  labels: { singular: 'Comparison', plural: 'Comparisons' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'featured', '_status', 'updatedAt'],
    description:
      'A pair of standards. The page is generated from the two standards’ facts; add only what is specific to the pair.',
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
    beforeValidate: [ensurePair],
    afterChange: [revalidateComparison],
    afterDelete: [revalidateComparisonDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'standardA',
          type: 'relationship',
          relationTo: 'standards',
          required: true,
          admin: { width: '50%', description: 'Either order: A vs B and B vs A are the same comparison.' },
        },
        {
          name: 'standardB',
          type: 'relationship',
          relationTo: 'standards',
          required: true,
          admin: { width: '50%' },
          filterOptions: ({ siblingData }) => {
            const a = (siblingData as { standardA?: unknown } | undefined)?.standardA
            return typeof a === 'number' || typeof a === 'string' ? { id: { not_equals: a } } : true
          },
        },
      ],
    },
    {
      name: 'summary',
      type: 'text',
      admin: { description: 'One line used where other pages link to this comparison.' },
    },
    {
      name: 'verdict',
      type: 'textarea',
      admin: { description: 'Optional. Leave empty and the verdict is written from the two standards’ facts.' },
    },
    {
      name: 'aspectOverrides',
      type: 'array',
      labels: { singular: 'Aspect override', plural: 'Aspect overrides' },
      admin: {
        description: 'Replaces the generated value of one aspect for one side of this pair only.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'aspect', type: 'relationship', relationTo: 'aspects', required: true, admin: { width: '50%' } },
            {
              name: 'side',
              type: 'select',
              required: true,
              admin: { width: '50%' },
              options: [
                { label: 'Standard A', value: 'a' },
                { label: 'Standard B', value: 'b' },
              ],
            },
          ],
        },
        { name: 'value', type: 'textarea', required: true },
      ],
    },
    {
      name: 'faq',
      type: 'array',
      labels: { singular: 'Question', plural: 'FAQ' },
      admin: { description: 'Questions about the pair, shown before each standard’s own FAQ.' },
      fields: [
        { name: 'question', type: 'text', required: true },
        { name: 'answer', type: 'textarea', required: true },
      ],
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Show on the home page.' },
    },
    {
      name: 'title',
      type: 'text',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Computed: "<A> vs <B>" from the standards’ short names.',
      },
    },
    {
      name: 'pairKey',
      type: 'text',
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Computed from the two standards; (A, B) and (B, A) share it.',
      },
    },
  ],
}

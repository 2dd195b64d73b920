import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedFieldLevel } from '../../access/authenticatedFieldLevel'
import { authenticatedOrPreviewOrPublished } from '../../access/authenticatedOrPreviewOrPublished'
import { comparisonGenerated, pairGenerated } from '../../endpoints/generated'
import { pairCoverageEndpoint } from '../../endpoints/pair-coverage'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { reviewFields } from '../../fields/review'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { stampReview } from '../../hooks/stampReview'
import { commitWriteTransaction, openWriteTransaction } from '../../hooks/writeInTransaction'
import { ensurePair } from './hooks/ensurePair'
import { keepOverrideSides } from './hooks/keepOverrideSides'
import { setOverrideBases } from './hooks/setOverrideBases'
import { countStaleOverrides } from './hooks/countStaleOverrides'
import { rememberLiveComparison, revalidateComparison, revalidateComparisonDelete } from './hooks/revalidateComparison'
import { livePreview, previewURL } from '../../lib/preview-url'

/**
 * Editorial bookkeeping computed from the standards as editors see them, drafts included (the list
 * title, the generated text an override replaced): a published comparison would show visitors a
 * draft standard's name or facts, so only signed-in users read these. The site never needs them.
 */
const editorsOnly = { read: authenticatedFieldLevel }

export const Comparisons: CollectionConfig = {
  slug: 'comparisons',
  labels: { singular: 'Comparison', plural: 'Comparisons' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'featured', 'staleOverrides', '_status', 'updatedAt'],
    description:
      'A pair of standards. The page is generated from the two standards’ facts; add only what is specific to the pair.',
    group: 'Content',
    livePreview: livePreview('comparisons'),
    preview: previewURL('comparisons'),
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
    beforeValidate: [ensurePair],
    beforeChange: [rememberLiveComparison, keepOverrideSides, setOverrideBases, countStaleOverrides, stampReview],
    afterChange: [revalidateComparison],
    afterDelete: [revalidateComparisonDelete],
  },
  // Custom endpoints are matched before the built-in `/:id` routes.
  endpoints: [pairGenerated, pairCoverageEndpoint, comparisonGenerated],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'standardA',
          label: 'Shown first',
          type: 'relationship',
          relationTo: 'standards',
          required: true,
          // Deleting a standard looks up the comparisons on either side (MongoDB needs the index declared).
          index: true,
          admin: {
            width: '50%',
            description: 'The page is titled and addressed in this order: /compare/<first>-vs-<second>. The other order redirects to it.',
          },
        },
        {
          name: 'standardB',
          label: 'Shown second',
          type: 'relationship',
          relationTo: 'standards',
          required: true,
          index: true,
          admin: { width: '50%' },
          filterOptions: ({ siblingData }) => {
            const a = (siblingData as { standardA?: unknown } | undefined)?.standardA
            return typeof a === 'number' || typeof a === 'string' ? { id: { not_equals: a } } : true
          },
        },
      ],
    },
    {
      name: 'pairOrder',
      type: 'ui',
      admin: { components: { Field: '/components/pair-order-field#PairOrderField' } },
    },
    {
      name: 'generatedPanel',
      type: 'ui',
      admin: { components: { Field: '/components/generated-panel#GeneratedPanel' } },
    },
    {
      name: 'coveragePanel',
      type: 'ui',
      admin: { components: { Field: '/components/coverage-panel#CoveragePanel' } },
    },
    {
      name: 'summary',
      type: 'text',
      maxLength: 300,
      admin: { description: 'One line used where other pages link to this comparison.' },
    },
    {
      name: 'verdict',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'Optional. Leave empty and the verdict is written from the two standards’ facts.' },
    },
    {
      name: 'verdictStart',
      type: 'ui',
      admin: { components: { Field: '/components/start-from-generated#VerdictStartButton' } },
    },
    {
      name: 'verdictStale',
      type: 'ui',
      admin: { components: { Field: '/components/stale-override-notice#VerdictStaleNotice' } },
    },
    {
      name: 'verdictBasis',
      type: 'textarea',
      access: editorsOnly,
      admin: {
        hidden: true,
        readOnly: true,
        description: 'The generated verdict the editor’s verdict was written against (set on save).',
      },
    },
    {
      // Set by the "accept" action of a stale verdict; the save refreshes the basis and clears it.
      name: 'verdictAccept',
      type: 'checkbox',
      access: editorsOnly,
      defaultValue: false,
      admin: { hidden: true },
    },
    {
      name: 'aspectOverrides',
      type: 'array',
      labels: { singular: 'Aspect override', plural: 'Aspect overrides' },
      maxRows: 100,
      admin: {
        description: 'Replaces the generated value of one aspect for one of the two standards, in this pair only.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'aspect', type: 'relationship', relationTo: 'aspects', required: true, admin: { width: '50%' } },
            {
              name: 'side',
              label: 'Standard',
              type: 'select',
              required: true,
              // Labelled with the two standards' names in the form (the stored values stay a/b: shown first/second).
              admin: { width: '50%', components: { Field: '/components/override-side-field#OverrideSideField' } },
              options: [
                { label: 'Shown first', value: 'a' },
                { label: 'Shown second', value: 'b' },
              ],
            },
          ],
        },
        { name: 'value', type: 'textarea', required: true, maxLength: 600 },
        {
          name: 'startFromGenerated',
          type: 'ui',
          admin: { components: { Field: '/components/start-from-generated#AspectStartButton' } },
        },
        {
          name: 'staleNotice',
          type: 'ui',
          admin: { components: { Field: '/components/stale-override-notice#AspectStaleNotice' } },
        },
        {
          name: 'basis',
          type: 'textarea',
          access: editorsOnly,
          admin: {
            hidden: true,
            readOnly: true,
            description: 'The generated value this override was written against (set on save).',
          },
        },
        {
          // Set by the "accept" action of a stale override; the save refreshes the basis and clears it.
          name: 'accept',
          type: 'checkbox',
          access: editorsOnly,
          defaultValue: false,
          admin: { hidden: true },
        },
      ],
    },
    {
      name: 'faq',
      label: 'FAQ',
      type: 'array',
      labels: { singular: 'Question', plural: 'FAQ' },
      maxRows: 30,
      admin: { description: 'Questions about the pair, shown before each standard’s own FAQ.' },
      fields: [
        { name: 'question', type: 'text', required: true, maxLength: 200 },
        { name: 'answer', type: 'textarea', required: true, maxLength: 3000 },
      ],
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Show on the home page.',
        components: { Cell: '/components/yes-no-cell#YesNoCell' },
      },
    },
    ...reviewFields(),
    {
      name: 'title',
      type: 'text',
      access: editorsOnly,
      // The admin list's title column and the in-use messages sort by it.
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Computed: "<first> vs <second>" from the standards’ short names, in the order shown.',
      },
    },
    {
      // Computed from the two standards; (A, B) and (B, A) share it. Internal: the unique key, never shown.
      name: 'pairKey',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      // Stored (lib/stale-counts.ts keeps it current as standards change) so the list can show and filter on it.
      name: 'staleOverrides',
      type: 'number',
      label: 'Stale overrides',
      access: editorsOnly,
      index: true,
      defaultValue: 0,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'Computed: overrides written against a generated text the standards no longer produce. Each is flagged beside it below.',
        components: { Cell: '/components/stale-count-cell#StaleCountCell' },
      },
    },
  ],
}

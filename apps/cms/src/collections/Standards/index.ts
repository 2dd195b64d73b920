import type { CollectionConfig } from 'payload'
import { array } from 'payload/shared'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPreviewOrPublished } from '../../access/authenticatedOrPreviewOrPublished'
import { ensureUniqueSlug, slugField } from '../../fields/slug'
import { reviewFields } from '../../fields/review'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { stampReview } from '../../hooks/stampReview'
import { commitWriteTransaction, openWriteTransaction } from '../../hooks/writeInTransaction'
import { httpURL, integer, uniqueRelationRows } from '../../lib/validators'
import { editionYear, monthsMax, monthsMin, notSelf } from './validators'
import { previousSlugsField, trackPreviousSlugs } from '../../lib/previous-slugs'
import { refuseDeleteWhileCompared } from './hooks/refuseDeleteWhileCompared'
import { refreshComparisonStaleness } from './hooks/refreshStaleCounts'
import { rememberLiveStandard, revalidateStandard, revalidateStandardDelete } from './hooks/revalidateStandard'
import { livePreview, previewURL } from '../../lib/preview-url'

export const Standards: CollectionConfig = {
  slug: 'standards',
  labels: { singular: 'Standard', plural: 'Standards' },
  defaultSort: 'shortName',
  admin: {
    useAsTitle: 'shortName',
    defaultColumns: ['shortName', 'legalNature', 'jurisdiction', 'category', '_status', 'updatedAt'],
    description: 'Every fact about a standard lives here, once. Comparison pages are derived from two standards.',
    group: 'Content',
    livePreview: livePreview('standards'),
    preview: previewURL('standards'),
    listSearchableFields: ['shortName', 'officialTitle', 'slug'],
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
    beforeValidate: [ensureUniqueSlug({ collection: 'standards', titleField: 'shortName' })],
    beforeChange: [trackPreviousSlugs, stampReview, rememberLiveStandard],
    afterChange: [refreshComparisonStaleness, revalidateStandard],
    beforeDelete: [refuseDeleteWhileCompared],
    afterDelete: [revalidateStandardDelete],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Facts',
          fields: [
            {
              name: 'shortName',
              type: 'text',
              required: true,
              maxLength: 40,
              // The admin list and the in-use messages sort by it.
              index: true,
              admin: { description: 'How people say it: "ISO 27032", "NIS2", "EU AI Act". At most 40 characters.' },
            },
            {
              name: 'officialTitle',
              type: 'text',
              required: true,
              maxLength: 300,
              admin: {
                description:
                  'Full title with edition, e.g. "ISO/IEC 27032:2023 Cybersecurity — Guidelines for Internet security".',
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'editionYear',
                  type: 'number',
                  required: true,
                  min: 1900,
                  max: 2100,
                  admin: { description: 'Year of the current edition; must agree with the year in the title.', width: '33%' },
                  validate: editionYear,
                },
                {
                  name: 'legalNature',
                  type: 'select',
                  required: true,
                  admin: { width: '33%' },
                  options: [
                    { label: 'Regulation', value: 'regulation' },
                    { label: 'Directive', value: 'directive' },
                    { label: 'Law', value: 'law' },
                    { label: 'Certifiable standard', value: 'certifiable-standard' },
                    { label: 'Accreditation standard', value: 'accreditation-standard' },
                    { label: 'Guidance standard', value: 'guidance-standard' },
                    { label: 'Framework', value: 'framework' },
                    { label: 'Industry scheme', value: 'industry-scheme' },
                  ],
                },
                {
                  name: 'obligation',
                  type: 'select',
                  required: true,
                  admin: { width: '33%' },
                  options: [
                    { label: 'Mandatory', value: 'mandatory' },
                    { label: 'Voluntary', value: 'voluntary' },
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'jurisdiction',
                  type: 'text',
                  required: true,
                  maxLength: 100,
                  admin: { description: '"International", "European Union", "United States"…', width: '50%' },
                },
                {
                  name: 'publisher',
                  type: 'text',
                  required: true,
                  maxLength: 150,
                  admin: { description: '"ISO/IEC", "European Parliament and Council", "NIST"…', width: '50%' },
                },
              ],
            },
            {
              name: 'category',
              type: 'relationship',
              relationTo: 'categories',
              required: true,
              // Deleting a category looks up the standards in it (SQLite indexes relation columns itself; MongoDB does not).
              index: true,
            },
            {
              name: 'tagline',
              type: 'text',
              required: true,
              maxLength: 160,
              admin: { description: 'One line, at most 160 characters.' },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'costBand',
                  type: 'number',
                  required: true,
                  min: 1,
                  max: 4,
                  validate: integer,
                  admin: { description: '1 = € (under €10k first year) … 4 = €€€€ (over €250k).', width: '50%' },
                },
                {
                  name: 'complexity',
                  type: 'select',
                  required: true,
                  admin: { width: '50%' },
                  options: [
                    { label: 'Low', value: 'low' },
                    { label: 'Medium', value: 'medium' },
                    { label: 'High', value: 'high' },
                  ],
                },
              ],
            },
            {
              name: 'implementationMonths',
              type: 'group',
              admin: { description: 'Typical time to implement, in months (at most 60).' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'min',
                      type: 'number',
                      required: true,
                      max: 60,
                      admin: { width: '50%' },
                      validate: monthsMin,
                    },
                    {
                      name: 'max',
                      type: 'number',
                      required: true,
                      max: 60,
                      admin: { width: '50%' },
                      validate: monthsMax,
                    },
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'costSourceUrl',
                  type: 'text',
                  maxLength: 2000,
                  validate: httpURL,
                  custom: { link: 'web' },
                  admin: {
                    width: '50%',
                    description: 'Optional: a published source for the cost band (a fee schedule, an official estimate). Without one, the site links to how we estimate.',
                  },
                },
                {
                  name: 'effortSourceUrl',
                  type: 'text',
                  maxLength: 2000,
                  validate: httpURL,
                  custom: { link: 'web' },
                  admin: {
                    width: '50%',
                    description: 'Optional: a published source for the complexity and months (a regulator’s guidance, a survey).',
                  },
                },
              ],
            },
            {
              name: 'keyFeatures',
              type: 'array',
              minRows: 3,
              maxRows: 7,
              labels: { singular: 'Key feature', plural: 'Key features' },
              admin: { description: 'Three to seven short points.' },
              validate: (value, args) => {
                const base = array(value, args)
                if (base !== true) return base
                const rows = value?.length ?? 0
                if (rows < 3 || rows > 7) return `List 3 to 7 key features (now ${rows}).`
                return true
              },
              fields: [{ name: 'text', type: 'text', required: true, maxLength: 300 }],
            },
          ],
        },
        {
          label: 'Description',
          fields: [
            { name: 'whatItIs', type: 'richText', label: 'What it is' },
            {
              name: 'keyComponents',
              type: 'array',
              labels: { singular: 'Key component', plural: 'Key components' },
              maxRows: 20,
              fields: [{ name: 'text', type: 'text', required: true, maxLength: 400 }],
            },
            { name: 'whyOrganizationsUseIt', type: 'richText', label: 'Why organisations use it' },
            { name: 'implementationOverview', type: 'richText', label: 'Implementation overview' },
          ],
        },
        {
          label: 'Aspects & FAQ',
          fields: [
            {
              name: 'aspectValues',
              type: 'array',
              labels: { singular: 'Aspect value', plural: 'Aspect values' },
              maxRows: 50,
              admin: { description: 'This standard’s row in every key-differences table: one value per aspect.' },
              validate: uniqueRelationRows('aspect', 'Each aspect may have only one value: remove the repeated aspect.'),
              fields: [
                { name: 'aspect', type: 'relationship', relationTo: 'aspects', required: true },
                { name: 'value', type: 'textarea', required: true, maxLength: 600 },
              ],
            },
            {
              name: 'faq',
              label: 'FAQ',
              type: 'array',
              labels: { singular: 'Question', plural: 'FAQ' },
              maxRows: 30,
              fields: [
                { name: 'question', type: 'text', required: true, maxLength: 200 },
                {
                  name: 'answer',
                  type: 'textarea',
                  required: true,
                  maxLength: 3000,
                  admin: { description: 'Plain text; a blank line starts a new paragraph.' },
                },
              ],
            },
          ],
        },
        {
          label: 'Relations',
          fields: [
            {
              name: 'sources',
              type: 'array',
              labels: { singular: 'Source', plural: 'Sources' },
              maxRows: 20,
              fields: [
                { name: 'label', type: 'text', required: true, maxLength: 200 },
                { name: 'url', type: 'text', required: true, maxLength: 2000, validate: httpURL, custom: { link: 'web' } },
              ],
            },
            {
              name: 'related',
              type: 'array',
              labels: { singular: 'Related standard', plural: 'Related standards' },
              maxRows: 30,
              admin: { description: 'How this standard stands to others: "ISO 27701 extends ISO 27001".' },
              fields: [
                {
                  name: 'standard',
                  type: 'relationship',
                  relationTo: 'standards',
                  required: true,
                  filterOptions: ({ id }) => (id === undefined || id === null ? true : { id: { not_equals: id } }),
                  validate: notSelf,
                },
                {
                  name: 'relation',
                  type: 'select',
                  required: true,
                  options: [
                    { label: 'Extends', value: 'extends' },
                    { label: 'Builds on', value: 'builds-on' },
                    { label: 'Maps to', value: 'maps-to' },
                    { label: 'Replaces', value: 'replaces' },
                    { label: 'Complements', value: 'complements' },
                    { label: 'Takes precedence over (the more specific law)', value: 'takes-precedence' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    slugField('short name', 'shortName'),
    previousSlugsField(),
    ...reviewFields(),
    {
      name: 'completeness',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/completeness-field#CompletenessField' } },
    },
  ],
}

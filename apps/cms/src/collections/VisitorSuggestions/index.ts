import type { CollectionConfig, FieldAccess } from 'payload'

import { authenticated } from '../../access/authenticated'
import { siteSubmission } from '../../access/siteSubmission'
import { noVersionsEndpoints } from '../../endpoints/no-versions'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { checkSuggestion } from './hooks/checkSuggestion'

export const VISITOR_SUGGESTIONS = 'visitor-suggestions'

/** What the visitor wrote is kept as they wrote it: set once, when the site files it. */
const visitorsWords: { update: FieldAccess } = { update: () => false }

/**
 * "Suggest a comparison" from the public site (no account): the site validates, rate-limits and files
 * each one server to server (access/siteSubmission.ts); editors read them here and move their status.
 * Plain text only: nothing in a suggestion is run, linked or rendered as markup.
 */
export const VisitorSuggestions: CollectionConfig = {
  slug: VISITOR_SUGGESTIONS,
  labels: { singular: 'Visitor suggestion', plural: 'Visitor suggestions' },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'email', 'createdAt'],
    description: 'Comparisons visitors asked for through the site’s “Suggest a comparison” form. Set the status as you handle them.',
    group: 'Editorial',
    listSearchableFields: ['title', 'message'],
  },
  access: {
    create: siteSubmission,
    read: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  endpoints: [...noVersionsEndpoints('Visitor suggestions')],
  hooks: {
    beforeOperation: [refuseMalformedQuery, sanitizeInput],
    beforeValidate: [checkSuggestion],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      maxLength: 200,
      access: visitorsWords,
      admin: { readOnly: true, description: 'Computed from the standards named, else the start of the message.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'standardA', type: 'text', maxLength: 200, access: visitorsWords, admin: { readOnly: true, width: '50%', description: 'A standard’s slug, as picked on the site.' } },
        { name: 'standardB', type: 'text', maxLength: 200, access: visitorsWords, admin: { readOnly: true, width: '50%' } },
      ],
    },
    { name: 'message', type: 'textarea', maxLength: 500, access: visitorsWords, admin: { readOnly: true } },
    {
      name: 'email',
      type: 'email',
      access: visitorsWords,
      admin: { readOnly: true, description: 'Optional; only to answer the visitor. Never published.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: [
        { label: 'New', value: 'new' },
        { label: 'Planned', value: 'planned' },
        { label: 'Done', value: 'done' },
        { label: 'Declined', value: 'declined' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'editorNote', type: 'textarea', maxLength: 2000, admin: { position: 'sidebar', description: 'For editors only.' } },
  ],
  timestamps: true,
}

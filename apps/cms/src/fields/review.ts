import type { Field } from 'payload'

import { authenticatedFieldLevel } from '../access/authenticatedFieldLevel'

/**
 * Who last reviewed a standard or comparison, and when. Editors set `lastReviewedAt` and `reviewedBy`;
 * `reviewerName` is copied from the reviewer's public display name by `stampReview`
 * (hooks/stampReview.ts), so the site shows a name without ever reading the `users` collection (and
 * so never an email). Only signed-in users read the `reviewedBy` relation itself.
 */
export function reviewFields(): Field[] {
  return [
    {
      name: 'lastReviewedAt',
      type: 'date',
      label: 'Last reviewed',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
        description: 'When an editor last checked this against its sources. Filled with the publish date on first publish if empty; update it when you review again.',
      },
    },
    {
      name: 'reviewedBy',
      type: 'relationship',
      relationTo: 'users',
      label: 'Reviewed by',
      access: { read: authenticatedFieldLevel },
      admin: {
        position: 'sidebar',
        description: 'Shown on the site by their display name. Filled with the publishing editor on first publish if empty.',
      },
    },
    {
      name: 'reviewerName',
      type: 'text',
      maxLength: 100,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Computed: the reviewer’s display name, as the site shows it.',
      },
    },
  ]
}

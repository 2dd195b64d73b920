import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { noVersionsEndpoints } from '../../endpoints/no-versions'
import { refuseMalformedGlobalQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeGlobalInput } from '../../hooks/sanitizeInput'
import { siteLink } from '../../lib/validators'
import { revalidateSiteGlobal } from './hooks/revalidateSiteGlobal'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site',
  admin: {
    description: 'Site-wide name, tagline, contact address, call to action and footer links.',
    group: 'Structure',
  },
  access: {
    read: anyone,
    update: authenticated,
  },
  endpoints: noVersionsEndpoints('The site settings'),
  hooks: {
    beforeOperation: [refuseMalformedGlobalQuery, sanitizeGlobalInput],
    afterChange: [revalidateSiteGlobal],
  },
  fields: [
    { name: 'siteName', type: 'text', maxLength: 60 },
    { name: 'tagline', type: 'text', maxLength: 200 },
    {
      name: 'contactEmail',
      type: 'email',
      admin: { description: 'Where visitors write to the editors (the site’s /contact and /about pages). Public: use a team address, not a person’s.' },
    },
    {
      name: 'cta',
      type: 'group',
      label: 'Call to action',
      fields: [
        { name: 'heading', type: 'text', maxLength: 120 },
        { name: 'body', type: 'textarea', maxLength: 1000 },
        {
          type: 'row',
          fields: [
            { name: 'linkLabel', type: 'text', maxLength: 60, admin: { width: '50%' } },
            { name: 'linkUrl', type: 'text', maxLength: 2000, validate: siteLink, custom: { link: 'site' }, admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      labels: { singular: 'Footer link', plural: 'Footer links' },
      maxRows: 20,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, maxLength: 60, admin: { width: '50%' } },
            {
              name: 'url',
              type: 'text',
              required: true,
              maxLength: 2000,
              validate: siteLink,
              custom: { link: 'site' },
              admin: { width: '50%' },
            },
          ],
        },
      ],
    },
  ],
}

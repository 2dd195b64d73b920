import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { revalidateSiteGlobal } from './hooks/revalidateSiteGlobal'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site',
  admin: {
    description: 'Site-wide name, tagline, call to action and footer links.',
    group: 'Structure',
  },
  access: {
    read: anyone,
    update: authenticated,
  },
  hooks: {
    afterChange: [revalidateSiteGlobal],
  },
  fields: [
    { name: 'siteName', type: 'text' },
    { name: 'tagline', type: 'text' },
    {
      name: 'cta',
      type: 'group',
      label: 'Call to action',
      fields: [
        { name: 'heading', type: 'text' },
        { name: 'body', type: 'textarea' },
        {
          type: 'row',
          fields: [
            { name: 'linkLabel', type: 'text', admin: { width: '50%' } },
            { name: 'linkUrl', type: 'text', admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      labels: { singular: 'Footer link', plural: 'Footer links' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, admin: { width: '50%' } },
            { name: 'url', type: 'text', required: true, admin: { width: '50%' } },
          ],
        },
      ],
    },
  ],
}

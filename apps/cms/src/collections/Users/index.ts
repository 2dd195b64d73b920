import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { isAdmin } from '../../access/isAdmin'
import { isAdminFieldLevel } from '../../access/isAdminFieldLevel'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { errorResponse } from '../../endpoints/guard'
import { noVersionsEndpoints } from '../../endpoints/no-versions'
import { refuseMalformedQuery } from '../../hooks/refuseMalformedQuery'
import { sanitizeInput } from '../../hooks/sanitizeInput'
import { cmsURL } from '../../lib/env'
import { usersAuth } from './auth'
import { checkPassword } from './hooks/checkPassword'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { clearLoginThrottle, evenForgotPasswordTime, throttleLogin } from './hooks/throttleLogin'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'updatedAt'],
    description: 'People who edit Versus. Only admins add, change or remove accounts.',
    group: 'Admin',
  },
  auth: usersAuth(cmsURL()),
  access: {
    admin: authenticated,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  // Accounts are created by an admin, never verified by email; Payload still routes
  // /verify/:token, and on a collection without verification that lookup failed with a 500.
  endpoints: [
    ...noVersionsEndpoints('Users'),
    {
      path: '/verify/:token',
      method: 'post',
      handler: () => errorResponse(404, 'Email verification is not used here: an admin creates each account.'),
    },
  ],
  hooks: {
    beforeOperation: [refuseMalformedQuery, throttleLogin, checkPassword, sanitizeInput],
    afterLogin: [clearLoginThrottle],
    afterOperation: [evenForgotPasswordTime],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    {
      // Never stored: checkPassword reads it and takes it out of the data.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      maxLength: 1000,
      admin: {
        description: 'Changing your own password? Enter the current one here first.',
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id !== undefined && String(data.id) === String(user.id)),
      },
      access: { read: () => false },
    },
    {
      name: 'name',
      type: 'text',
      maxLength: 100,
    },
    {
      // Public: the site shows it as the reviewer of standards and comparisons (hooks/stampReview.ts
      // copies it there). Never the email.
      name: 'displayName',
      type: 'text',
      maxLength: 100,
      admin: { description: 'Shown publicly as “Last reviewed … by <display name>”. Leave empty to appear as “the Versus editors”.' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
      ],
      access: {
        create: isAdminFieldLevel,
        update: isAdminFieldLevel,
      },
      admin: {
        description: 'Admins manage users; editors manage content.',
        // Create-first-user has no signed-in user: that account always becomes an admin, so asking is moot.
        condition: (_data, _siblingData, { user }) => Boolean(user),
      },
    },
  ],
  timestamps: true,
}

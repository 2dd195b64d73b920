import { ValidationError } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

import { passwordProblem } from '../../../lib/password-policy'

function refuse(path: string, message: string): never {
  throw new ValidationError({ collection: 'users', errors: [{ path, message }] })
}

/**
 * A new password (create, update, reset) must pass the password policy (lib/password-policy.ts);
 * and whoever changes their own password must send the current one as `currentPassword`, so a
 * stolen session cannot take over the account. Admins setting another user's password need not.
 */
export const checkPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  const { currentPassword, password } = data
  delete data.currentPassword
  if (password === undefined || password === null || password === '') return args
  if (typeof password !== 'string') refuse('password', 'The password must be text.')
  const email = typeof data.email === 'string' ? data.email : undefined
  const problem = await passwordProblem(password, email ? [email] : [])
  if (problem) refuse('password', problem)

  const id = (args as { id?: unknown }).id
  const user = req.user
  if (operation === 'update' && user && String(id) === String(user.id)) {
    if (typeof currentPassword !== 'string' || currentPassword === '') {
      refuse('currentPassword', 'Enter your current password to set a new one.')
    }
    const matches = await req.payload
      .login({ collection: 'users', data: { email: user.email, password: currentPassword } })
      .then(() => true, () => false)
    if (!matches) refuse('currentPassword', 'The current password is not right.')
  }
  return args
}

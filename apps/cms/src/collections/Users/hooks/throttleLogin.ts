import crypto from 'node:crypto'
import { promisify } from 'node:util'

import { APIError } from 'payload'
import type { CollectionAfterLoginHook, CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { clientAddress, loginThrottle } from '../../../lib/login-throttle'

const pbkdf2 = promisify(crypto.pbkdf2)
/** Payload's current password hashing (generatePasswordSaltHash.js): PBKDF2-SHA256, 600 000 rounds, 32 bytes. */
const HASH_ROUNDS = 600_000
/** A password-reset request takes at least this long, whether the account exists or not. */
export const FORGOT_PASSWORD_FLOOR_MS = 400

const startedAt = new WeakMap<object, number>()

function emailOf(args: unknown): string {
  const email = (args as { data?: { email?: unknown } }).data?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : ''
}

/**
 * Before a sign-in or a password-reset request: refuses a client over its limits with a 429
 * (lib/login-throttle.ts), and for an email no account has, spends the time a password check takes
 * (a PBKDF2 hash as Payload computes it), so an answer's timing does not tell which accounts exist.
 * Payload answers both with the same message.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  startedAt.set(req, Date.now())
  const email = emailOf(args)
  const wait = await loginThrottle().attempt(clientAddress(req.headers), email)
  if (wait > 0) {
    throw new APIError(`Too many attempts from here: try again in ${Math.ceil(wait / 60)} minutes.`, 429, null, true)
  }
  const found = email ? await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req }) : null
  if (found) return args
  if (operation === 'login') {
    await pbkdf2(String((args as { data?: { password?: unknown } }).data?.password ?? ''), 'no-such-account', HASH_ROUNDS, 32, 'sha256')
  } else {
    // Payload returns at once for an unknown account, without its afterOperation hooks.
    await new Promise((resolve) => setTimeout(resolve, FORGOT_PASSWORD_FLOOR_MS))
  }
  return args
}

/** A successful sign-in clears this client's count for the account. */
export const clearLoginThrottle: CollectionAfterLoginHook = async ({ req, user }) => {
  await loginThrottle().succeeded(clientAddress(req.headers), String(user.email ?? ''))
}

/** A password-reset request answers after the same time whether or not the account exists (and an email went out). */
export const evenForgotPasswordTime: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'forgotPassword') return result
  const start = startedAt.get(req) ?? Date.now()
  const left = start + FORGOT_PASSWORD_FLOOR_MS - Date.now()
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
  return result
}

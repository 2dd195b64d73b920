import type { AfterErrorHook } from 'payload'

interface FieldErrors {
  errors: { path: string; message: string }[]
}

function hasFieldErrors(data: unknown): data is FieldErrors {
  return typeof data === 'object' && data !== null && Array.isArray((data as { errors?: unknown }).errors)
}

/**
 * Keeps the per-field messages in REST 400 answers. In a production build
 * Payload can end up in more than one bundle chunk; its formatter's
 * `instanceof ValidationError` then misses and the answer loses `data.errors`
 * (seen once here; cf. payloadcms/payload#7140), so the admin shows a bare
 * "The following field is invalid" toast instead of the message on the field.
 * A no-op whenever Payload already formatted the error.
 */
export const exposeValidationErrors: AfterErrorHook = ({ error, result }) => {
  const { data, status } = error as Error & { data?: unknown; status?: number }
  if (status !== 400 || !hasFieldErrors(data)) return
  const alreadyThere = result?.errors?.some((item) => hasFieldErrors((item as { data?: unknown }).data))
  if (alreadyThere) return
  return {
    status: 400,
    response: { errors: [{ name: 'ValidationError', message: error.message, data: { ...data } }] },
  }
}

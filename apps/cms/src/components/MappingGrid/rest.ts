/**
 * The mapping grid's calls to Payload's REST API, made with the editor's session cookie so the
 * collections' access control, hooks and validation apply exactly as in the edit view.
 */

/** A failed call: the message to show and, for a validation error, the message of each field. */
export class RestError extends Error {
  constructor(
    message: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message)
  }
}

interface PayloadErrorBody {
  errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]
  message?: string
}

function errorOf(status: number, body: PayloadErrorBody | null): RestError {
  const fields = (body?.errors ?? []).flatMap((error) =>
    (error.data?.errors ?? []).map((field) => ({ path: String(field.path ?? ''), message: String(field.message ?? '') })),
  )
  const message =
    fields.length > 0
      ? fields.map((field) => field.message).join(' ')
      : (body?.errors?.[0]?.message ?? body?.message ?? `The CMS answered ${status}.`)
  return new RestError(message, fields)
}

export async function rest<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: { Accept: 'application/json', ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body = (await response.json().catch(() => null)) as (PayloadErrorBody & T) | null
  if (!response.ok) throw errorOf(response.status, body)
  // A bulk update answers 200 with the documents it could not change in `errors`.
  if (body && Array.isArray(body.errors) && body.errors.length > 0) throw errorOf(response.status, body)
  return body as T
}

/** Payload's bracketed query string: { where: { set: { equals: 1 } } } → "where[set][equals]=1". */
export function query(params: Record<string, unknown>): string {
  const parts: string[] = []
  const walk = (prefix: string, value: unknown) => {
    if (value === undefined || value === null) return
    if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) walk(`${prefix}[${key}]`, inner)
      return
    }
    parts.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`)
  }
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && typeof value === 'object') {
      for (const [inner, v] of Object.entries(value as Record<string, unknown>)) walk(`${key}[${inner}]`, v)
    } else walk(key, value)
  }
  return parts.join('&')
}

/** The id of a relationship value, populated or not. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'string') return value === '' ? null : String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

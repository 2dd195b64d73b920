import type { AfterErrorHook } from 'payload'

const GENERIC_MESSAGES = new Set(['An unknown error occurred.', 'Something went wrong.'])

function clientError(status: number, message: string) {
  return { status, response: { errors: [{ message }] } }
}

/** The error and the errors it wraps (a failed query wraps the driver's error). */
function chain(error: unknown): Error[] {
  const errors: Error[] = []
  for (let current = error; current instanceof Error && errors.length < 5; current = current.cause) errors.push(current)
  return errors
}

/**
 * Turns errors caused by a malformed request into a 4xx that says what is wrong:
 * - a `where` or `data` query parameter that is not JSON (Payload's JSON.parse throws a bare
 *   SyntaxError, answered 500), JSON nested deeper than the parser's stack, and broken
 *   percent-encoding in a custom endpoint's path (URIError);
 * - as a safety net for what no hook guards (Payload's own collections), a number or id the
 *   database driver refused (SQLite: NaN; MongoDB: a failed ObjectId cast) or a reference to a
 *   document that does not exist (SQLite's foreign keys), or an id that is already taken (row ids
 *   copied from another document);
 * - a 4xx whose message Payload replaced with "An unknown error occurred." (the production bundle's
 *   `instanceof` misses, as in exposeValidationErrors), e.g. "Invalid JSON" for a body.
 * Field validation errors are left to exposeValidationErrors.
 */
export const explainClientErrors: AfterErrorHook = ({ error, result }) => {
  const { data, status } = error as Error & { data?: { errors?: unknown }; status?: number }
  if (status === undefined) {
    if (error.name === 'SyntaxError') return clientError(400, `The request holds malformed JSON: ${error.message}`)
    if (error.name === 'URIError') return clientError(400, 'The address holds malformed percent-encoding.')
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return clientError(400, 'The request is nested too deeply to read.')
    }
    const causes = chain(error)
    if (causes.some((e) => /Only finite numbers|Cast to ObjectId failed|BSONError/i.test(`${e.name} ${e.message}`))) {
      return clientError(400, 'A number or id in the request is not valid.')
    }
    if (causes.some((e) => /FOREIGN KEY constraint failed/i.test(e.message))) {
      return clientError(400, 'The request refers to a document that does not exist.')
    }
    // Row ids copied from another document (arrays, blocks): the write is rolled back, the request
    // was at fault. Payload checks fields marked unique itself, so this is an id the client sent.
    if (causes.some((e) => /UNIQUE constraint failed|E11000 duplicate key/i.test(e.message))) {
      return clientError(400, 'An id in the request already belongs to another document or row; leave row ids out to create new rows.')
    }
    return
  }
  if (status < 400 || status >= 500 || Array.isArray(data?.errors)) return
  const first = result?.errors?.[0] as { message?: unknown } | undefined
  if (!error.message || (typeof first?.message === 'string' && !GENERIC_MESSAGES.has(first.message))) return
  return clientError(status, error.message === 'Invalid JSON' ? 'The request body is not valid JSON.' : error.message)
}

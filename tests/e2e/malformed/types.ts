/**
 * What a malformed request must get back:
 * - `not-found`: 404, with the site's human 404 page for a page, a JSON error for an API;
 * - `client-error`: some other 4xx, with a JSON error message from an API;
 * - `redirect`: a 3xx to a path on the same site (never to another host);
 * - `ok`: 200 — a search or filter that matches nothing is a page, not an error; `absent` then
 *   lists input that must not come back unescaped;
 * - `too-large`: 413, 414 or 431, refused by the server before any route (no body to check);
 * - `graphql-errors`: a GraphQL operation that parsed and validated but failed while running
 *   (access denied, no such document): 200 with an `errors` array and no data, as GraphQL answers.
 * Never a 5xx, whatever the case.
 */
export type Expectation = 'not-found' | 'client-error' | 'redirect' | 'ok' | 'too-large' | 'graphql-errors'

export interface MalformedCase {
  /** Unique; says what is sent. */
  name: string
  app: 'site' | 'cms'
  method?: string
  /** Sent unnormalized (tests/support/raw-http.ts). */
  path: string
  headers?: Record<string, string>
  /** A function for bodies too big to keep around between runs. */
  body?: string | (() => Buffer)
  /** Sent with the run's editor token (`Authorization: JWT …`). */
  signedIn?: boolean
  expect: Expectation
  /** The exact status, when only one is right. */
  status?: number
  /** Text the answer must not contain: reflected input, or data a visitor may not see. */
  absent?: string[]
  /** Text the answer must contain, e.g. the field a validation error is about. */
  mentions?: string
}

export const json = { 'content-type': 'application/json' }
export const graphqlJson = { 'content-type': 'application/json', accept: 'application/graphql-response+json' }

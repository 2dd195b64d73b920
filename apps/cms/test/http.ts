import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

export interface HttpResponse {
  status: number
  headers: Headers
  /** The parsed JSON body, or null when the body is not JSON. */
  body: unknown
}

export interface GraphQLError {
  message: string
  extensions?: { statusCode?: number; name?: string }
}

export interface GraphQLResponse {
  status: number
  data: Record<string, unknown> | null
  errors: GraphQLError[]
}

export interface RequestOptions {
  /** A token from `POST /api/users/login`, sent as `Authorization: JWT <token>`. */
  token?: string
  body?: unknown
  headers?: Record<string, string>
}

/**
 * The CMS's HTTP API in process: Payload's own REST and GraphQL route handlers, exactly as
 * src/app/(payload)/api/[...slug]/route.ts and api/graphql/route.ts mount them, called with real
 * `Request`s. Everything below the Next router runs: request parsing, authentication (JWT header or
 * cookie, CSRF), access control, hooks and the database.
 */
export function httpClient(config: Promise<SanitizedConfig>, origin = 'http://localhost:3001') {
  const rest = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)

  function headersFor({ token, body, headers }: RequestOptions): Headers {
    const result = new Headers(headers)
    if (body !== undefined) result.set('content-type', 'application/json')
    if (token) result.set('authorization', `JWT ${token}`)
    return result
  }

  async function parse(response: Response): Promise<unknown> {
    const text = await response.text()
    try {
      return JSON.parse(text) as unknown
    } catch {
      return null
    }
  }

  /** `path` starts with `/api/`; a query string is allowed. */
  async function request(method: keyof typeof rest, path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const url = new URL(path, origin)
    const slug = url.pathname.split('/').filter(Boolean).slice(1).map((segment) => decodeURIComponent(segment))
    const response = await rest[method](
      new Request(url, {
        method,
        headers: headersFor(options),
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      }),
      { params: Promise.resolve({ slug }) },
    )
    return { status: response.status, headers: response.headers, body: await parse(response) }
  }

  async function graphql(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<GraphQLResponse> {
    const body = { query, variables }
    const response = await graphqlHandler(
      new Request(new URL('/api/graphql', origin), { method: 'POST', headers: headersFor({ ...options, body }), body: JSON.stringify(body) }),
    )
    const json = (await parse(response)) as { data?: Record<string, unknown> | null; errors?: GraphQLError[] } | null
    return { status: response.status, data: json?.data ?? null, errors: json?.errors ?? [] }
  }

  return { request, graphql }
}

export type HttpClient = ReturnType<typeof httpClient>

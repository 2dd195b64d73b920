import { unstable_rethrow } from 'next/navigation'
import { connection } from 'next/server'
import { cmsTimeoutMs, REVALIDATE_SECONDS, cmsUrl, isBuildPhase } from './config'
import { draftRequest, endPreview } from './draft'
import { reportCmsResult } from '@/lib/cms-health'

export class CmsError extends Error {
  override readonly name = 'CmsError'
  readonly status: number | null
  readonly path: string

  constructor(message: string, options: { path: string; status?: number; cause?: unknown }) {
    super(message, { cause: options.cause })
    this.path = options.path
    this.status = options.status ?? null
  }
}

/**
 * A CMS failure during `next build` must not fail the build: the page that
 * needed the data is taken out of prerendering (connection() throws Next's
 * dynamic-usage signal) and renders at request time instead. At run time the
 * failure is thrown as a CmsError.
 */
async function fail(error: CmsError): Promise<never> {
  if (isBuildPhase()) {
    warnOnce(`[cms] ${error.message} during the build; pages that need it will render at request time.`)
    try {
      await connection()
    } catch (signal) {
      // Inside a prerender this is Next's "render me dynamically" signal: pass it on.
      // Elsewhere (generateStaticParams) connection() is not allowed; report the CMS error instead.
      unstable_rethrow(signal)
    }
  }
  throw error
}

const warned = new Set<string>()
function warnOnce(message: string): void {
  if (warned.has(message)) return
  warned.add(message)
  console.warn(message)
}

/**
 * GET a CMS REST path (e.g. "/api/standards?depth=1"), cached in Next's data
 * cache under `tags` and for at most REVALIDATE_SECONDS. With `notFoundAsNull`,
 * a 404 is an answer (null), not a failure: an endpoint an older CMS lacks.
 */
export async function cmsFetch(path: string, tags: string[], options: { notFoundAsNull?: boolean } = {}): Promise<unknown> {
  // Draft preview (draft.ts): drafts, uncached and untagged, with the draft-read token.
  const draft = await draftRequest(path)
  const url = `${cmsUrl()}${draft?.path ?? path}`
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...draft?.headers },
      ...(draft ? { cache: 'no-store' as const } : { next: { tags, revalidate: REVALIDATE_SECONDS } }),
      signal: AbortSignal.timeout(cmsTimeoutMs()),
    })
  } catch (cause) {
    reportCmsResult(false)
    return fail(new CmsError(`CMS unreachable (${url})`, { path, cause }))
  }
  // Only failures are reported: an answer may come from Next's data cache, which says nothing
  // about the CMS. The background health probe notices when it is back (lib/cms-health.ts).
  if (response.status >= 500) reportCmsResult(false)
  if (response.status === 404 && options.notFoundAsNull) return null
  // In a preview, 403 is the CMS refusing a token whose editor has logged out: the preview is over.
  if (draft && response.status === 403) return endPreview()
  if (!response.ok) {
    return fail(new CmsError(`CMS answered ${response.status} for ${path}`, { path, status: response.status }))
  }
  try {
    return await response.json()
  } catch (cause) {
    const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')
    const what = timedOut ? `CMS answer for ${path} took longer than ${cmsTimeoutMs()} ms` : `CMS sent invalid JSON for ${path}`
    return fail(new CmsError(what, { path, cause }))
  }
}

/** Query string for a whole collection in one request. */
export function listQuery(params: Record<string, string> = {}): string {
  const search = new URLSearchParams({ depth: '1', pagination: 'false', limit: '0', ...params })
  return search.toString()
}

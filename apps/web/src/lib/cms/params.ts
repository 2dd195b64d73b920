import { unstable_rethrow } from 'next/navigation'
import { cmsTimeoutMs, cmsUrl, isBuildPhase } from './config'

/** A live (uncached) request: is the CMS answering right now? */
async function cmsReachable(): Promise<boolean> {
  try {
    const response = await fetch(`${cmsUrl()}/api/globals/site?depth=0`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(cmsTimeoutMs()),
    })
    return response.ok
  } catch {
    return false
  }
}

/**
 * generateStaticParams for pages built from the CMS. When the CMS is down at
 * build time this returns [] (the build succeeds; pages render on first
 * request), even if an earlier build left cached CMS answers behind: prerendering
 * from those would fail page by page and turn the whole route dynamic.
 */
export async function buildTimeParams<T>(label: string, load: () => Promise<T[]>): Promise<T[]> {
  if (isBuildPhase() && !(await cmsReachable())) {
    console.warn(`[cms] CMS unreachable at build time: no ${label} prerendered; they will render on first request.`)
    return []
  }
  try {
    return await load()
  } catch (error) {
    unstable_rethrow(error)
    console.warn(
      `[cms] no ${label} prerendered at build time (${error instanceof Error ? error.message : error}); they will render on first request.`,
    )
    return []
  }
}

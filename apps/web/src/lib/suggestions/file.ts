import { createHmac } from 'node:crypto'
import { cmsUrl, CMS_TIMEOUT_MS } from '../cms/config'
import { previewSecret } from '../cms/draft'
import type { Suggestion } from './validate'

/** The CMS's header for a submission token (apps/cms/src/lib/site-submission.ts checks it). */
export const SUBMISSION_HEADER = 'x-versus-suggestion'

/** `<expires>.<hex HMAC-SHA256(PREVIEW_SECRET, "versus-suggestion\n" + expires)>`, valid one minute. */
export function submissionToken(secret: string, now = Math.floor(Date.now() / 1000)): string {
  const expires = now + 60
  return `${expires}.${createHmac('sha256', secret).update(`versus-suggestion\n${expires}`).digest('hex')}`
}

export type FileOutcome = 'filed' | 'unavailable'

/**
 * Files a checked suggestion in the CMS's `visitor-suggestions`, server to server: the only way one
 * is created (the collection's create access wants this token). Never cached; a CMS that is down or
 * refuses answers `unavailable`, and the visitor is told to try later.
 */
export async function fileSuggestion(suggestion: Suggestion, fetcher: typeof fetch = fetch): Promise<FileOutcome> {
  const secret = previewSecret()
  if (!secret) return 'unavailable'
  try {
    const response = await fetcher(`${cmsUrl()}/api/visitor-suggestions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SUBMISSION_HEADER]: submissionToken(secret) },
      body: JSON.stringify(suggestion),
      cache: 'no-store',
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    })
    if (response.ok) return 'filed'
    console.warn(`[suggest] the CMS refused a suggestion: ${response.status}`)
    return 'unavailable'
  } catch (error) {
    console.warn(`[suggest] the CMS is unreachable: ${error instanceof Error ? error.message : error}`)
    return 'unavailable'
  }
}

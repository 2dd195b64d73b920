import { cache } from 'react'
import type { z } from 'zod'
import { CmsError, cmsFetch } from './fetch'
import { parseList, type ParsedList } from './raw'
import type { CmsRequest } from './requests'

// Once per render for the same request, however many getters ask (generateMetadata and the page).
const fetchOnce = cache((path: string, tags: string) => cmsFetch(path, tags.split(' ')))

/** The raw REST body of a request, cached and tagged (fetch.ts). */
export function load(request: CmsRequest): Promise<unknown> {
  return fetchOnce(request.path, request.tags.join(' '))
}

/** A list body's documents that match `schema`; a malformed document is skipped with a warning. */
export function parseDocs<T>(name: string, schema: z.ZodType<T>, body: unknown): T[] {
  const parsed: ParsedList<T> | null = parseList(schema, body)
  if (!parsed) throw new CmsError(`CMS sent something other than a list for ${name}`, { path: name })
  for (const r of parsed.rejected) {
    console.warn(`[cms] skipped ${name} document ${String(r.id)}: ${r.issues}`)
  }
  return parsed.docs
}

import { isValidSlug } from '@versus/engine'
import { getComparisonPage, getComparisonParams } from '@/lib/cms'

/**
 * Partner API: the engine's comparison model of any two published standards, as JSON, with
 * `reviewed` saying whether an editor published the pair (false: generated from the records)
 * (docs/api.md). Same canonical rules as /compare/[pair], and prerendered and
 * refreshed like it: the data comes from the same cached, tagged requests, so
 * a publish that refreshes the page refreshes this answer too.
 */
export const dynamic = 'force-static'
export const dynamicParams = true
export const revalidate = 300

export function generateStaticParams() {
  return getComparisonParams()
}

const API_VERSION = 1

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', ...headers },
  })
}

export async function GET(_request: Request, { params }: { params: Promise<{ pair: string }> }) {
  const { pair } = await params
  const result = await getComparisonPage(pair)
  if (result.kind === 'ok') return json({ version: API_VERSION, reviewed: result.reviewed, ...result.model, coverage: result.crosswalk.coverage }, 200)
  if (result.kind === 'redirect') {
    const slug = result.path.slice(result.path.lastIndexOf('/') + 1)
    return json({ redirect: `/api/compare/${slug}` }, 308, { location: `/api/compare/${slug}` })
  }
  // Named back only when it reads as slugs: the address is the visitor's, and markup has no place in an answer.
  const named = pair.split('-vs-').every(isValidSlug) && pair.length <= 200 ? ` "${pair}"` : ''
  return json({ error: `No comparison${named}: both standards must be published.` }, 404)
}

// GET only: a statically generated route may export no other method (Next then renders it per
// request). The proxy answers other methods 405 with `Allow` and a message (src/proxy.ts).

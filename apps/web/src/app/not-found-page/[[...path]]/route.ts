import { notFoundResponse } from '@/static-pages/respond'

/*
 * The not-found page, with no JavaScript, for a standard, pair or article no document has:
 * src/proxy.ts rewrites such an address to /not-found-page/<address> from its in-memory index (and
 * one it cannot decode to /not-found-page).
 * Rendered per request (one small render from cached data: unknown addresses are unbounded, so
 * they get no cache entry of their own here) and cacheable downstream like a page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ path?: string[] }> }): Promise<Response> {
  const { path } = await params
  return notFoundResponse(`/${(path ?? []).join('/')}`, { 'Cache-Control': 's-maxage=300, stale-while-revalidate=31535700' })
}

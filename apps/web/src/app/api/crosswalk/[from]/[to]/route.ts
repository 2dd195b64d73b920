import { isValidSlug } from '@versus/engine'
import { getSetsBetween } from '@/lib/cms'
import { jsonError, methodNotAllowed } from '@/lib/api-errors'
import { onlySet, setOscal, setsCsv } from '@/lib/crosswalk/set-export'

/**
 * GET /api/crosswalk/<from>/<to>?format=json|csv|oscal[&set=<id>]: the published mapping sets between
 * two standards (either direction as stored), with their rows and provenance; `set` keeps one of
 * them. OSCAL 1.2 mapping-collection documents hold one set each, so `format=oscal` needs `set` when
 * several link the two (400 naming them). 404 for an unknown standard or set, or when no set links
 * the two; 400 for a format we do not serve.
 */
export const dynamic = 'force-dynamic'

const API_VERSION = 1
export const FORMATS = ['json', 'csv', 'oscal'] as const

export async function GET(request: Request, { params }: { params: Promise<{ from: string; to: string }> }): Promise<Response> {
  const { from, to } = await params
  const format = new URL(request.url).searchParams.get('format') ?? 'json'
  if (!(FORMATS as readonly string[]).includes(format)) {
    return jsonError(400, `Unknown format; use one of: ${FORMATS.join(', ')}.`)
  }
  if (!isValidSlug(from) || !isValidSlug(to)) return jsonError(404, 'No such standard.')
  const setId = new URL(request.url).searchParams.get('set')
  const all = await getSetsBetween(from, to)
  if (!all) return jsonError(404, `No published standard "${from}" or "${to}", or they are the same.`)
  if (all.sets.length === 0) return jsonError(404, `No published mapping set between "${from}" and "${to}".`)
  const between = setId === null ? all : onlySet(all, setId)
  if (!between) return jsonError(404, `No published mapping set "${(setId ?? '').slice(0, 100)}" between "${from}" and "${to}".`)
  const cors = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=0, s-maxage=300' }
  switch (format) {
    case 'oscal':
      if (between.sets.length > 1) {
        return jsonError(400, `An OSCAL mapping-collection holds one set; add &set= with one of: ${between.sets.map((s) => s.id).join(', ')}.`)
      }
      return new Response(JSON.stringify(setOscal(between), null, 2), {
        headers: {
          ...cors,
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': `attachment; filename="${between.sets[0]!.id}.oscal.json"`,
        },
      })
    case 'csv':
      return new Response(setsCsv(between), {
        headers: { ...cors, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${from}--${to}.csv"` },
      })
    default:
      return Response.json({ version: API_VERSION, ...between }, { headers: cors })
  }
}

const readOnly = methodNotAllowed('GET, HEAD')
export const POST = readOnly
export const PUT = readOnly
export const PATCH = readOnly
export const DELETE = readOnly

import { isValidSlug } from '@versus/engine'
import { getSetsBetween } from '@/lib/cms'
import { jsonError, methodNotAllowed } from '@/lib/api-errors'
import { setsCsv } from '@/lib/crosswalk/set-export'

/**
 * GET /api/crosswalk/<from>/<to>?format=json|csv: the published mapping sets between two standards
 * (either direction as stored), with their rows and provenance. 404 for an unknown standard or when
 * no set links the two; 400 for a format we do not serve. Each format is one branch below (OSCAL
 * comes from packages/content/src/formats: toOscalMappingCollection).
 */
export const dynamic = 'force-dynamic'

const API_VERSION = 1
export const FORMATS = ['json', 'csv'] as const

export async function GET(request: Request, { params }: { params: Promise<{ from: string; to: string }> }): Promise<Response> {
  const { from, to } = await params
  const format = new URL(request.url).searchParams.get('format') ?? 'json'
  if (!(FORMATS as readonly string[]).includes(format)) {
    return jsonError(400, `Unknown format; use one of: ${FORMATS.join(', ')}.`)
  }
  if (!isValidSlug(from) || !isValidSlug(to)) return jsonError(404, 'No such standard.')
  const between = await getSetsBetween(from, to)
  if (!between) return jsonError(404, `No published standard "${from}" or "${to}", or they are the same.`)
  if (between.sets.length === 0) return jsonError(404, `No published mapping set between "${from}" and "${to}".`)
  const cors = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=0, s-maxage=300' }
  switch (format) {
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

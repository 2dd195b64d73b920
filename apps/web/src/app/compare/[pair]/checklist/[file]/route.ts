import { getComparisonPage } from '@/lib/cms'
import { jsonError } from '@/lib/api-errors'
import { checklistCsv } from '@/lib/crosswalk/checklist'

/*
 * /compare/<pair>/checklist/<b>.csv: "what B adds" for someone complying with the pair's other
 * standard, one line per requirement of B (refId, title, status, gap note, sources). From the same
 * cached, tagged data as the pair page, so a publish refreshes both. GET only: Next answers other
 * methods 405 (a statically generated route may export no other method).
 */
export const dynamic = 'force-static'
export const revalidate = 300
export const dynamicParams = true

export function generateStaticParams(): { pair: string; file: string }[] {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ pair: string; file: string }> }): Promise<Response> {
  const { pair, file } = await params
  const to = file.endsWith('.csv') ? file.slice(0, -'.csv'.length) : null
  if (!to) return jsonError(404, 'No such checklist: the address ends in <standard>.csv.')
  const result = await getComparisonPage(pair)
  if (result.kind === 'redirect') {
    const location = `${result.path}/checklist/${file}`
    return new Response(null, { status: 308, headers: { location } })
  }
  const direction = result.kind === 'ok' ? result.crosswalk.overlap?.directions.find((d) => d.toSlug === to) : undefined
  if (!direction) return jsonError(404, 'No requirement-level checklist for this pair and standard.')
  return new Response(checklistCsv(direction), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${pair}-what-${to}-adds.csv"`,
    },
  })
}

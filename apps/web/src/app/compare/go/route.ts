import type { NextRequest } from 'next/server'
import { getPickerCatalog } from '@/lib/cms'
import { pickerTarget } from '@/lib/discovery/picker'

/**
 * The comparison picker's GET target (/compare/go?s=gdpr&s=popia): 303 to the
 * canonical comparison URL, or back to /compare with the reason. The Location is a path: the
 * server behind a proxy or CDN does not know the public origin, and the browser resolves it.
 */
export async function GET(request: NextRequest) {
  const target = pickerTarget(request.nextUrl.searchParams.getAll('s'), await getPickerCatalog())
  return new Response(null, { status: 303, headers: { Location: target.path, 'Cache-Control': 'no-store' } })
}

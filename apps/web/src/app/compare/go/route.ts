import { NextResponse, type NextRequest } from 'next/server'
import { getPickerCatalog } from '@/lib/cms'
import { pickerTarget } from '@/lib/discovery/picker'

/**
 * The comparison picker's GET target (/compare/go?s=gdpr&s=popia): 303 to the
 * canonical comparison URL, or back to /compare with the reason.
 */
export async function GET(request: NextRequest) {
  const target = pickerTarget(request.nextUrl.searchParams.getAll('s'), await getPickerCatalog())
  const response = NextResponse.redirect(new URL(target.path, request.nextUrl.origin), 303)
  response.headers.set('Cache-Control', 'no-store')
  return response
}

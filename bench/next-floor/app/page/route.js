import { readFile } from 'node:fs/promises'
import path from 'node:path'

// The site's comparison page, byte for byte (bench/page-throughput.mjs writes page.html before the
// build), served as the site serves it: a static route handler, prerendered and kept in Next's cache.
export const dynamic = 'force-static'
export const revalidate = 300

export async function GET() {
  const html = await readFile(path.join(process.cwd(), 'page.html'))
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } })
}

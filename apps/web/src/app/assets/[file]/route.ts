import { getStylesheet } from '@/static-pages/stylesheet'

/*
 * The stylesheet the static content pages link (static-pages/stylesheet.ts): the site's one
 * stylesheet under a content-hashed name, built once and cached for ever; any other name is a 404.
 */
export const dynamic = 'force-static'
export const dynamicParams = false

export async function generateStaticParams() {
  return [{ file: (await getStylesheet()).file }]
}

export async function GET(): Promise<Response> {
  return new Response((await getStylesheet()).css, {
    headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' },
  })
}

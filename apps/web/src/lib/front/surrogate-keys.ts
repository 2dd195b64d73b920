/**
 * Surrogate keys (Varnish `xkey`, Fastly `Surrogate-Key`, Cloudflare `Cache-Tag`) for a page,
 * computed from its path alone: no CMS request, no cache read. Each key is a cache tag the page's
 * CMS requests carry (lib/cms/requests.ts; docs/content-model.md, "Site refresh"), so purging the
 * tags the CMS sends on a publish drops exactly the pages that read what changed. Only the pair's
 * own document is keyed differently: its tag names the two standards' database ids
 * (`comparison:3:7`), which the path does not know, so the page carries `pair:<canonical slug>`
 * and the purge translates (front-purge.ts).
 */
import { TAGS, articleTag, crosswalkTag, standardTag } from '@versus/content'
import { parsePair, parseSelection } from '@versus/engine'

/** Response header Varnish's xkey vmod reads; the VCL removes it before the answer leaves. */
export const SURROGATE_KEY_HEADER = 'xkey'

/** Key of one pair's page, from the canonical pair slug ("iso-27032-vs-iso-27701"). */
export const pairKey = (canonicalSlug: string) => `pair:${canonicalSlug}`

const INDEX = [TAGS.site, TAGS.categories, TAGS.standards, TAGS.standardsIndex]
const COMPARISONS = [TAGS.comparisons, TAGS.comparisonsIndex]
const LIST_OF_CARDS = [TAGS.site, TAGS.categories, TAGS.standards, TAGS.standardsList]

function comparisonKeys(param: string): string[] {
  const pair = parsePair(param)
  if (pair) {
    return [
      ...INDEX,
      ...COMPARISONS,
      TAGS.articles,
      TAGS.articlesIndex,
      TAGS.aspects,
      pairKey(pair.canonical.slug),
      ...pair.standards.map(standardTag),
      ...pair.standards.map(crosswalkTag),
    ]
  }
  const selection = parseSelection(param)
  if (selection) return [...INDEX, ...COMPARISONS, TAGS.aspects, ...selection.standards.map(standardTag)]
  // Not a comparison address: the not-found page, which a later publish cannot turn into a page.
  return INDEX
}

/** Pages that read only the site settings (name, footer, contact address). */
const SITE_ONLY = new Set(['/methodology', '/about', '/contact', '/suggest/thanks'])

const SLUG = /^[a-z0-9][a-z0-9._~-]{0,199}$/

/**
 * Crosswalk addresses below a standard or a pair: a requirement page and an edition diff
 * (`/standards/<slug>/requirements/<segment>`, `/standards/<slug>/editions/<edition>/requirements/<segment>`,
 * `/standards/<slug>/editions/<from>--<to>`), a pair's
 * checklist (`/compare/<pair>/checklist/<b>.csv`) and the sets API (`/api/crosswalk/<a>/<b>`).
 * Undefined for any other path.
 */
function crosswalkKeys(section?: string, slug?: string, rest?: string, more: string[] = []): string[] | null | undefined {
  // One edition's requirement: /standards/<slug>/editions/<edition>/requirements/<segment>.
  if (section === 'standards' && slug && rest === 'editions' && more.length === 3 && more[0] && more[1] === 'requirements' && more[2]) {
    return SLUG.test(slug) ? [...INDEX, crosswalkTag(slug)] : INDEX
  }
  const [last, ...beyond] = more
  if (!slug || !rest || !last || beyond.length > 0) return undefined
  if (section === 'standards' && (rest === 'requirements' || rest === 'editions')) {
    return SLUG.test(slug) ? [...INDEX, crosswalkTag(slug)] : INDEX
  }
  if (section === 'compare' && rest === 'checklist') return comparisonKeys(slug)
  if (section === 'api' && slug === 'crosswalk') return SLUG.test(rest) && SLUG.test(last) ? [...INDEX, crosswalkTag(rest), crosswalkTag(last)] : null
  return undefined
}

/**
 * The keys of the page at `pathname` (decoded), or null when the path is not a page the site keys
 * (static files, the API's other routes, anything unknown: those are either immutable, never
 * cached, or expire with their `s-maxage`).
 */
export function surrogateKeysFor(pathname: string): string[] | null {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname
  if (path === '/' || path === '/compare') return [...INDEX, ...COMPARISONS]
  if (path === '/standards') return LIST_OF_CARDS
  if (path === '/articles') return [TAGS.site, TAGS.articles, TAGS.articlesIndex]
  if (SITE_ONLY.has(path)) return [TAGS.site]
  if (path === '/suggest') return INDEX
  const [, section, slug, rest, ...more] = path.split('/')
  const deeper = crosswalkKeys(section, slug, rest, more)
  if (deeper !== undefined) return deeper
  if (!slug || more.length > 0) return null
  if (section === 'compare' && slug === 'go') return null // the picker's redirect: never cached
  if (section === 'compare' && (rest === undefined || rest.startsWith('opengraph-image'))) return comparisonKeys(slug)
  if (rest !== undefined) return section === 'api' && slug === 'compare' ? comparisonKeys(rest) : null
  if (!SLUG.test(slug)) return section === 'standards' || section === 'articles' ? INDEX : null
  if (section === 'standards') return [...INDEX, ...COMPARISONS, standardTag(slug), crosswalkTag(slug)]
  if (section === 'articles') return [...LIST_OF_CARDS, ...COMPARISONS, TAGS.articles, articleTag(slug)]
  return null
}

/**
 * Paths the proxy matches only to key them (its `config.matcher` must be literal, so it repeats
 * these): the lists, the partner API and the comparison's image. Nothing else happens to them there.
 */
export const SURROGATE_KEYS_ONLY = [
  '/',
  '/standards',
  '/compare',
  '/articles',
  '/methodology',
  '/about',
  '/contact',
  '/suggest',
  '/suggest/thanks',
  '/api/compare/:pair',
  '/compare/:pair/:image(opengraph-image.*)',
  '/standards/:slug/requirements/:segment',
  '/standards/:slug/editions/:diff',
  '/standards/:slug/editions/:edition/requirements/:segment',
  '/compare/:pair/checklist/:file',
  '/api/crosswalk/:from/:to',
]

const KEYS_ONLY =
  /^\/(?:(?:standards|compare|articles|methodology|about|contact|suggest|suggest\/thanks)\/?)?$|^\/api\/compare\/[^/]+$|^\/compare\/[^/]+\/opengraph-image|^\/standards\/[^/]+\/(?:requirements|editions)\/[^/]+$|^\/standards\/[^/]+\/editions\/[^/]+\/requirements\/[^/]+$|^\/compare\/[^/]+\/checklist\/[^/]+$|^\/api\/crosswalk\/[^/]+\/[^/]+$/

/** Whether the proxy sees `pathname` only to add its keys (see SURROGATE_KEYS_ONLY). */
export function surrogateKeysOnly(pathname: string): boolean {
  return KEYS_ONLY.test(pathname)
}

/** Sets the keys header on a response the proxy lets through or answers itself. */
export function withSurrogateKeys<R extends Response>(pathname: string, response: R): R {
  let keys: string[] | null = null
  try {
    keys = surrogateKeysFor(decodeURIComponent(pathname))
  } catch {
    // broken percent-encoding names no page
  }
  if (keys) response.headers.set(SURROGATE_KEY_HEADER, [...new Set(keys)].join(' '))
  return response
}

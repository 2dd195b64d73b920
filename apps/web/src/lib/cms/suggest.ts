import { getIndex } from './site-index'
import { getSite } from './site'
import type { SiteContent } from './site-content'

export interface SuggestPageData {
  site: SiteContent
  /** Published standards a visitor may pick, by slug. */
  standards: { slug: string; shortName: string }[]
}

/** What the "Suggest a comparison" page and its form need: the site and the published standards. */
export async function getSuggestPage(): Promise<SuggestPageData> {
  const [index, site] = await Promise.all([getIndex(), getSite()])
  return { site, standards: index.standards.map((s) => ({ slug: s.slug, shortName: s.shortName })) }
}

/** The published standard slugs a suggestion may name. */
export async function getSuggestableSlugs(): Promise<Set<string>> {
  return new Set((await getIndex()).standards.map((s) => s.slug))
}

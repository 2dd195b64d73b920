import { NotFoundBody } from '@/components/not-found-body'
import { SuggestionList } from '@/components/suggestion-list'
import { getSite, getSuggestionCandidates, type SiteContent } from '@/lib/cms'
import { suggestStandards } from '@/lib/discovery/suggest'
import { siteTitle, type PageMeta } from '@/static-pages/page-meta'

/**
 * The site's not-found content for a missing standard, pair or article. The address is known here,
 * so "Did you mean" is drawn on the server and the page needs no JavaScript.
 */
export async function notFoundPage(pathname: string): Promise<{ meta: PageMeta; site: SiteContent; body: React.ReactElement }> {
  const [site, candidates] = await Promise.all([getSite(), getSuggestionCandidates()])
  return {
    meta: { title: siteTitle('Page not found', site.name), noindex: true },
    site,
    body: <NotFoundBody suggestions={<SuggestionList suggestions={suggestStandards(pathname, candidates)} />} />,
  }
}

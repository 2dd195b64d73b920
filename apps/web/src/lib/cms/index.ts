/** The site's only door to CMS data: pages import from here and nowhere else. */
export { getArticle, getArticleList, getArticleParams, type ArticleListItem, type ArticlePage } from './articles'
export {
  getComparisonList,
  getComparisonPage,
  getComparisonParams,
  type ComparisonPageResult,
} from './comparisons'
export {
  getEditionDiffPage,
  getPairCrosswalk,
  getRequirementPage,
  getSetsBetween,
  getStandardCatalog,
  type PairCrosswalk,
} from './crosswalk'
export { getMatrixPage, isMatrixParam, type MatrixPageResult } from './matrix'
export { siteUrl } from './config'
export { CmsError } from './fetch'
export { asDraft, cmsOrigin, isDraft, previewSecret, sitePath, verifyPreviewLink } from './draft'
export type { SiteContent } from './site-content'
export { getHomePage, getSite, getSitemapEntries, type HomePage, type SitemapEntry } from './site'
export { getSearchPage, searchStandardSlugs } from './search'
export { getSuggestPage, getSuggestableSlugs, type SuggestPageData } from './suggest'
export { getStandardPage, getStandardParams, getStandardsIndex, type StandardPage } from './standards'
export { TAGS, TAG_PATTERN, MAX_TAG_LENGTH } from '@versus/content'
export type { BreadcrumbItem, ComparisonSummary, StandardGroup } from './views'
export {
  getComparePicker,
  getPickerCatalog,
  getStandardsCatalog,
  getSuggestionCandidates,
  type DiscoveryCatalog,
  type DiscoveryFacets,
  type DiscoveryGroup,
  type DiscoveryItem,
} from './discovery'

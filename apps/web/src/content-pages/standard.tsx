import {
  Breadcrumbs,
  CallToAction,
  FaqList,
  JsonLd,
  OtherComparisons,
  Relations,
  RequirementCatalog,
  ReviewNote,
  Section,
  StandardCard,
  StandardDetails,
  StandardHeaderFacts,
} from '@versus/ui'
import type { CatalogView } from '@versus/ui'
import { getStandardCatalog, getStandardPage, type StandardPage } from '@/lib/cms'
import { siteTitle } from '@/static-pages/page-meta'
import { NOT_FOUND, type ContentPage } from './content-page'

/** /standards/[slug]: one standard on its own. */
export async function standardPage(slug: string): Promise<ContentPage> {
  const [page, catalog] = await Promise.all([getStandardPage(slug), getStandardCatalog(slug)])
  if (!page) return NOT_FOUND
  const { seo } = page
  return {
    kind: 'page',
    meta: {
      title: siteTitle(seo.title, page.site.name),
      description: seo.description,
      canonical: seo.canonicalPath,
      openGraph: { title: seo.title, description: seo.description, url: seo.canonicalPath, type: 'article' },
    },
    site: page.site,
    body: <StandardBody page={page} catalog={catalog} />,
  }
}

function StandardBody({ page, catalog }: { page: StandardPage; catalog: CatalogView | null }) {
  const { header, card, details } = page
  return (
    <>
      <JsonLd data={page.seo.jsonLd} />
      <Breadcrumbs items={page.seo.breadcrumbs} />
      <header className="v-standard-hero">
        <p className="v-eyebrow">{page.categoryName ?? 'Standard'}</p>
        <h1 className="v-page-title">{header.shortName}</h1>
        <p className="v-lead">{header.tagline}</p>
        <StandardHeaderFacts header={header} />
        <ReviewNote review={page.review} methodologyHref="/methodology#reviews" />
      </header>

      <Section id="overview" title="At a glance">
        <StandardCard card={card} showName={false} />
      </Section>

      <Section id="details" title={`${header.shortName} in detail`}>
        <StandardDetails details={details} title={null} />
      </Section>

      {catalog ? (
        <Section id="requirements" title={`${header.shortName} requirements`} intro="Each requirement links to its own page, with what other standards map to it.">
          <RequirementCatalog catalog={catalog} />
        </Section>
      ) : null}

      {page.faq.length > 0 ? (
        <Section id="faq" title="Frequently asked questions">
          <FaqList items={page.faq} />
        </Section>
      ) : null}

      {page.relations.length > 0 ? (
        <Section id="related" title="Related standards">
          <Relations relations={page.relations} />
        </Section>
      ) : null}

      {page.comparisons.length > 0 ? (
        <Section id="comparisons" title={`Comparisons with ${header.shortName}`}>
          <OtherComparisons comparisons={page.comparisons} />
        </Section>
      ) : null}

      <CallToAction cta={page.site.cta} />
    </>
  )
}

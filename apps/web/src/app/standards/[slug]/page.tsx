import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import {
  Breadcrumbs,
  CallToAction,
  FaqList,
  JsonLd,
  OtherComparisons,
  Relations,
  Section,
  StandardCard,
  StandardDetails,
  StandardHeaderFacts,
} from '@versus/ui'
import { getStandardPage, getStandardParams } from '@/lib/cms'

interface Props {
  params: Promise<{ slug: string }>
}

export const dynamicParams = true

export function generateStaticParams() {
  return getStandardParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const page = await getStandardPage(slug)
  if (!page) return { title: 'Standard not found', robots: { index: false } }
  return {
    title: page.seo.title,
    description: page.seo.description,
    alternates: { canonical: page.seo.canonicalPath },
    openGraph: { title: page.seo.title, description: page.seo.description, url: page.seo.canonicalPath, type: 'article' },
  }
}

export default async function StandardPage({ params }: Props) {
  const { slug } = await params
  const page = await getStandardPage(slug)
  if (!page) notFound()
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
      </header>

      <Section id="overview" title="At a glance">
        <StandardCard card={card} showName={false} />
      </Section>

      <Section id="details" title={`${header.shortName} in detail`}>
        <StandardDetails details={details} title={null} />
      </Section>

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

import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import {
  Breadcrumbs,
  CallToAction,
  ComparisonHero,
  DifferencesTable,
  Faq,
  JsonLd,
  OtherComparisons,
  RelatedArticles,
  Relations,
  Section,
  StandardCard,
  StandardDetails,
  Traits,
  Verdict,
  WhatItAdds,
} from '@versus/ui'
import { getComparisonPage, getComparisonParams, isMatrixParam } from '@/lib/cms'
import { comparisonMetadata } from './comparison-metadata'
import { MatrixView, matrixMetadata } from './matrix-view'

interface Props {
  params: Promise<{ pair: string }>
}

/** Comparisons published after the build render on first request, then stay cached. */
export const dynamicParams = true

export function generateStaticParams() {
  return getComparisonParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pair } = await params
  if (isMatrixParam(pair)) return matrixMetadata(pair)
  const result = await getComparisonPage(pair)
  // The page itself redirects or answers 404; nothing to describe here.
  if (result.kind !== 'ok') return { robots: { index: false } }
  return comparisonMetadata(result.model.seo, result.site.name)
}

export default async function ComparisonPage({ params }: Props) {
  const { pair } = await params
  if (isMatrixParam(pair)) return <MatrixView param={pair} />
  const result = await getComparisonPage(pair)
  if (result.kind === 'redirect') permanentRedirect(result.path)
  if (result.kind === 'not-found') notFound()

  const { model, site } = result
  const names: [string, string] = [model.headers[0].shortName, model.headers[1].shortName]
  const faqSections = model.faq.filter((s) => s.items.length > 0)

  return (
    <article className="v-comparison">
      <JsonLd data={model.seo.jsonLd} />
      <Breadcrumbs items={model.seo.breadcrumbs} />
      <ComparisonHero title={model.title} headers={model.headers} />

      <Verdict verdict={model.verdict} />

      <Section id="at-a-glance" title="At a glance">
        <div className="v-pair">
          <StandardCard card={model.cards[0]} />
          <StandardCard card={model.cards[1]} />
        </div>
      </Section>

      <Section
        id="analysis"
        title="Detailed analysis"
        intro="What each standard is, what it is made of, why organizations adopt it, and how it is implemented."
      >
        <div className="v-pair">
          <StandardDetails details={model.details[0]} />
          <StandardDetails details={model.details[1]} />
        </div>
      </Section>

      <Section id="differences" title="Key differences">
        <DifferencesTable rows={model.differences} names={names} />
      </Section>

      <Section id="traits" title="What they share and what sets them apart">
        <Traits traits={model.traits} names={names} />
        {model.relations.length > 0 ? (
          <>
            <h3>How they relate</h3>
            <Relations relations={model.relations.map((r) => ({ key: `${r.from}:${r.relation}:${r.to}`, sentence: r.sentence }))} />
          </>
        ) : null}
      </Section>

      {result.adds ? (
        <Section
          id="what-it-adds"
          title="Already comply with one? What the other adds"
          intro="What changes for an organization that already meets one of the two standards and takes on the other."
        >
          <WhatItAdds adds={result.adds} />
        </Section>
      ) : null}

      {faqSections.length > 0 ? (
        <Section id="faq" title="Frequently asked questions" intro={`Common questions about ${names[0]} and ${names[1]}`}>
          <Faq sections={faqSections} />
        </Section>
      ) : null}

      {model.relatedArticles.length > 0 ? (
        <Section id="articles" title="Related articles">
          <RelatedArticles articles={model.relatedArticles} />
        </Section>
      ) : null}

      <CallToAction cta={site.cta} />

      {model.related.length > 0 ? (
        <Section id="other-comparisons" title="Other comparisons">
          <OtherComparisons
            comparisons={model.related.map((r) => ({ slug: r.pair.slug, title: r.title, summary: r.summary, path: r.pair.path }))}
          />
        </Section>
      ) : null}
    </article>
  )
}

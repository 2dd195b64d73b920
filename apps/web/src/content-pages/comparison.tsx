import {
  Breadcrumbs,
  CallToAction,
  ComparisonHero,
  DifferencesTable,
  Faq,
  GeneratedNotice,
  hasDetails,
  isRecorded,
  JsonLd,
  OtherComparisons,
  RelatedArticles,
  Relations,
  RequirementOverlap,
  ReviewNote,
  Section,
  SourceReviews,
  StandardCard,
  StandardDetails,
  Traits,
  Verdict,
  WhatBAdds,
  WhatItAdds,
} from '@versus/ui'
import { getComparisonPage, isMatrixParam, type ComparisonPageResult } from '@/lib/cms'
import { comparisonMeta } from './comparison-meta'
import type { ContentPage } from './content-page'
import { matrixPage } from './matrix'

/** /compare/a-vs-b, or /compare/a-vs-b-vs-c(-vs-d) (matrix.tsx). */
export async function comparisonPage(pair: string): Promise<ContentPage> {
  if (isMatrixParam(pair)) return matrixPage(pair)
  const result = await getComparisonPage(pair)
  if (result.kind !== 'ok') return result
  return {
    kind: 'page',
    // A generated pair (no reviewed comparison) stays out of search engines: robots meta here,
    // X-Robots-Tag from staticPageResponse, and the sitemap lists reviewed pairs only.
    meta: { ...comparisonMeta(result.model.seo, result.site.name, pair), ...(result.reviewed ? {} : { noindex: true }) },
    site: result.site,
    body: <ComparisonBody result={result} />,
  }
}

function ComparisonBody({ result }: { result: Extract<ComparisonPageResult, { kind: 'ok' }> }) {
  const { model, site } = result
  const names: [string, string] = [model.headers[0].shortName, model.headers[1].shortName]
  const faqSections = model.faq.filter((s) => s.items.length > 0)
  const overlap = result.crosswalk.overlap
  const addsByRequirement = overlap?.directions.filter((d) => d.groups.length > 0) ?? []
  // "<from standard>><to standard>" of the directions shown requirement by requirement.
  const coveredDirections = new Set(addsByRequirement.map((d) => `${d.fromSlug}>${d.toSlug}`))
  // The whole-standard points stay for a direction the crosswalk does not cover; a direction with no real addition shows nothing.
  const addsByFacts = (result.adds ?? []).filter((a) => a.points.length > 0 && !coveredDirections.has(`${a.from}>${a.to}`))

  return (
    <article className="v-comparison">
      <JsonLd data={model.seo.jsonLd} />
      <Breadcrumbs items={model.seo.breadcrumbs} />
      <ComparisonHero title={model.title} headers={model.headers} />
      {result.reviewed ? (
        <ReviewNote review={model.review?.pair} methodologyHref="/methodology#reviews" />
      ) : (
        <>
          <GeneratedNotice methodologyHref="/methodology#records" />
          <SourceReviews
            standards={model.headers.map((header, i) => ({ name: header.shortName, review: model.review?.standards[i] }))}
            methodologyHref="/methodology#reviews"
          />
        </>
      )}

      <Verdict verdict={model.verdict} />

      <Section id="at-a-glance" title="At a glance">
        <div className="v-pair">
          <StandardCard card={model.cards[0]} />
          <StandardCard card={model.cards[1]} />
        </div>
      </Section>

      {model.details.some(hasDetails) ? (
        <Section
          id="analysis"
          title="Detailed analysis"
          intro="What each standard is, what it is made of, why organisations adopt it, and how it is implemented."
        >
          <div className="v-pair">
            <StandardDetails details={model.details[0]} />
            <StandardDetails details={model.details[1]} />
          </div>
        </Section>
      ) : null}

      {model.differences.some(isRecorded) ? (
        <Section id="differences" title="Key differences">
          <DifferencesTable rows={model.differences} names={names} />
        </Section>
      ) : null}

      <Section id="traits" title="What they share and what sets them apart">
        <Traits traits={model.traits} names={names} />
        {model.relations.length > 0 ? (
          <>
            <h3>How they relate</h3>
            <Relations relations={model.relations.map((r) => ({ key: `${r.from}:${r.relation}:${r.to}`, sentence: r.sentence }))} />
          </>
        ) : null}
      </Section>

      {overlap ? (
        <Section
          id="requirement-overlap"
          title="Requirement overlap"
          intro={`How much of each standard the other meets, requirement by requirement, from published mappings between ${names[0]} and ${names[1]}.`}
        >
          <RequirementOverlap overlap={overlap} />
        </Section>
      ) : null}

      {addsByFacts.length > 0 || addsByRequirement.length > 0 ? (
        <Section
          id="what-it-adds"
          title="Already comply with one? What the other adds"
          intro="What changes for an organisation that already meets one of the two standards and takes on the other."
        >
          {addsByRequirement.map((direction) => (
            <WhatBAdds key={direction.csvPath} direction={direction} />
          ))}
          <WhatItAdds adds={addsByFacts} />
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

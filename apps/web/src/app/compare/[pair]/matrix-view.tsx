import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { Breadcrumbs, CallToAction, ComparisonMatrix, JsonLd, MatrixHero, PairLinks, Section } from '@versus/ui'
import { getMatrixPage } from '@/lib/cms'
import { comparisonMetadata } from './comparison-metadata'

/** Metadata of /compare/a-vs-b-vs-c(-vs-d); shares its getter with the page. */
export async function matrixMetadata(param: string): Promise<Metadata> {
  const result = await getMatrixPage(param)
  if (result.kind !== 'ok') return { robots: { index: false } }
  return comparisonMetadata(result.model.seo, result.site.name)
}

/** Three or four standards side by side, from compareMany: no comparison document needed. */
export async function MatrixView({ param }: { param: string }) {
  const result = await getMatrixPage(param)
  if (result.kind === 'redirect') permanentRedirect(result.path)
  if (result.kind === 'not-found') notFound()
  const { model, site } = result
  const total = model.rows.length
  return (
    <article className="v-comparison v-matrix-page">
      <JsonLd data={model.seo.jsonLd} />
      <Breadcrumbs items={model.seo.breadcrumbs} />
      <MatrixHero title={model.title} headers={model.columns} />

      <Section
        id="matrix"
        title="Side by side"
        intro={`${model.differing} of ${total} facts and aspects differ; rows marked “Differs” are highlighted.`}
      >
        <ComparisonMatrix model={model} />
      </Section>

      <Section id="pairs" title="Compare two at a time">
        <PairLinks pairs={model.pairs} />
      </Section>

      <CallToAction cta={site.cta} />
    </article>
  )
}

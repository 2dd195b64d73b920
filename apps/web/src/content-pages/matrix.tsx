import { Breadcrumbs, CallToAction, ComparisonMatrix, JsonLd, MatrixHero, PairLinks, Section } from '@versus/ui'
import { getMatrixPage, type MatrixPageResult } from '@/lib/cms'
import { comparisonMeta } from './comparison-meta'
import type { ContentPage } from './content-page'

/** Three or four standards side by side, from compareMany: no comparison document needed. */
export async function matrixPage(param: string): Promise<ContentPage> {
  const result = await getMatrixPage(param)
  if (result.kind !== 'ok') return result
  return {
    kind: 'page',
    meta: comparisonMeta(result.model.seo, result.site.name, param),
    site: result.site,
    body: <MatrixBody result={result} />,
  }
}

function MatrixBody({ result }: { result: Extract<MatrixPageResult, { kind: 'ok' }> }) {
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

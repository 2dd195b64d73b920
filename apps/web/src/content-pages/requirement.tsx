import { Breadcrumbs, EditionBadge, RequirementLink, RequirementMappings, Section, SupersededNotice } from '@versus/ui'
import type { RequirementPageView } from '@versus/ui'
import { getRequirementPage } from '@/lib/cms'
import { siteTitle } from '@/static-pages/page-meta'
import { NOT_FOUND, type ContentPage } from './content-page'

/**
 * /standards/[slug]/requirements/[segment], or /standards/[slug]/editions/[edition]/requirements/[segment]
 * for one edition: one requirement, where it sits, and what maps to it.
 */
export async function requirementPage(slug: string, segment: string, edition?: string): Promise<ContentPage> {
  const page = await getRequirementPage(slug, segment, edition)
  if (!page) return NOT_FOUND
  const { view, site, path } = page
  const name = `${view.standard.label} ${view.refId}${view.title ? ` ${view.title}` : ''}`
  const description =
    view.summary ?? `${view.refId} of ${view.edition.label}: its place in the standard and the requirements of other standards mapped to it.`
  return {
    kind: 'page',
    meta: {
      title: siteTitle(name, site.name),
      description,
      canonical: path,
      openGraph: { title: name, description, url: path, type: 'article' },
    },
    site,
    body: <RequirementBody view={view} path={path} />,
  }
}

function RequirementBody({ view, path }: { view: RequirementPageView; path: string }) {
  const crumbs = [
    { name: 'Home', path: '/' },
    { name: 'Standards', path: '/standards' },
    { name: view.standard.label, path: view.standard.path },
    ...view.ancestors.filter((a) => a.path).map((a) => ({ name: a.refId, path: a.path as string })),
    { name: view.refId, path },
  ]
  const parent = view.ancestors[view.ancestors.length - 1]
  return (
    <article className="v-requirement">
      <Breadcrumbs items={crumbs} />
      <header className="v-standard-hero">
        <p className="v-eyebrow">
          {view.standard.label}
          {view.kind ? ` · ${view.kind}` : ''}
        </p>
        <h1 className="v-page-title">
          <code className="v-ref">{view.refId}</code> {view.title ?? ''}
        </h1>
        {view.summary ? <p className="v-lead">{view.summary}</p> : null}
        <p className="v-badges">
          <EditionBadge edition={view.edition} />
          {view.assessable ? null : <span className="v-badge">Heading (not assessed on its own)</span>}
        </p>
      </header>
      {view.notice ? <SupersededNotice notice={view.notice} /> : null}

      {view.text ? (
        <Section id="text" title="Official text">
          <blockquote className="v-official-text">
            <p>{view.text}</p>
          </blockquote>
        </Section>
      ) : null}

      {parent || view.children.length > 0 ? (
        <Section id="hierarchy" title="Where it sits">
          {parent ? (
            <p>
              Part of <RequirementLink requirement={parent} />.
            </p>
          ) : null}
          {view.children.length > 0 ? (
            <ul className="v-list">
              {view.children.map((c) => (
                <li key={c.refId}>
                  <RequirementLink requirement={c} />
                </li>
              ))}
            </ul>
          ) : null}
        </Section>
      ) : null}

      <Section id="mappings" title="Mapped requirements in other standards">
        {view.mappings.length > 0 ? (
          <RequirementMappings refId={view.refId} mappings={view.mappings} />
        ) : (
          <p>No published mapping names {view.refId} yet.</p>
        )}
      </Section>
    </article>
  )
}

import { Breadcrumbs, EditionBadge, EditionDiff } from '@versus/ui'
import { getEditionDiffPage } from '@/lib/cms'
import { siteTitle } from '@/static-pages/page-meta'
import { NOT_FOUND, type ContentPage } from './content-page'

/** /standards/[slug]/editions/[from]--[to]: what changed between two editions. */
export async function editionDiffPage(slug: string, param: string): Promise<ContentPage> {
  const page = await getEditionDiffPage(slug, param)
  if (!page) return NOT_FOUND
  const { view, site } = page
  const title = `${view.from.label} to ${view.to.label}: what changed`
  const path = `${view.standard.path}/editions/${param}`
  const description = `${view.added.length} new, ${view.changed.length} changed and ${view.removed.length} removed requirements between ${view.from.label} and ${view.to.label}.`
  return {
    kind: 'page',
    meta: { title: siteTitle(title, site.name), description, canonical: path, openGraph: { title, description, url: path, type: 'article' } },
    site,
    body: (
      <article className="v-edition-diff-page">
        <Breadcrumbs
          items={[
            { name: 'Home', path: '/' },
            { name: 'Standards', path: '/standards' },
            { name: view.standard.label, path: view.standard.path },
            { name: `${view.from.label} → ${view.to.label}`, path },
          ]}
        />
        <header className="v-standard-hero">
          <p className="v-eyebrow">{view.standard.label} editions</p>
          <h1 className="v-page-title">{title}</h1>
          <p className="v-badges">
            <EditionBadge edition={view.from} /> <EditionBadge edition={view.to} />
          </p>
        </header>
        <EditionDiff diff={view} />
      </article>
    ),
  }
}

import type { CatalogNodeView, CatalogView } from './crosswalk-view'
import { EditionBadge, SupersededNotice } from './edition-badge'
import { RequirementLink } from './requirement-link'

function Nodes({ nodes }: { nodes: CatalogNodeView[] }) {
  if (nodes.length === 0) return null
  return (
    <ul className="v-catalog__list">
      {nodes.map((n) => (
        <li key={n.refId}>
          <RequirementLink requirement={n} />
          <Nodes nodes={n.children} />
        </li>
      ))}
    </ul>
  )
}

/** A standard's requirement catalog: one collapsible block per top-level group, every requirement a link. */
export function RequirementCatalog({ catalog }: { catalog: CatalogView }) {
  return (
    <div className="v-catalog">
      <p className="v-badges">
        <EditionBadge edition={catalog.edition} />
        <span className="v-small">{catalog.assessable} requirements one can comply with</span>
      </p>
      {catalog.notice ? <SupersededNotice notice={catalog.notice} /> : null}
      {catalog.groups.map((g) =>
        g.children.length > 0 ? (
          <details key={g.refId} className="v-catalog__group">
            <summary>
              <code className="v-ref">{g.refId}</code> {g.title ?? ''} <span className="v-small">({countOf(g.children)})</span>
            </summary>
            <p className="v-small">
              <RequirementLink requirement={g} showTitle={false} />
            </p>
            <Nodes nodes={g.children} />
          </details>
        ) : (
          <p key={g.refId} className="v-catalog__single">
            <RequirementLink requirement={g} />
          </p>
        ),
      )}
      {catalog.diffs.length > 0 ? (
        <ul className="v-list">
          {catalog.diffs.map((d) => (
            <li key={d.path}>
              <a href={d.path}>{d.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function countOf(nodes: CatalogNodeView[]): number {
  return nodes.reduce((sum, n) => sum + 1 + countOf(n.children), 0)
}

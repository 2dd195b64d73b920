/** A standard's requirement catalog (its current edition), for the standard's page. */
import type { RequirementEntry } from '@versus/content'
import type { CatalogNodeView, CatalogView, LinkView } from '@versus/ui'
import type { CrosswalkIndex } from './crosswalk-index'
import { byOrder, editionBadge, editionDiffPath, editionsOf, requirementLink, supersededNotice, transitionSet } from './crosswalk-index'

export function buildCatalog(index: CrosswalkIndex, standard: string): CatalogView | null {
  const edition = editionsOf(index, standard)[0]
  const byRef = edition ? index.requirements.get(edition.id) : undefined
  if (!edition || !byRef || byRef.size === 0) return null
  const all = [...byRef.values()]
  const childrenOf = new Map<string | null, RequirementEntry[]>()
  for (const r of all) {
    // A parent the catalog lacks makes a root, so nothing is lost.
    const parent = r.parent && byRef.has(r.parent) && r.parent !== r.refId ? r.parent : null
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), r])
  }
  const seen = new Set<string>()
  const node = (r: RequirementEntry): CatalogNodeView => {
    seen.add(r.refId)
    const kids = (childrenOf.get(r.refId) ?? []).filter((c) => !seen.has(c.refId)).sort(byOrder)
    return { ...requirementLink(index, edition.id, r.refId), children: kids.map(node) }
  }
  const diffs: LinkView[] = editionsOf(index, standard)
    .filter((older) => older.id !== edition.id && transitionSet(index, older.id, edition.id))
    .map((older) => ({ label: `What changed from ${older.label} to ${edition.label}`, path: editionDiffPath(standard, older.id, edition.id) }))
  return {
    edition: editionBadge(edition),
    notice: supersededNotice(index, edition),
    groups: (childrenOf.get(null) ?? []).sort(byOrder).map(node),
    assessable: all.filter((r) => r.assessable).length,
    diffs,
  }
}

import type { AddedGroupView, AddedRequirementView, CoverageDirectionView } from './crosswalk-view'
import type { HeadingLevel } from './heading'
import { Heading } from './heading'
import { RequirementLink, RequirementLinks } from './requirement-link'

function Added({ item }: { item: AddedRequirementView }) {
  return (
    <li className="v-added" data-status={item.status}>
      <span className={`v-badge v-status v-status--${item.status}`}>{item.statusLabel}</span> <RequirementLink requirement={item} />
      {item.gapNote ? <p className="v-added__gap">Gap: {item.gapNote}</p> : null}
      {item.evidence.length > 0 ? (
        <p className="v-added__evidence v-small">
          {item.evidence.map((e, i) => (
            <span key={i}>
              {i > 0 ? '; ' : null}
              <RequirementLinks requirements={e.requirements} /> ({e.relationship}, {e.publisher})
            </span>
          ))}
        </p>
      ) : null}
    </li>
  )
}

function Group({ group, level }: { group: AddedGroupView; level: HeadingLevel }) {
  const open = group.items.filter((i) => i.status !== 'full')
  const covered = group.items.filter((i) => i.status === 'full')
  return (
    <div className="v-added-group">
      {group.heading ? (
        <Heading level={level} className="v-added-group__title">
          <RequirementLink requirement={group.heading} />
        </Heading>
      ) : null}
      {open.length > 0 ? (
        <ul className="v-list v-added-list">
          {open.map((item) => (
            <Added key={item.refId} item={item} />
          ))}
        </ul>
      ) : null}
      {covered.length > 0 ? (
        <details className="v-added-covered">
          <summary>
            {covered.length} already covered
          </summary>
          <ul className="v-list v-added-list">
            {covered.map((item) => (
              <Added key={item.refId} item={item} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}

/**
 * "What B adds" for someone complying with A, requirement by requirement,
 * grouped by B's hierarchy: what remains open first, covered ones collapsed.
 */
export function WhatBAdds({ direction, level = 3 }: { direction: CoverageDirectionView; level?: HeadingLevel }) {
  if (direction.groups.length === 0) return null
  return (
    <div className="v-adds-requirements" data-from={direction.fromEdition.id} data-to={direction.toEdition.id}>
      <Heading level={level}>
        Already comply with {direction.fromName}? What {direction.toName} adds
      </Heading>
      <p className="v-small">
        <a href={direction.csvPath} download>
          Download as a checklist (CSV)
        </a>
      </p>
      {direction.groups.map((group, i) => (
        <Group key={group.heading?.refId ?? `loose-${i}`} group={group} level={Math.min(level + 1, 6) as HeadingLevel} />
      ))}
    </div>
  )
}

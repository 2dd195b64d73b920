import type { RequirementLinkView } from './crosswalk-view'

/** "A.5.1 Policies for information security", the identifier in monospace; a link when the requirement has a page. */
export function RequirementLink({ requirement, showTitle = true }: { requirement: RequirementLinkView; showTitle?: boolean }) {
  const label = (
    <>
      <code className="v-ref">{requirement.refId}</code>
      {showTitle && requirement.title ? <> {requirement.title}</> : null}
    </>
  )
  return requirement.path ? <a href={requirement.path}>{label}</a> : <span>{label}</span>
}

/** Several requirements of one side, read together (their union). */
export function RequirementLinks({ requirements, showTitle = false }: { requirements: RequirementLinkView[]; showTitle?: boolean }) {
  return (
    <>
      {requirements.map((r, i) => (
        <span key={r.refId}>
          {i > 0 ? ' + ' : null}
          <RequirementLink requirement={r} showTitle={showTitle} />
        </span>
      ))}
    </>
  )
}

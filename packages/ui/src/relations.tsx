export interface RelationItem {
  /** "ISO/IEC 27701 extends ISO/IEC 27001" */
  sentence: string
  /** The other standard's page and name: the item leads with a link to it. */
  link?: { path: string; name: string }
  key?: string
}

/** How standards relate ("extends", "maps to" …), one sentence per relation. */
export function Relations({ relations }: { relations: RelationItem[] }) {
  if (relations.length === 0) return null
  return (
    <ul className="v-list v-relations">
      {relations.map((r, i) => (
        <li key={r.key ?? i}>
          {r.link ? (
            <>
              <a href={r.link.path} className="v-relations__name">
                {r.link.name}
              </a>
              <span className="v-muted"> — {r.sentence}</span>
            </>
          ) : (
            r.sentence
          )}
        </li>
      ))}
    </ul>
  )
}

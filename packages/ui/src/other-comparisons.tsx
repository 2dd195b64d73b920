import { Heading } from './heading'

export interface ComparisonLink {
  /** Canonical pair slug, used as the key. */
  slug: string
  title: string
  summary?: string | null
  path: string
}

/** Links to comparison pages with their one-line summaries. */
export function OtherComparisons({
  comparisons,
  headingLevel = 3,
}: {
  comparisons: ComparisonLink[]
  headingLevel?: number
}) {
  if (comparisons.length === 0) return null
  return (
    <ul className="v-grid v-grid--2 v-plain">
      {comparisons.map((c) => (
        <li key={c.slug} className="v-tile">
          <Heading level={headingLevel} className="v-tile__title">
            <a href={c.path}>{c.title}</a>
          </Heading>
          {c.summary ? <p className="v-tile__text">{c.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}

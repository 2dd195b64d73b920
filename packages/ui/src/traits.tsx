import type { Trait, TraitComparison } from '@versus/engine'
import { Heading } from './heading'

function TraitList({ traits, empty }: { traits: Trait[]; empty: string }) {
  if (traits.length === 0) return <p className="v-muted">{empty}</p>
  return (
    <ul className="v-chips">
      {traits.map((t) => (
        <li key={t.key} className={`v-chip v-chip--${t.kind}`}>
          {t.label}
        </li>
      ))}
    </ul>
  )
}

/** What the two standards share, and what is unique to each. */
export function Traits({
  traits,
  names,
  headingLevel = 3,
}: {
  traits: TraitComparison
  names: [string, string]
  headingLevel?: number
}) {
  return (
    <div className="v-traits">
      <div className="v-traits__group">
        <Heading level={headingLevel}>Shared by both</Heading>
        <TraitList traits={traits.shared} empty="No traits in common." />
      </div>
      <div className="v-traits__group">
        <Heading level={headingLevel}>Only {names[0]}</Heading>
        <TraitList traits={traits.unique[0]} empty="Nothing unique." />
      </div>
      <div className="v-traits__group">
        <Heading level={headingLevel}>Only {names[1]}</Heading>
        <TraitList traits={traits.unique[1]} empty="Nothing unique." />
      </div>
    </div>
  )
}

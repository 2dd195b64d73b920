import type { StandardHeader } from '@versus/engine'
import { Badge } from './badge'
import { ObligationBadge } from './obligation-badge'
import { Heading } from './heading'

export interface StandardIndexGroup {
  key: string
  name: string
  standards: StandardHeader[]
}

/** A dense index of standards by category: name, obligation and legal nature per line. */
export function StandardIndex({ groups, headingLevel = 3 }: { groups: StandardIndexGroup[]; headingLevel?: number }) {
  if (groups.length === 0) return null
  return (
    <div className="v-index">
      {groups.map((group) => (
        <div key={group.key} className="v-index__group">
          <Heading level={headingLevel}>{group.name}</Heading>
          <ul>
            {group.standards.map((s) => (
              <li key={s.slug}>
                <a href={s.path}>{s.shortName}</a>
                <span className="v-index__badges">
                  <ObligationBadge header={s} />
                  <Badge tone="neutral">{s.legalNatureLabel}</Badge>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}

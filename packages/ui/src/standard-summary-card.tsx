import type { StandardHeader } from '@versus/engine'
import { Badge } from './badge'
import { ObligationBadge } from './obligation-badge'
import { Heading } from './heading'

/** A standard in a list: name, badges, legal nature and tagline, linking to its page. */
export function StandardSummaryCard({ header, headingLevel = 3 }: { header: StandardHeader; headingLevel?: number }) {
  return (
    <div className="v-tile v-summary">
      <Heading level={headingLevel} className="v-tile__title">
        <a href={header.path}>{header.shortName}</a>
      </Heading>
      <p className="v-badges">
        <ObligationBadge header={header} />
        <Badge tone="neutral">{header.legalNatureLabel}</Badge>
        <Badge tone="neutral">
          <span className="v-sr-only">Current edition: </span>
          {header.editionYear}
        </Badge>
      </p>
      <p className="v-tile__text">{header.tagline}</p>
      <p className="v-muted v-small">{header.jurisdiction}</p>
    </div>
  )
}

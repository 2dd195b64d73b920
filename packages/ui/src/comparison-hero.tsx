import type { StandardHeader } from '@versus/engine'
import { Badge } from './badge'
import { ObligationBadge } from './obligation-badge'

export function StandardHeaderFacts({ header }: { header: StandardHeader }) {
  return (
    <>
      <p className="v-badges">
        <ObligationBadge header={header} />
        <Badge tone="neutral">
          <span className="v-sr-only">Current edition: </span>
          {header.editionYear}
        </Badge>
      </p>
      <dl className="v-facts">
        <div>
          <dt>Legal nature</dt>
          <dd>{header.legalNatureLabel}</dd>
        </div>
        <div>
          <dt>Jurisdiction</dt>
          <dd>{header.jurisdiction}</dd>
        </div>
        <div>
          <dt>Publisher</dt>
          <dd>{header.publisher}</dd>
        </div>
      </dl>
    </>
  )
}

function HeroSide({ header }: { header: StandardHeader }) {
  return (
    <div className="v-hero__side">
      <p className="v-hero__name">
        <a href={header.path}>{header.shortName}</a>
      </p>
      <StandardHeaderFacts header={header} />
      <p className="v-hero__tagline">{header.tagline}</p>
    </div>
  )
}

/** The top of a comparison page: the h1, then one hero per standard with "VS" between. */
export function ComparisonHero({
  title,
  eyebrow = 'Standards comparison',
  headers,
}: {
  title: string
  eyebrow?: string
  headers: [StandardHeader, StandardHeader]
}) {
  return (
    <header className="v-hero">
      <p className="v-eyebrow">{eyebrow}</p>
      <h1 className="v-hero__title">{title}</h1>
      <div className="v-hero__pair">
        <HeroSide header={headers[0]} />
        <p className="v-hero__vs" aria-hidden="true">
          VS
        </p>
        <HeroSide header={headers[1]} />
      </div>
    </header>
  )
}

import type { StandardCard as StandardCardValue } from '@versus/engine'
import { Heading } from './heading'
import { safeHref } from './safe-href'

/** Where the card's "how we estimate" link points (the methodology's section on cost and effort). */
export const ESTIMATES_HREF = '/methodology#estimates'

/** The at-a-glance card: category, names, cost, complexity, time and key features. */
export function StandardCard({
  card,
  headingLevel = 3,
  showName = true,
  estimatesHref = ESTIMATES_HREF,
}: {
  card: StandardCardValue
  headingLevel?: number
  /** False on the standard's own page, where the h1 already names it. */
  showName?: boolean
  /** The explanation of the cost and effort bands; null leaves the line out (a hand-built card). */
  estimatesHref?: string | null
}) {
  const costSource = safeHref(card.estimateSources?.cost)
  const effortSource = safeHref(card.estimateSources?.effort)
  return (
    <article
      className="v-card"
      {...(showName ? { 'aria-labelledby': `card-${card.slug}` } : { 'aria-label': card.shortName })}
    >
      {showName && card.categoryName ? <p className="v-card__category">{card.categoryName}</p> : null}
      {showName ? (
        <Heading level={headingLevel} id={`card-${card.slug}`} className="v-card__name">
          {card.shortName}
        </Heading>
      ) : null}
      <p className="v-card__title">{card.officialTitle}</p>
      <dl className="v-card__stats">
        <div>
          <dt>Cost</dt>
          <dd>
            <span className="v-cost" aria-hidden="true">
              {card.cost.label}
            </span>
            <span className="v-sr-only">Band {card.cost.band} of 4</span>
            <span className="v-card__hint">{card.cost.description}</span>
          </dd>
        </div>
        <div>
          <dt>Complexity</dt>
          <dd>{card.complexity.label}</dd>
        </div>
        <div>
          <dt>Implementation time</dt>
          <dd>{card.implementation.label}</dd>
        </div>
      </dl>
      {estimatesHref ? (
        <p className="v-card__basis" data-estimate-basis="">
          Typical ranges, not quotes: <a href={estimatesHref}>how we estimate</a>
          {costSource ? (
            <>
              {' · '}
              <a href={costSource} rel="noopener noreferrer">
                cost source
              </a>
            </>
          ) : null}
          {effortSource ? (
            <>
              {' · '}
              <a href={effortSource} rel="noopener noreferrer">
                effort source
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {card.keyFeatures.length > 0 ? (
        <>
          <Heading level={showName ? headingLevel + 1 : headingLevel} className="v-card__subhead">
            Key features
          </Heading>
          <ul className="v-list">
            {card.keyFeatures.map((feature, i) => (
              <li key={i}>{feature}</li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  )
}

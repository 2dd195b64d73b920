import { CoverageBar } from './coverage-bar'
import type { CrosswalkSourceView, InferredView, RequirementOverlapView } from './crosswalk-view'
import { EditionBadge, SupersededNotice } from './edition-badge'
import type { HeadingLevel } from './heading'
import { Heading } from './heading'
import { RequirementLink } from './requirement-link'
import { safeHref } from './safe-href'

function Sources({ sources, level }: { sources: CrosswalkSourceView[]; level: HeadingLevel }) {
  if (sources.length === 0) return null
  return (
    <>
      <Heading level={level}>Sources</Heading>
      <ul className="v-list v-sources">
        {sources.map((s) => {
          const href = safeHref(s.url)
          return (
            <li key={s.id}>
              {href ? <a href={href}>{s.title}</a> : s.title} — published by {s.publisher}; {s.methodLabel.toLowerCase()}
              {s.comprehensive ? ', comprehensive' : ''}; licence: {s.licence ?? 'not stated'}
              {s.reviewedAt ? `; reviewed ${s.reviewedAt}` : ''}
            </li>
          )
        })}
      </ul>
    </>
  )
}

function Inferred({ inferred, level }: { inferred: InferredView; level: HeadingLevel }) {
  return (
    <div className="v-inferred">
      <Heading level={level}>Inferred through other standards</Heading>
      <p>
        These links are <strong>inferred</strong>: nobody published them between {inferred.fromName} and {inferred.toName}. They are
        composed from links to a third standard, may be wrong, and count in none of the figures.
      </p>
      <div className="v-table-wrap" role="region" aria-label="Inferred links" tabIndex={0}>
        <table className="v-table v-inferred__table">
          <thead>
            <tr>
              <th scope="col">{inferred.fromName}</th>
              <th scope="col">{inferred.toName}</th>
              <th scope="col">Reading</th>
              <th scope="col">Through</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {inferred.candidates.map((c) => (
              <tr key={`${c.source.refId}→${c.target.refId}`}>
                <td>
                  <RequirementLink requirement={c.source} showTitle={false} />
                </td>
                <td>
                  <RequirementLink requirement={c.target} />
                </td>
                <td>
                  {c.coverageLabel} ({c.relationship})
                </td>
                <td>{c.via.join(', ')}</td>
                <td>{c.confidenceLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {inferred.more > 0 ? <p className="v-small">And {inferred.more} more.</p> : null}
    </div>
  )
}

/** "ISO 27001 (ISO/IEC 27001:2022)", or the name alone when the edition's label says no more. */
function withEdition(name: string, editionLabel: string): string {
  return editionLabel === name ? name : `${name} (${editionLabel})`
}

/**
 * "Requirement overlap": the editions compared, coverage both ways as stacked
 * bars with counts, how we count, and the sets behind the figures. With no set
 * between the two, says so and shows inferred candidates (never counted).
 */
export function RequirementOverlap({ overlap, level = 3 }: { overlap: RequirementOverlapView; level?: HeadingLevel }) {
  const [a, b] = overlap.names
  return (
    <div className="v-overlap">
      <p className="v-badges v-overlap__editions">
        <span>
          {a}: <EditionBadge edition={overlap.editions[0]} />
        </span>
        <span>
          {b}: <EditionBadge edition={overlap.editions[1]} />
        </span>
      </p>
      {overlap.notices.map((n) => (
        <SupersededNotice key={n.edition} notice={n} />
      ))}
      {overlap.directions.length === 0 ? (
        <p className="v-overlap__none">
          No published mapping links {a} and {b} requirement by requirement yet, so there are no coverage figures for this pair.
        </p>
      ) : (
        <div className="v-overlap__directions">
          {overlap.directions.map((d) => (
            <div key={`${d.fromEdition.id}→${d.toEdition.id}`} className="v-overlap__direction">
              <Heading level={level}>
                {d.counts.full + d.counts.partial > 0
                  ? `Complying with ${d.fromName}: ${d.scoreLabel} of ${d.toName}`
                  : `Complying with ${d.fromName}: no proven coverage of ${d.toName}`}
              </Heading>
              {d.counts.full + d.counts.partial === 0 && d.counts.related > 0 ? (
                <p className="v-small">
                  {d.counts.related} of {d.counts.total} requirements are linked only by untyped references: the publisher says they
                  are related, not that one meets the other.
                </p>
              ) : null}
              <CoverageBar
                counts={d.counts}
                label={`${withEdition(d.toName, d.toEdition.label)}: ${d.counts.total} requirements, as met by ${withEdition(d.fromName, d.fromEdition.label)}`}
              />
            </div>
          ))}
        </div>
      )}
      {overlap.directions.length > 0 ? (
        <div className="v-overlap__method">
          <Heading level={level}>How we count</Heading>
          <p>
            Each requirement of one standard is <em>covered</em> when a typed mapping says the other standard’s requirements are equal to or
            broader than it, <em>partly covered</em> when they are narrower or overlap (weighted by the mapping’s strength in the
            percentage), <em>related</em> when the only link is untyped (shown, never counted), <em>not covered</em> when a comprehensive
            mapping or an explicit gap says nothing matches, and <em>not mapped</em> when nobody says. Headings are never counted.{' '}
            <a href={overlap.methodologyPath}>Our coverage methodology</a>
          </p>
        </div>
      ) : null}
      <Sources sources={overlap.sources} level={level} />
      {overlap.inferred ? <Inferred inferred={overlap.inferred} level={level} /> : null}
    </div>
  )
}

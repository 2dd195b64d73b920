import type { SourceLink, StandardDetails as StandardDetailsValue } from '@versus/engine'
import { Heading } from './heading'
import { RichText } from './rich-text'
import { isExternalHref, safeHref } from './safe-href'

export function SourceList({ sources }: { sources: SourceLink[] }) {
  const safe = sources.flatMap((s) => {
    const href = safeHref(s.url)
    return href ? [{ label: s.label, href }] : []
  })
  if (safe.length === 0) return null
  return (
    <ul className="v-list v-sources">
      {safe.map((s, i) => (
        <li key={i}>
          <a href={s.href} rel={isExternalHref(s.href) ? 'noopener noreferrer' : undefined}>
            {s.label}
          </a>
        </li>
      ))}
    </ul>
  )
}

/** Whether any part of the detailed analysis has content (sources only if one has a safe link). */
export function hasDetails(details: StandardDetailsValue): boolean {
  return Boolean(
    details.whatItIs ||
      details.keyComponents.length > 0 ||
      details.whyOrganizationsUseIt ||
      details.implementationOverview ||
      details.sources.some((s) => safeHref(s.url)),
  )
}

/**
 * The detailed analysis of one standard: What it is · Key components · Why
 * organisations use it · Implementation overview · Official sources.
 */
export function StandardDetails({
  details,
  headingLevel = 3,
  title,
}: {
  details: StandardDetailsValue
  headingLevel?: number
  /** Defaults to "<short name> in detail"; pass null to omit the heading. */
  title?: string | null
}) {
  const sub = title === null ? headingLevel : headingLevel + 1
  // No "X in detail" heading with nothing under it.
  if (!hasDetails(details)) return null
  return (
    <div className="v-details">
      {title === null ? null : (
        <Heading level={headingLevel} className="v-details__title">
          {title ?? `${details.shortName} in detail`}
        </Heading>
      )}
      {details.whatItIs ? (
        <>
          <Heading level={sub}>What it is</Heading>
          <RichText value={details.whatItIs} headingLevel={sub + 1} />
        </>
      ) : null}
      {details.keyComponents.length > 0 ? (
        <>
          <Heading level={sub}>Key components</Heading>
          <ul className="v-list">
            {details.keyComponents.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      {details.whyOrganizationsUseIt ? (
        <>
          <Heading level={sub}>Why organisations use it</Heading>
          <RichText value={details.whyOrganizationsUseIt} headingLevel={sub + 1} />
        </>
      ) : null}
      {details.implementationOverview ? (
        <>
          <Heading level={sub}>Implementation overview</Heading>
          <RichText value={details.implementationOverview} headingLevel={sub + 1} />
        </>
      ) : null}
      {details.sources.length > 0 ? (
        <>
          <Heading level={sub}>Official sources</Heading>
          <SourceList sources={details.sources} />
        </>
      ) : null}
    </div>
  )
}

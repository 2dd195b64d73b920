import type { ReviewRecord } from '@versus/engine'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Who the site names when the reviewer set no public display name. */
export const EDITORS = 'the Versus editors'

/** "30 November 2026" (UTC, so every server renders the same day), or null for an unparseable date. */
export function formatReviewDate(iso: string): string | null {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return null
  const date = new Date(time)
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}

/** The machine-readable day of a review ("2026-11-30"). */
function isoDay(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().slice(0, 10)
}

function ReviewedOn({ review }: { review: ReviewRecord }) {
  const label = formatReviewDate(review.at)
  if (!label) return null
  return (
    <>
      <time dateTime={isoDay(review.at)}>{label}</time> by {review.by?.trim() || EDITORS}
    </>
  )
}

/**
 * "Last reviewed 30 November 2026 by Ann Editor." under a reviewed page's title (a standard, or a
 * pair an editor published). Without a review date it says so rather than invent one.
 */
export function ReviewNote({ review, methodologyHref }: { review: ReviewRecord | null | undefined; methodologyHref?: string }) {
  const reviewed = review && formatReviewDate(review.at) ? review : null
  return (
    <p className="v-review" data-review={reviewed ? 'reviewed' : 'none'}>
      {reviewed ? (
        <>
          Last reviewed <ReviewedOn review={reviewed} />.
        </>
      ) : (
        <>No editor&rsquo;s review is recorded yet.</>
      )}
      {methodologyHref ? (
        <>
          {' '}
          <a href={methodologyHref}>How we review</a>
        </>
      ) : null}
    </p>
  )
}

/**
 * On a generated pair (no editor reviewed the pair): the review dates of the two standards' own
 * records, which is all the page is built from. Never says the pair was reviewed.
 */
export function SourceReviews({
  standards,
  methodologyHref,
}: {
  standards: { name: string; review: ReviewRecord | null | undefined }[]
  methodologyHref?: string
}) {
  return (
    <div className="v-review" data-review="generated">
      <p>Not reviewed as a pair. The records it is built from were last reviewed:</p>
      <ul>
        {standards.map((standard) => (
          <li key={standard.name}>
            {standard.name}:{' '}
            {standard.review && formatReviewDate(standard.review.at) ? <ReviewedOn review={standard.review} /> : 'no review recorded'}
          </li>
        ))}
      </ul>
      {methodologyHref ? (
        <p>
          <a href={methodologyHref}>How we review</a>
        </p>
      ) : null}
    </div>
  )
}

import type { CoverageCountsView } from './crosswalk-view'

const PARTS = [
  { key: 'full', label: 'Covered' },
  { key: 'partial', label: 'Partly covered' },
  { key: 'related', label: 'Related (untyped)' },
  { key: 'none', label: 'Not covered' },
  { key: 'unknown', label: 'Not mapped' },
] as const

/**
 * A stacked bar of the five statuses, drawn with widths in CSS (no script,
 * no image), and the same counts as a list, which is what screen readers and
 * a print read.
 */
export function CoverageBar({ counts, label }: { counts: CoverageCountsView; label: string }) {
  if (counts.total === 0) return null
  const shown = PARTS.filter((p) => counts[p.key] > 0)
  return (
    <figure className="v-coverage">
      <div className="v-coverage__bar" aria-hidden="true">
        {shown.map((p) => (
          <span
            key={p.key}
            className={`v-coverage__part v-coverage__part--${p.key}`}
            style={{ width: `${((counts[p.key] / counts.total) * 100).toFixed(2)}%` }}
          />
        ))}
      </div>
      <figcaption className="v-coverage__caption">{label}</figcaption>
      <ul className="v-coverage__legend">
        {PARTS.map((p) => (
          <li key={p.key} data-status={p.key}>
            <span className={`v-coverage__swatch v-coverage__part--${p.key}`} aria-hidden="true" />
            {p.label}: <strong>{counts[p.key]}</strong>
          </li>
        ))}
      </ul>
    </figure>
  )
}

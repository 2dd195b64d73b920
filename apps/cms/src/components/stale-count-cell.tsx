import type { DefaultCellComponentProps } from 'payload'

import './editorial.scss'

/** The comparisons list's stale-override count: a badge when some need review, a quiet dash when none. */
export function StaleCountCell({ cellData }: DefaultCellComponentProps) {
  const count = typeof cellData === 'number' ? cellData : 0
  if (count === 0) return <span className="versus-stale-count versus-stale-count--none" aria-label="No stale overrides">—</span>
  return (
    <span className="versus-badge versus-badge--stale versus-stale-count" data-testid="stale-count">
      {count} stale
    </span>
  )
}

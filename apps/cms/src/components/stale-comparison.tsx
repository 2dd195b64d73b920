import type { StaleOverride } from '@versus/engine'

/** The generated value an override was written against, next to what is generated now. */
export function StaleComparison({ stale }: { stale: StaleOverride }) {
  return (
    <dl className="versus-stale">
      <dt>Written against</dt>
      <dd>{stale.basis ?? <em>unknown (written before bases were recorded)</em>}</dd>
      <dt>Generated now</dt>
      <dd>{stale.generated}</dd>
    </dl>
  )
}

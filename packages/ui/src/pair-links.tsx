import type { MatrixPair } from '@versus/engine'

/**
 * Every pair among the standards of a matrix: a link where a comparison page
 * is published, plain text (marked as such) otherwise, so no link leads to a 404.
 */
export function PairLinks({ pairs }: { pairs: MatrixPair[] }) {
  if (pairs.length === 0) return null
  return (
    <ul className="v-list v-pair-links">
      {pairs.map((p) => (
        <li key={p.pair.slug}>
          {p.published ? (
            <a href={p.pair.path}>{p.title}</a>
          ) : (
            <>
              <span>{p.title}</span>
              <span className="v-muted"> — no side-by-side page yet</span>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

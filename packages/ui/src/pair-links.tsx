import type { MatrixPair } from '@versus/engine'

/**
 * Every pair among the standards of a matrix. Every pair of published standards has a page; a pair
 * an editor has reviewed is a plain link, one generated from the records is marked so and linked
 * `rel="nofollow"`, so generated pages (noindex, outside the sitemap) do not spread through
 * internal links.
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
              <a href={p.pair.path} rel="nofollow">
                {p.title}
              </a>
              <span className="v-muted"> — generated, not yet reviewed by an editor</span>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

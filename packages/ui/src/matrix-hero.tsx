import type { StandardHeader } from '@versus/engine'
import { ObligationBadge } from './obligation-badge'

/** The top of a matrix page: the h1, then one short entry per standard. */
export function MatrixHero({
  title,
  eyebrow = 'Standards comparison',
  headers,
}: {
  title: string
  eyebrow?: string
  headers: StandardHeader[]
}) {
  return (
    <header className="v-hero v-matrix-hero">
      <p className="v-eyebrow">{eyebrow}</p>
      <h1 className="v-hero__title">{title}</h1>
      <ul className="v-matrix-hero__list">
        {headers.map((header) => (
          <li key={header.slug} className="v-matrix-hero__item">
            <a href={header.path} className="v-matrix-hero__name">
              {header.shortName}
            </a>{' '}
            <ObligationBadge header={header} />
            <span className="v-matrix-hero__tagline">{header.tagline}</span>
          </li>
        ))}
      </ul>
    </header>
  )
}

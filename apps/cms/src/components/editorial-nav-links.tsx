import Link from 'next/link'
import type { ServerProps } from 'payload'

import './editorial.scss'

/** Links to the editorial views, under the collections in the admin nav. */
export function EditorialNavLinks({ payload }: ServerProps) {
  const admin = payload.config.routes.admin
  return (
    <nav className="versus-nav-links" aria-label="Editorial">
      <Link className="nav__link" href={`${admin}/suggestions`}>
        Suggested comparisons
      </Link>
      <Link className="nav__link" href={`${admin}/completeness`}>
        Completeness
      </Link>
    </nav>
  )
}

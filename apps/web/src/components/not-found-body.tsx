import type { ReactNode } from 'react'

/** The site's not-found content; `suggestions` is the "Did you mean" part, drawn by the caller. */
export function NotFoundBody({ suggestions }: { suggestions: ReactNode }) {
  return (
    <div className="v-article">
      <nav aria-label="Breadcrumb" className="v-breadcrumbs">
        <ol>
          <li>
            <a href="/">Home</a>
          </li>
          <li>
            <span aria-current="page">Page not found</span>
          </li>
        </ol>
      </nav>
      <p className="v-eyebrow">404</p>
      <h1 className="v-page-title">We could not find that page</h1>
      <p className="v-lead">The comparison or standard may not be published yet, or the address may be mistyped.</p>
      <div>{suggestions}</div>
      <p className="v-links">
        <a className="v-button" href="/standards">
          Browse standards
        </a>
        <a className="v-button" href="/compare">
          Compare standards
        </a>
      </p>
    </div>
  )
}

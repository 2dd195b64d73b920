import type { Metadata } from 'next'

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
}

export default function NotFound() {
  return (
    <div className="v-article">
      <p className="v-eyebrow">404</p>
      <h1 className="v-page-title">We could not find that page</h1>
      <p className="v-lead">
        The comparison or standard may not be published yet, or the address may be mistyped.
      </p>
      <p className="v-links">
        <a className="v-button" href="/standards">
          Browse standards
        </a>
        <a className="v-button" href="/compare">
          See all comparisons
        </a>
      </p>
    </div>
  )
}

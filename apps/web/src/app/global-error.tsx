'use client'

import '@versus/ui/styles.css'

/** Replaces the root layout when the layout itself fails, so a visitor never sees a bare error. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Temporarily unavailable</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <main id="main" className="v-container">
          <div className="v-article">
            <h1 className="v-page-title">This page is temporarily unavailable</h1>
            <p className="v-lead">We could not load it just now. Please try again in a moment.</p>
            <p className="v-links">
              <button type="button" className="v-button" onClick={() => reset()}>
                Try again
              </button>
              <a href="/">Go to the home page</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  )
}

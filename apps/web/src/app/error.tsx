'use client'

export default function Error({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="v-article">
      <h1 className="v-page-title">This page is temporarily unavailable</h1>
      <p className="v-lead">This page could not be loaded just now. Please try again in a moment.</p>
      <p className="v-links">
        <button type="button" className="v-button" onClick={() => reset()}>
          Try again
        </button>
        <a href="/">Go to the home page</a>
      </p>
    </div>
  )
}

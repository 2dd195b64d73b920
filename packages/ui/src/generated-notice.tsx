/**
 * Shown at the top of a comparison nobody has reviewed: the page is generated from the two standards'
 * records only. Styled like the draft banner's note but in the page flow (not sticky) and in the
 * surface colours, so a visitor never mistakes it for an editor's preview.
 */
export function GeneratedNotice({ methodologyHref }: { methodologyHref?: string }) {
  return (
    <aside className="v-generated-notice" aria-label="Not reviewed" data-generated-notice="">
      <p>
        <strong>Generated from the standards&rsquo; records — not yet reviewed by an editor.</strong> Facts come from each
        standard&rsquo;s own record and, where published, requirement mappings; no editor has checked this comparison.
        {methodologyHref ? (
          <>
            {' '}
            <a href={methodologyHref}>How pages are generated</a>.
          </>
        ) : null}
      </p>
    </aside>
  )
}

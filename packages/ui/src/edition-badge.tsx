import type { EditionBadgeView, SupersededNoticeView } from './crosswalk-view'

/** "ISO/IEC 27001:2022 · Current edition" */
export function EditionBadge({ edition }: { edition: EditionBadgeView }) {
  return (
    <span className={`v-badge v-edition v-edition--${edition.status}`} data-edition={edition.id}>
      {edition.label} · {edition.statusLabel}
    </span>
  )
}

/** "A newer edition exists": the successor, the transition deadline, and what changed. */
export function SupersededNotice({ notice }: { notice: SupersededNoticeView }) {
  return (
    <aside className="v-notice" role="note">
      <p>
        <strong>A newer edition exists.</strong> {notice.edition} has been replaced by {notice.successor}
        {notice.deadline && notice.deadlineIso ? (
          <>
            ; certificates against the old edition had to move by <time dateTime={notice.deadlineIso}>{notice.deadline}</time>
          </>
        ) : null}
        .{' '}
        {notice.diffPath ? <a href={notice.diffPath}>What changed between the two editions</a> : null}
      </p>
    </aside>
  )
}

import type { EditionDiffEntryView, EditionDiffView, RequirementLinkView } from './crosswalk-view'
import { Heading } from './heading'
import { RequirementLink, RequirementLinks } from './requirement-link'

function Plain({ items }: { items: RequirementLinkView[] }) {
  return (
    <ul className="v-list">
      {items.map((r) => (
        <li key={r.refId}>
          <RequirementLink requirement={r} />
        </li>
      ))}
    </ul>
  )
}

function Entries({ entries }: { entries: EditionDiffEntryView[] }) {
  return (
    <ul className="v-list">
      {entries.map((e, i) => (
        <li key={i}>
          <RequirementLinks requirements={e.from} showTitle /> → <RequirementLinks requirements={e.to} showTitle />
          {e.relationship && e.relationship !== 'equal' ? <> ({oldToNew(e.relationship)})</> : null}
          {e.note ? <span className="v-small v-block">{e.note}</span> : null}
        </li>
      ))}
    </ul>
  )
}

/** New, changed, removed and unchanged requirements between two editions, from the transition set. */
/** "the old one is narrower than the new", "the old one overlaps the new", from the relationship in words. */
function oldToNew(words: string): string {
  if (words === 'overlaps') return 'the old one overlaps the new'
  if (words === 'not related') return 'the old one is not related to the new'
  if (words.startsWith('related')) return 'the old one is related to the new, how is not stated'
  return `the old one is ${words} the new`
}

export function EditionDiff({ diff }: { diff: EditionDiffView }) {
  return (
    <div className="v-edition-diff">
      {diff.deadline ? (
        <p>
          Transition deadline: <time dateTime={diff.deadlineIso ?? undefined}>{diff.deadline}</time>.
        </p>
      ) : null}
      <Heading level={2}>New in {diff.to.label} ({diff.added.length})</Heading>
      {diff.added.length > 0 ? <Plain items={diff.added} /> : <p>Nothing new.</p>}
      <Heading level={2}>Changed ({diff.changed.length})</Heading>
      {diff.changed.length > 0 ? <Entries entries={diff.changed} /> : <p>Nothing changed beyond numbering.</p>}
      <Heading level={2}>Removed ({diff.removed.length})</Heading>
      {diff.removed.length > 0 ? <Plain items={diff.removed} /> : <p>Nothing was dropped: every requirement of {diff.from.label} carries over.</p>}
      {diff.unchanged.length > 0 ? (
        <details className="v-added-covered">
          <summary>{diff.unchanged.length} carried over unchanged (renumbered at most)</summary>
          <Entries entries={diff.unchanged} />
        </details>
      ) : null}
      {diff.carried.length > 0 ? (
        <>
          <Heading level={2}>Crosswalks carried to {diff.to.label}</Heading>
          <ul className="v-list">
            {diff.carried.map((c) => (
              <li key={c.title}>
                {c.title}: {c.carried} links carry over to {diff.to.label}, {c.dropped} cannot be carried soundly
                {c.untransitioned > 0 ? `, ${c.untransitioned} requirements have no successor` : ''}. Carried links are derived, never counted.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="v-small">
        Source: {diff.source.title}, {diff.source.publisher}
        {diff.source.licence ? `, ${diff.source.licence}` : ''}.
      </p>
    </div>
  )
}

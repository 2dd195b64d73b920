import Link from 'next/link'

import type { CrosswalkGaps } from '../crosswalk/editorial-facts'

function List<T>({ title, items, empty, render }: { title: string; items: T[]; empty: string; render: (item: T) => React.ReactNode }) {
  return (
    <section aria-label={title}>
      <h3>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? <p>{empty}</p> : <ul>{items.map(render)}</ul>}
    </section>
  )
}

/** The Completeness view's crosswalk part: what lacks a catalog, which sets are drafts, which rows are stale. */
export function CrosswalkGapsSection({ gaps, admin }: { gaps: CrosswalkGaps; admin: string }) {
  return (
    <section aria-labelledby="crosswalk-gaps">
      <h2 id="crosswalk-gaps">Crosswalks</h2>
      <List
        title="Standards without an edition"
        items={gaps.standardsWithoutEdition}
        empty="Every standard has an edition."
        render={(standard) => (
          <li key={standard.id}>
            <Link href={`${admin}/collections/standards/${standard.id}`}>{standard.name}</Link>:{' '}
            <Link href={`${admin}/collections/editions/create`}>add an edition</Link>
          </li>
        )}
      />
      <List
        title="Editions without a requirement catalog"
        items={gaps.editionsWithoutCatalog}
        empty="Every edition has requirements."
        render={(edition) => (
          <li key={edition.id}>
            <Link href={`${admin}/collections/editions/${edition.id}`}>{edition.label}</Link>
          </li>
        )}
      />
      <List
        title="Mapping sets in draft"
        items={gaps.draftSets}
        empty="No set is in draft."
        render={(set) => (
          <li key={set.id}>
            <Link href={`${admin}/collections/mapping-sets/${set.id}`}>{set.title}</Link> ({set.rows} row{set.rows === 1 ? '' : 's'})
          </li>
        )}
      />
      <List
        title="Stale mappings"
        items={gaps.staleMappings}
        empty="No mapping waits for review."
        render={(row) => (
          <li key={row.id}>
            <Link href={`${admin}/collections/mappings/${row.id}`}>Mapping {row.id}</Link>
            {row.set ? (
              <>
                {' '}
                in <Link href={`${admin}/collections/mapping-sets/${row.set.id}`}>{row.set.title}</Link>
              </>
            ) : null}
            {row.reason ? `: ${row.reason}` : null}
          </li>
        )}
      />
    </section>
  )
}

import Link from 'next/link'
import { createLocalReq } from 'payload'
import type { PayloadRequest, ServerProps } from 'payload'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { loadCompleteness } from '../endpoints/completeness'
import { siteNameOf } from './site-name'
import './editorial.scss'

const SHOWN = 5
const DRAFTED = ['standards', 'comparisons', 'articles'] as const
const DRAFT_LABELS: Record<(typeof DRAFTED)[number], string> = {
  standards: 'Standards',
  comparisons: 'Comparisons',
  articles: 'Articles',
}

/** The admin list of `collection` filtered by `where` (Payload reads the list's filter from the query string). */
function listURL(admin: string, collection: string, where: Record<string, Record<string, string>>): string {
  const query = Object.entries(where)
    .flatMap(([field, ops]) => Object.entries(ops).map(([op, value]) => `where[${field}][${op}]=${encodeURIComponent(value)}`))
    .join('&')
  return `${admin}/collections/${collection}?${query}`
}

async function loadDashboard(req: PayloadRequest) {
  const { payload } = req
  const common = { depth: 0, overrideAccess: true, req } as const
  const [stale, drafts, weakest, suggestions] = await Promise.all([
    payload.find({
      ...common,
      collection: 'comparisons',
      draft: true,
      where: { staleOverrides: { greater_than: 0 } },
      sort: '-staleOverrides',
      limit: SHOWN,
      select: { title: true, staleOverrides: true },
    }),
    Promise.all(
      DRAFTED.map(async (collection) => {
        // `count` reads published documents only; the latest versions are what waits.
        const { totalDocs } = await payload.find({
          ...common,
          collection,
          draft: true,
          where: { _status: { equals: 'draft' } },
          limit: 1,
          select: { _status: true },
        })
        return { collection, count: totalDocs }
      }),
    ),
    // Weakest first; a complete record (100 / 100) is nobody's work, so it is not listed.
    loadCompleteness(req).then((reports) => reports.filter((report) => report.score < 100).slice(0, SHOWN)),
    payload.find({
      ...common,
      collection: 'visitor-suggestions',
      sort: '-createdAt',
      limit: SHOWN,
      select: { title: true, status: true, createdAt: true },
    }),
  ])
  return { stale, drafts, weakest, suggestions }
}

/**
 * Above Payload's collection cards: what needs an editor now (stale overrides, drafts, the weakest
 * standards, what visitors asked for), each linking to where it is dealt with.
 */
export async function EditorialDashboard({ payload, user }: ServerProps) {
  const admin = payload.config.routes.admin
  const siteName = await siteNameOf(payload)
  if (!isEditorOrAdmin(user ?? null)) return <h1 className="versus-dashboard__title">{siteName}</h1>
  // The dashboard's components get no request: a local one carries the signed-in user.
  const { stale, drafts, weakest, suggestions } = await loadDashboard(await createLocalReq({ user: user ?? undefined }, payload))
  const staleList = listURL(admin, 'comparisons', { staleOverrides: { greater_than: '0' } })

  return (
    <section className="versus-dashboard" aria-label="Editorial overview" data-testid="editorial-dashboard">
      <h1 className="versus-dashboard__title">{siteName}</h1>
      <nav className="versus-dashboard__tools" aria-label="Editorial tools">
        <Link href={`${admin}/suggestions`}>Suggested comparisons</Link>
        <Link href={`${admin}/completeness`}>Completeness</Link>
        <Link href={`${admin}/import`}>Import and export</Link>
      </nav>
      <div className="versus-dashboard__panels">
        <div className="versus-dashboard__panel" data-testid="dashboard-stale">
          <h2>Stale overrides</h2>
          {stale.totalDocs === 0 ? (
            <p>No override needs review: every one matches what the standards generate now.</p>
          ) : (
            <>
              <p>
                <Link href={staleList}>
                  {stale.totalDocs} comparison{stale.totalDocs === 1 ? '' : 's'} with stale overrides
                </Link>
              </p>
              <ul>
                {stale.docs.map((doc) => (
                  <li key={doc.id}>
                    <Link href={`${admin}/collections/comparisons/${doc.id}`}>{doc.title ?? `Comparison ${doc.id}`}</Link>{' '}
                    <span className="versus-badge versus-badge--stale">{doc.staleOverrides} stale</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="versus-dashboard__panel" data-testid="dashboard-drafts">
          <h2>Drafts waiting</h2>
          <ul>
            {drafts.map(({ collection, count }) => (
              <li key={collection}>
                <Link href={listURL(admin, collection, { _status: { equals: 'draft' } })}>
                  {DRAFT_LABELS[collection]}: {count} draft{count === 1 ? '' : 's'}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div className="versus-dashboard__panel" data-testid="dashboard-weakest">
          <h2>Weakest standards</h2>
          {weakest.length === 0 ? (
            <p>Every standard is complete: 100 / 100.</p>
          ) : (
            <ul>
              {weakest.map((report) => (
                <li key={report.id}>
                  <Link href={`${admin}/collections/standards/${report.id}`}>{report.name}</Link> — {report.score} / 100
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={`${admin}/completeness`}>All standards by completeness</Link>
          </p>
        </div>
        <div className="versus-dashboard__panel" data-testid="dashboard-suggestions">
          <h2>Newest visitor suggestions</h2>
          {suggestions.docs.length === 0 ? (
            <p>None yet.</p>
          ) : (
            <ul>
              {suggestions.docs.map((doc) => (
                <li key={doc.id}>
                  <Link href={`${admin}/collections/visitor-suggestions/${doc.id}`}>{doc.title ?? 'Untitled'}</Link>{' '}
                  <span className="versus-dashboard__muted">({doc.status})</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={`${admin}/suggestions`}>Suggested comparisons</Link> ·{' '}
            <Link href={`${admin}/collections/visitor-suggestions`}>All visitor suggestions</Link>
          </p>
        </div>
      </div>
    </section>
  )
}

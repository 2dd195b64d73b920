import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from './admin-view-frame'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { loadSuggestions } from '../endpoints/suggestions'
import { CreateDraftButton } from './create-draft-button'
import './editorial.scss'

/** /admin/suggestions: the pairs worth comparing next, computed by the engine. */
export async function SuggestionsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!isEditorOrAdmin(req.user)) redirect(`${req.payload.config.routes.admin}/login`)
  const suggestions = await loadSuggestions(req)
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams} className="versus-editorial-view">
        <h1>Suggested comparisons</h1>
        <p>
          Pairs with no comparison yet (in any status), ranked by strong signals: related-standard links, a shared
          category, crosswalk mapping sets and the typed links between their requirements, and visitors&apos; requests
          for the pair. A shared jurisdiction and how few published comparisons each already has only break ties.
          Standards never published (drafts) are left out: Payload records no author for a draft, so none can be
          told apart as yours.
        </p>
        <p>
          Visitors ask for comparisons too:{' '}
          <a href={`${req.payload.config.routes.admin}/collections/visitor-suggestions`}>visitor suggestions</a> from the
          site&apos;s &ldquo;Suggest a comparison&rdquo; form.
        </p>
        {suggestions.length === 0 ? (
          <p>Every pair of standards already has a comparison.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Pair</th>
                <th scope="col">Score</th>
                <th scope="col">Tie-break</th>
                <th scope="col">Signals</th>
                <th scope="col">
                  <span className="sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {suggestions.map((suggestion, index) => (
                <tr key={suggestion.pair.slug} data-pair={suggestion.pair.slug}>
                  <td>{index + 1}</td>
                  <td>
                    <strong>{suggestion.title}</strong>
                  </td>
                  <td>{suggestion.score}</td>
                  <td>{suggestion.tieBreak}</td>
                  <td>
                    <ul className="versus-signals">
                      {suggestion.signals.map((signal) => (
                        <li key={signal.reason} data-signal={signal.kind} data-tie-break={signal.tieBreak ? 'true' : undefined}>
                          {signal.reason}{' '}
                          <span className="versus-signal-points">
                            ({signal.tieBreak ? 'tie-break ' : ''}+{signal.points})
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <CreateDraftButton ids={suggestion.ids} title={suggestion.title} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AdminViewFrame>
  )
}

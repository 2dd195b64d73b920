'use client'
import type { CoverageSummary } from '@versus/engine'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import type { EditionCoverage, PairCoverage } from '../crosswalk/pair-coverage'
import { useAPIBase, useJSON } from './use-editorial-data'
import './editorial.scss'

function idOf(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'string') return value === '' ? null : String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

const percent = (score: number) => `${Math.round(score * 100)}%`

function Direction({ from, to, summary }: { from: string; to: string; summary: CoverageSummary }) {
  return (
    <tr>
      <th scope="row">
        {from} → {to}
      </th>
      <td>{summary.full}</td>
      <td>{summary.partial}</td>
      <td>{summary.related}</td>
      <td>{summary.none}</td>
      <td>{summary.unknown}</td>
      <td>{summary.total}</td>
      <td>{percent(summary.score)}</td>
    </tr>
  )
}

function Editions({ entry }: { entry: EditionCoverage }) {
  return (
    <section aria-label={`Coverage between ${entry.a.label} and ${entry.b.label}`}>
      <h4>
        {entry.a.label} and {entry.b.label}
      </h4>
      <table className="versus-generated__table">
        <thead>
          <tr>
            <th scope="col">Complying with → measured against</th>
            <th scope="col">Full</th>
            <th scope="col">Partial</th>
            <th scope="col">Related</th>
            <th scope="col">None</th>
            <th scope="col">Unknown</th>
            <th scope="col">Of</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          <Direction from={entry.a.label} to={entry.b.label} summary={entry.aToB} />
          <Direction from={entry.b.label} to={entry.a.label} summary={entry.bToA} />
        </tbody>
      </table>
      <p className="versus-generated__muted">From:</p>
      <ul>
        {entry.sets.map((set) => (
          <li key={set.id}>
            {set.title} ({set.publisher}, {set.method}){' '}
            {set.status === 'draft' ? <span className="versus-badge versus-badge--stale">Draft</span> : <span>{set.status}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The requirement coverage of the pair, both ways, from the mapping sets that link their editions (drafts included). */
export const CoveragePanel: UIFieldClientComponent = () => {
  const api = useAPIBase()
  const { lastUpdateTime } = useDocumentInfo()
  const a = useFormFields(([fields]) => idOf(fields.standardA?.value))
  const b = useFormFields(([fields]) => idOf(fields.standardB?.value))
  const url = a && b && a !== b ? `${api}/comparisons/coverage?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}` : null
  const state = useJSON<PairCoverage>(url, lastUpdateTime, 'Choose two different standards to see their requirement coverage.')
  return (
    <details className="versus-generated" open data-testid="coverage-panel">
      <summary>Requirement coverage</summary>
      <p className="versus-generated__muted">
        Computed from the requirement mappings (draft sets included, deprecated ones not). Full, partial and related
        count the requirements of the second edition that the first covers; unknown means no set speaks about them.
      </p>
      {state.status === 'idle' ? <p>{state.reason}</p> : null}
      {state.status === 'loading' ? <p>Computing…</p> : null}
      {state.status === 'error' ? <p role="alert">Could not compute the coverage: {state.message}</p> : null}
      {state.status === 'ready' && state.data.editions.length === 0 ? <p>No mapping set links these two.</p> : null}
      {state.status === 'ready' ? state.data.editions.map((entry) => <Editions key={`${entry.a.id}-${entry.b.id}`} entry={entry} />) : null}
    </details>
  )
}

'use client'
import type { DifferenceRow, Trait } from '@versus/engine'
import type { UIFieldClientComponent } from 'payload'

import type { GeneratedComparison, StaleOverrideRef } from '../endpoints/generated'
import { StaleComparison } from './stale-comparison'
import { useGeneratedComparison } from './use-editorial-data'
import './editorial.scss'

function TraitList({ label, traits }: { label: string; traits: Trait[] }) {
  return (
    <div className="versus-generated__traits">
      <strong>{label}</strong>
      {traits.length === 0 ? (
        <span className="versus-generated__muted"> none</span>
      ) : (
        <ul>
          {traits.map((trait) => (
            <li key={trait.key}>{trait.label}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

function Cell({ row, index, stale }: { row: DifferenceRow; index: 0 | 1; stale: StaleOverrideRef | undefined }) {
  const generated = row.generated?.[index] ?? row.values[index]
  if (!row.overridden[index]) return <td>{generated}</td>
  return (
    <td className={stale ? 'versus-generated__cell--stale' : undefined}>
      <span className="versus-badge versus-badge--override">Override</span>
      {stale ? <span className="versus-badge versus-badge--stale">Stale override</span> : null}
      <div>{row.values[index]}</div>
      {stale ? (
        <StaleComparison stale={stale} />
      ) : (
        <div className="versus-generated__muted">Generated: {generated}</div>
      )}
    </td>
  )
}

function Panel({ data }: { data: GeneratedComparison }) {
  const { model, sides, stale } = data
  // In the order the page shows them: the standard shown first, then the other.
  const columns: [0 | 1, 0 | 1] = [sides.a, sides.b]
  const verdictStale = stale.find((item) => item.kind === 'verdict')
  const staleCell = (row: DifferenceRow, index: 0 | 1) =>
    stale.find((item) => item.kind === 'aspect' && item.aspect === row.aspect.slug && item.standard === model.pair.standards[index])
  const generatedVerdict = model.generatedVerdict ?? model.verdict.text
  return (
    <>
      <div className="versus-generated__head">
        <h3>{columns.map((index) => model.headers[index].shortName).join(' vs ')}</h3>
        {stale.length > 0 ? (
          <span className="versus-badge versus-badge--stale">
            {stale.length} stale override{stale.length === 1 ? '' : 's'}
          </span>
        ) : null}
      </div>

      <h4>Quick verdict</h4>
      {model.verdict.generated ? (
        <p>{generatedVerdict}</p>
      ) : (
        <div className={verdictStale ? 'versus-generated__cell--stale' : undefined}>
          <span className="versus-badge versus-badge--override">Override</span>
          {verdictStale ? <span className="versus-badge versus-badge--stale">Stale override</span> : null}
          <p>{model.verdict.text}</p>
          {verdictStale ? (
            <StaleComparison stale={verdictStale} />
          ) : (
            <p className="versus-generated__muted">Generated: {generatedVerdict}</p>
          )}
        </div>
      )}

      <h4>Key differences</h4>
      <table className="versus-generated__table">
        <thead>
          <tr>
            <th scope="col">Aspect</th>
            {columns.map((index) => (
              <th scope="col" key={index}>
                {model.headers[index].shortName}
              </th>
            ))}
            <th scope="col">Same?</th>
          </tr>
        </thead>
        <tbody>
          {model.differences.map((row) => (
            <tr key={row.aspect.slug} data-aspect={row.aspect.slug}>
              <th scope="row">{row.aspect.name}</th>
              {columns.map((index) => (
                <Cell key={index} row={row} index={index} stale={staleCell(row, index)} />
              ))}
              <td>{row.recorded === false ? 'Not recorded' : row.same ? 'Same' : 'Different'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4>Traits</h4>
      <TraitList label="Shared" traits={model.traits.shared} />
      {columns.map((index) => (
        <TraitList key={index} label={`Only ${model.headers[index].shortName}`} traits={model.traits.unique[index]} />
      ))}
    </>
  )
}

/** The engine's output for the pair, shown while editing its comparison. */
export const GeneratedPanel: UIFieldClientComponent = () => {
  const state = useGeneratedComparison()
  return (
    <details className="versus-generated" open data-testid="generated-panel">
      <summary>Generated comparison</summary>
      <p className="versus-generated__muted">
        What the engine writes from the two standards (latest versions, drafts included). Override a part below; an
        override is flagged when the generated value beneath it changes.
      </p>
      {state.status === 'idle' ? <p>{state.reason}</p> : null}
      {state.status === 'loading' ? <p>Generating…</p> : null}
      {state.status === 'error' ? <p role="alert">Could not generate the comparison: {state.message}</p> : null}
      {state.status === 'ready' ? <Panel data={state.data} /> : null}
    </details>
  )
}

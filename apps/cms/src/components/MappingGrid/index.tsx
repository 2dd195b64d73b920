'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import { AddRowForm } from './add-row-form'
import { BulkBar } from './bulk-bar'
import { GridRow } from './grid-row'
import type { PickerEdition } from './requirement-picker'
import { idOf, query, rest } from './rest'
import { useMappingRows } from './use-mapping-rows'
import './mapping-grid.scss'

function useEditions(api: string, ids: [string | null, string | null]): [PickerEdition, PickerEdition] | null {
  const [editions, setEditions] = useState<[PickerEdition, PickerEdition] | null>(null)
  const [source, target] = ids
  useEffect(() => {
    if (!source || !target) return
    let live = true
    rest<{ docs: { id: unknown; label?: string; slug?: string }[] }>(
      `${api}/editions?${query({ where: { id: { in: `${source},${target}` } }, depth: 0, limit: 2 })}`,
    ).then(
      (body) => {
        const label = (id: string) => {
          const doc = body.docs.find((edition) => idOf(edition.id) === id)
          return doc?.label ?? doc?.slug ?? id
        }
        if (live) setEditions([{ id: source, label: label(source) }, { id: target, label: label(target) }])
      },
      () => live && setEditions([{ id: source, label: source }, { id: target, label: target }]),
    )
    return () => {
      live = false
    }
  }, [api, source, target])
  return editions
}

function Grid({ api, setId, source, target }: { api: string; setId: number | string; source: string; target: string }) {
  const { state, create, update, updateMany, remove } = useMappingRows(api, setId)
  const editions = useEditions(api, [source, target])
  const [selected, setSelected] = useState<Set<string>>(new Set())

  if (state.status === 'loading' || !editions) return <p className="versus-grid__muted">Loading the rows…</p>
  if (state.status === 'error') return <p role="alert" className="versus-grid__error">The rows could not be read: {state.message}</p>
  const rows = state.rows
  const chosen = rows.filter((row) => selected.has(row.id)).map((row) => row.id)
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  const stale = rows.filter((row) => row.stale).length
  const reviewed = rows.filter((row) => row.reviewStatus === 'reviewed').length

  return (
    <>
      <p className="versus-grid__summary" role="status">
        {rows.length} row{rows.length === 1 ? '' : 's'}, {reviewed} reviewed
        {stale > 0 ? <span className="versus-badge versus-badge--stale">{stale} stale</span> : null}
        <span className="versus-grid__muted">
          {' '}
          · {editions[0].label} → {editions[1].label}
        </span>
      </p>
      <BulkBar
        count={chosen.length}
        onApply={(patch) => updateMany(chosen, patch)}
        onDelete={async () => {
          await remove(chosen)
          setSelected(new Set())
        }}
      />
      <div className="versus-grid__scroll">
        <table className="versus-grid__table">
          <caption className="versus-grid__caption">Rows of this mapping set</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Select every row"
                  checked={rows.length > 0 && chosen.length === rows.length}
                  onChange={(event) => setSelected(event.target.checked ? new Set(rows.map((row) => row.id)) : new Set())}
                />
              </th>
              <th scope="col">Source ({editions[0].label})</th>
              <th scope="col">Relationship</th>
              <th scope="col">Target ({editions[1].label})</th>
              <th scope="col">Strength</th>
              <th scope="col">Rationale</th>
              <th scope="col">Gap note</th>
              <th scope="col">Review</th>
              <th scope="col">Stale</th>
              <th scope="col">
                <span className="versus-grid__caption">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={10} className="versus-grid__muted">
                  No rows yet: add the first one below.
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <GridRow
                  key={row.id}
                  row={row}
                  selected={selected.has(row.id)}
                  onSelect={(on) => toggle(row.id, on)}
                  onSave={(patch) => update(row.id, patch)}
                  onDelete={async () => {
                    await remove([row.id])
                    toggle(row.id, false)
                  }}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
      <AddRowForm api={api} source={editions[0]} target={editions[1]} onCreate={create} />
    </>
  )
}

/**
 * The mapping grid on a mapping set's edit view: its rows as a table, edited in place and in bulk
 * through the REST API with the editor's session. The set must be saved first (rows name it).
 */
export const MappingGrid: UIFieldClientComponent = () => {
  const { config } = useConfig()
  const { id, savedDocumentData } = useDocumentInfo()
  const source = idOf(savedDocumentData?.sourceEdition)
  const target = idOf(savedDocumentData?.targetEdition)
  return (
    // Enter in the grid's inputs commits that input (or nothing), never the set's own form around it.
    <section
      className="versus-grid"
      aria-labelledby="versus-grid-title"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault()
      }}
    >
      <h3 id="versus-grid-title">Mapping grid</h3>
      {id === undefined || id === null || !source || !target ? (
        <p className="versus-grid__muted">Save the set with its two editions to add rows.</p>
      ) : (
        <Grid key={`${source}-${target}`} api={config.routes.api} setId={id} source={source} target={target} />
      )}
    </section>
  )
}

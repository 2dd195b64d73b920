'use client'
import { useState } from 'react'

import { RATIONALE_OPTIONS, RELATIONSHIP_OPTIONS, REVIEW_STATUS_OPTIONS } from '../../collections/Mappings/options'
import type { GridRequirement, GridRow as Row, RowPatch } from './types'

const sideText = (side: GridRequirement[]) => side.map((r) => r.refId).join(', ')

/** How a row is named to assistive technology: "A.5.1 → GV.OC-01". */
export const rowName = (row: Row) => `${sideText(row.sources)} → ${sideText(row.targets)}`

function Side({ side }: { side: GridRequirement[] }) {
  return (
    <ul className="versus-grid__side">
      {side.map((requirement) => (
        <li key={requirement.id}>
          <strong>{requirement.refId}</strong>
          {requirement.title ? <span className="versus-grid__muted"> {requirement.title}</span> : null}
        </li>
      ))}
    </ul>
  )
}

interface Props {
  row: Row
  selected: boolean
  onSelect: (selected: boolean) => void
  onSave: (patch: RowPatch) => Promise<void>
  onDelete: () => Promise<void>
}

/** One mapping row, edited in place: each change is saved on its own and refused changes say why. */
export function GridRow({ row, selected, onSelect, onSave, onDelete }: Props) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [strength, setStrength] = useState(row.strength === null ? '' : String(row.strength))
  const [gapNote, setGapNote] = useState(row.gapNote ?? '')
  const name = rowName(row)

  const save = async (patch: RowPatch) => {
    setBusy(true)
    try {
      await onSave(patch)
      setError(null)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }
  const saveStrength = () => {
    const text = strength.trim()
    const value = text === '' ? null : Number(text)
    if (value === row.strength || (value !== null && Number.isNaN(value))) {
      if (value !== null && Number.isNaN(value)) setError('Strength is a whole number from 0 to 10.')
      return
    }
    void save({ strength: value })
  }
  const saveGapNote = () => {
    const value = gapNote.trim() === '' ? null : gapNote
    if (value !== (row.gapNote ?? null)) void save({ gapNote: value })
  }

  return (
    <>
      <tr className={row.stale ? 'versus-grid__row--stale' : undefined} aria-busy={busy}>
        <td>
          <input type="checkbox" aria-label={`Select ${name}`} checked={selected} onChange={(event) => onSelect(event.target.checked)} />
        </td>
        <th scope="row">
          <Side side={row.sources} />
        </th>
        <td>
          <select aria-label={`Relationship of ${name}`} value={row.relationship} onChange={(event) => void save({ relationship: event.target.value })}>
            {RELATIONSHIP_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </td>
        <td>
          <Side side={row.targets} />
        </td>
        <td>
          <input
            type="number"
            min={0}
            max={10}
            step={1}
            inputMode="numeric"
            aria-label={`Strength of ${name}`}
            value={strength}
            onChange={(event) => setStrength(event.target.value)}
            onBlur={saveStrength}
            onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), saveStrength())}
          />
        </td>
        <td>
          <select aria-label={`Rationale of ${name}`} value={row.rationale ?? ''} onChange={(event) => void save({ rationale: event.target.value || null })}>
            <option value="">—</option>
            {RATIONALE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </td>
        <td>
          <textarea aria-label={`Gap note of ${name}`} rows={2} maxLength={1000} value={gapNote} onChange={(event) => setGapNote(event.target.value)} onBlur={saveGapNote} />
        </td>
        <td>
          <select aria-label={`Review status of ${name}`} value={row.reviewStatus} onChange={(event) => void save({ reviewStatus: event.target.value })}>
            {REVIEW_STATUS_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </td>
        <td>
          {row.stale ? (
            <>
              <span className="versus-badge versus-badge--stale">Stale</span>
              {row.staleReason ? <div className="versus-grid__muted">{row.staleReason}</div> : null}
              <button type="button" className="versus-grid__link" aria-label={`Clear stale mark of ${name}`} onClick={() => void save({ stale: false })}>
                Clear
              </button>
            </>
          ) : (
            <span className="versus-grid__muted">No</span>
          )}
        </td>
        <td>
          <button
            type="button"
            aria-label={`Delete ${name}`}
            className="versus-grid__link"
            onClick={() => {
              setBusy(true)
              onDelete().catch((caught: unknown) => {
                setBusy(false)
                setError(caught instanceof Error ? caught.message : String(caught))
              })
            }}
          >
            Delete
          </button>
        </td>
      </tr>
      {error ? (
        <tr className="versus-grid__row-error">
          <td colSpan={10} role="alert">
            {name}: {error}
          </td>
        </tr>
      ) : null}
    </>
  )
}

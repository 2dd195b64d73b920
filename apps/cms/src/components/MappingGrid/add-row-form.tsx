'use client'
import { useState } from 'react'

import { RELATIONSHIP_OPTIONS, REVIEW_STATUS_OPTIONS } from '../../collections/Mappings/options'
import { RequirementPicker } from './requirement-picker'
import type { PickerEdition } from './requirement-picker'
import type { GridRequirement, RowPatch } from './types'

interface Props {
  api: string
  source: PickerEdition
  target: PickerEdition
  onCreate: (data: { sources: (number | string)[]; targets: (number | string)[] } & RowPatch) => Promise<void>
}

/** A new row: sources and targets searched in the set's editions, a relationship, strength and note. */
export function AddRowForm({ api, source, target, onCreate }: Props) {
  const [sources, setSources] = useState<GridRequirement[]>([])
  const [targets, setTargets] = useState<GridRequirement[]>([])
  const [relationship, setRelationship] = useState('equal')
  const [strength, setStrength] = useState('')
  const [gapNote, setGapNote] = useState('')
  const [reviewStatus, setReviewStatus] = useState('unreviewed')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    setBusy(true)
    try {
      await onCreate({
        sources: sources.map((r) => r.value),
        targets: targets.map((r) => r.value),
        relationship,
        strength: strength.trim() === '' ? null : Number(strength),
        gapNote: gapNote.trim() === '' ? null : gapNote,
        reviewStatus,
      })
      setSources([])
      setTargets([])
      setStrength('')
      setGapNote('')
      setError(null)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset className="versus-grid__add" aria-busy={busy}>
      <legend>Add a row</legend>
      <div className="versus-grid__add-sides">
        <RequirementPicker api={api} label="Sources" editions={[source, target]} chosen={sources} onChange={setSources} />
        <RequirementPicker api={api} label="Targets" editions={[target, source]} chosen={targets} onChange={setTargets} />
      </div>
      <div className="versus-grid__add-fields">
        <label>
          Relationship
          <select value={relationship} onChange={(event) => setRelationship(event.target.value)}>
            {RELATIONSHIP_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Strength (0–10)
          <input type="number" min={0} max={10} step={1} value={strength} onChange={(event) => setStrength(event.target.value)} />
        </label>
        <label>
          Gap note
          <input type="text" maxLength={1000} value={gapNote} onChange={(event) => setGapNote(event.target.value)} />
        </label>
        <label>
          Review status
          <select value={reviewStatus} onChange={(event) => setReviewStatus(event.target.value)}>
            {REVIEW_STATUS_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void submit()}>
          Add row
        </button>
      </div>
      {error ? (
        <p role="alert" className="versus-grid__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}

'use client'
import { useState } from 'react'

import { RELATIONSHIP_OPTIONS, REVIEW_STATUS_OPTIONS } from '../../collections/Mappings/options'
import type { RowPatch } from './types'

interface Props {
  count: number
  onApply: (patch: RowPatch) => Promise<void>
  onDelete: () => Promise<void>
}

/** Changes for every selected row at once: relationship, review status, or deletion. */
export function BulkBar({ count, onApply, onDelete }: Props) {
  const [relationship, setRelationship] = useState('equal')
  const [reviewStatus, setReviewStatus] = useState('reviewed')
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (what: string, action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
      setMessage({ error: false, text: `${what} (${count} row${count === 1 ? '' : 's'}).` })
    } catch (caught) {
      setMessage({ error: true, text: caught instanceof Error ? caught.message : String(caught) })
    } finally {
      setBusy(false)
    }
  }
  const disabled = busy || count === 0
  return (
    <div className="versus-grid__bulk" role="group" aria-label="Change the selected rows" aria-busy={busy}>
      <span>{count} selected</span>
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
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={disabled} onClick={() => void run('Relationship set', () => onApply({ relationship }))}>
        Set relationship
      </button>
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
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={disabled} onClick={() => void run('Review status set', () => onApply({ reviewStatus }))}>
        Set review status
      </button>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={disabled} onClick={() => void run('Deleted', onDelete)}>
        Delete selected
      </button>
      {message ? (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'versus-grid__error' : 'versus-grid__muted'}>
          {message.text}
        </span>
      ) : null}
    </div>
  )
}

'use client'
import { useEffect, useId, useState } from 'react'

import { query, rest } from './rest'
import type { GridRequirement } from './types'
import { requirementOfDoc } from './requirement-of-doc'

export interface PickerEdition {
  id: string
  label: string
}

interface Props {
  api: string
  /** "Sources" or "Targets". */
  label: string
  /** The set's editions, this side's first: a requirement of the other one is refused on save. */
  editions: PickerEdition[]
  chosen: GridRequirement[]
  onChange: (chosen: GridRequirement[]) => void
}

/** Search requirements of the set's editions by refId or title, and pick several. */
export function RequirementPicker({ api, label, editions, chosen, onChange }: Props) {
  const id = useId()
  const [term, setTerm] = useState('')
  const [found, setFound] = useState<GridRequirement[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const editionIds = editions.map((edition) => edition.id).join(',')

  useEffect(() => {
    const text = term.trim()
    if (text === '' || editionIds === '') {
      setFound([])
      return
    }
    let live = true
    const timer = setTimeout(() => {
      const where = { and: { 0: { edition: { in: editionIds } }, 1: { or: { 0: { refId: { like: text } }, 1: { title: { like: text } } } } } }
      rest<{ docs: Record<string, unknown>[] }>(`${api}/requirements?${query({ where, depth: 0, limit: 20, sort: 'order' })}`).then(
        (body) => {
          if (!live) return
          setProblem(null)
          setFound(body.docs.map(requirementOfDoc).filter((r): r is GridRequirement => r !== null))
        },
        (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
      )
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [api, editionIds, term])

  const editionLabel = (edition: string | null) => editions.find((e) => e.id === edition)?.label ?? ''
  const chosenIds = new Set(chosen.map((r) => r.id))
  return (
    <div className="versus-grid__picker">
      <label htmlFor={`${id}-search`}>{label}</label>
      <ul className="versus-grid__chosen" aria-label={`Chosen ${label.toLowerCase()}`}>
        {chosen.map((requirement) => (
          <li key={requirement.id}>
            <span>{requirement.refId}</span>
            <button type="button" aria-label={`Remove ${requirement.refId} from ${label.toLowerCase()}`} onClick={() => onChange(chosen.filter((r) => r.id !== requirement.id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input id={`${id}-search`} type="search" value={term} placeholder="refId or title" autoComplete="off" onChange={(event) => setTerm(event.target.value)} />
      {problem ? <p role="alert" className="versus-grid__error">{problem}</p> : null}
      {found.length > 0 ? (
        <ul className="versus-grid__results" aria-label={`${label} found`}>
          {found
            .filter((requirement) => !chosenIds.has(requirement.id))
            .map((requirement) => (
              <li key={requirement.id}>
                <button
                  type="button"
                  onClick={() => {
                    onChange([...chosen, requirement])
                    setTerm('')
                  }}
                >
                  <strong>{requirement.refId}</strong> {requirement.title ?? ''} <span className="versus-grid__muted">({editionLabel(requirement.edition)})</span>
                </button>
              </li>
            ))}
        </ul>
      ) : term.trim() !== '' ? (
        <p className="versus-grid__muted">No requirement matches.</p>
      ) : null}
    </div>
  )
}

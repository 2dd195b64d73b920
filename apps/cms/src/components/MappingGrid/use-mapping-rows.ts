'use client'
import { useCallback, useEffect, useState } from 'react'

import { query, rest } from './rest'
import { requirementOfDoc } from './requirement-of-doc'
import type { GridRequirement, GridRow, RowPatch } from './types'

export function rowOf(doc: Record<string, unknown>): GridRow {
  const side = (value: unknown) => (Array.isArray(value) ? value.map(requirementOfDoc).filter((r): r is GridRequirement => r !== null) : [])
  return {
    id: String(doc.id),
    sources: side(doc.sources),
    targets: side(doc.targets),
    relationship: String(doc.relationship ?? ''),
    rationale: typeof doc.rationale === 'string' ? doc.rationale : null,
    strength: typeof doc.strength === 'number' ? doc.strength : null,
    gapNote: typeof doc.gapNote === 'string' ? doc.gapNote : null,
    reviewStatus: String(doc.reviewStatus ?? 'unreviewed'),
    stale: doc.stale === true,
    staleReason: typeof doc.staleReason === 'string' ? doc.staleReason : null,
  }
}

export type RowsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; rows: GridRow[] }

/** The rows of one mapping set, and the REST calls that change them (each answers with the saved rows). */
export function useMappingRows(api: string, setId: number | string) {
  const [state, setState] = useState<RowsState>({ status: 'loading' })

  const reload = useCallback(async () => {
    try {
      const body = await rest<{ docs: Record<string, unknown>[] }>(
        `${api}/mappings?${query({ where: { set: { equals: setId } }, depth: 1, limit: 0, sort: 'createdAt' })}`,
      )
      setState({ status: 'ready', rows: body.docs.map(rowOf) })
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }, [api, setId])

  useEffect(() => {
    void reload()
  }, [reload])

  const replace = (saved: GridRow[]) =>
    setState((current) => {
      if (current.status !== 'ready') return current
      const byId = new Map(saved.map((row) => [row.id, row]))
      return { status: 'ready', rows: current.rows.map((row) => byId.get(row.id) ?? row) }
    })

  const create = useCallback(
    async (data: { sources: (number | string)[]; targets: (number | string)[] } & RowPatch) => {
      const body = await rest<{ doc: Record<string, unknown> }>(`${api}/mappings?depth=1`, { method: 'POST', body: { ...data, set: setId } })
      const row = rowOf(body.doc)
      setState((current) => (current.status === 'ready' ? { status: 'ready', rows: [...current.rows, row] } : current))
    },
    [api, setId],
  )

  const update = useCallback(
    async (id: string, patch: RowPatch) => {
      const body = await rest<{ doc: Record<string, unknown> }>(`${api}/mappings/${encodeURIComponent(id)}?depth=1`, { method: 'PATCH', body: patch })
      replace([rowOf(body.doc)])
    },
    [api],
  )

  const updateMany = useCallback(
    async (ids: string[], patch: RowPatch) => {
      const body = await rest<{ docs: Record<string, unknown>[] }>(
        `${api}/mappings?${query({ where: { and: { 0: { set: { equals: setId } }, 1: { id: { in: ids.join(',') } } } }, depth: 1, limit: ids.length })}`,
        { method: 'PATCH', body: patch },
      )
      replace(body.docs.map(rowOf))
    },
    [api, setId],
  )

  const remove = useCallback(
    async (ids: string[]) => {
      for (const id of ids) await rest(`${api}/mappings/${encodeURIComponent(id)}`, { method: 'DELETE' })
      const gone = new Set(ids)
      setState((current) => (current.status === 'ready' ? { status: 'ready', rows: current.rows.filter((row) => !gone.has(row.id)) } : current))
    },
    [api],
  )

  return { state, reload, create, update, updateMany, remove }
}

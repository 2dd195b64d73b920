'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { GeneratedComparison } from '../endpoints/generated'

export type Loadable<T> =
  | { status: 'idle'; reason: string }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: T }

// One request per URL and document save, shared by every component that shows a part of it.
const requests = new Map<string, Promise<unknown>>()

async function getJSON<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } })
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? `The CMS answered ${response.status}.`)
  return body as T
}

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number
  cancelIdleCallback?: (handle: number) => void
}

/**
 * False until the browser has been idle once after mounting (at most `timeout` ms): the edit form
 * hydrates and becomes usable first, and the panels' requests (which make the CMS build an engine
 * model or read a crosswalk, on the same CPU) wait for it (bench/admin-edit.mjs).
 */
export function useAfterIdle(timeout = 1500): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    const w = window as IdleWindow
    if (w.requestIdleCallback && w.cancelIdleCallback) {
      const handle = w.requestIdleCallback(() => setIdle(true), { timeout })
      return () => w.cancelIdleCallback?.(handle)
    }
    const handle = window.setTimeout(() => setIdle(true), 0)
    return () => window.clearTimeout(handle)
  }, [timeout])
  return idle
}

/** Fetches `url` (null: nothing to fetch yet) once per `version`, once the browser is idle after the form mounts. */
export function useJSON<T>(url: string | null, version: number | string, idleReason: string): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' })
  const idle = useAfterIdle()
  const key = url === null ? null : `${url}#${version}`
  useEffect(() => {
    if (key === null || url === null || !idle) return
    let live = true
    setState({ status: 'loading' })
    let request = requests.get(key) as Promise<T> | undefined
    if (!request) {
      request = getJSON<T>(url)
      requests.set(key, request)
      request.catch(() => requests.delete(key))
    }
    request.then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      live = false
    }
  }, [key, url, idle])
  return key === null ? { status: 'idle', reason: idleReason } : state
}

function idOf(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'string') return value === '' ? null : String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** The base of the REST API, relative to the admin's origin. */
export function useAPIBase(): string {
  const { config } = useConfig()
  return config.routes.api
}

/**
 * The engine's model for the comparison being edited: the saved draft when
 * the form's pair is the saved one, else the bare pair (create view, or a
 * standard just changed in the form).
 */
export function useGeneratedComparison(): Loadable<GeneratedComparison> {
  const api = useAPIBase()
  const { id, lastUpdateTime, savedDocumentData } = useDocumentInfo()
  const a = useFormFields(([fields]) => idOf(fields.standardA?.value))
  const b = useFormFields(([fields]) => idOf(fields.standardB?.value))
  let url: string | null = null
  if (a && b && a !== b) {
    const saved =
      id !== undefined &&
      idOf(savedDocumentData?.standardA) === a &&
      idOf(savedDocumentData?.standardB) === b
    url = saved
      ? `${api}/comparisons/${encodeURIComponent(String(id))}/generated?draft=true`
      : `${api}/comparisons/generated?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`
  }
  return useJSON<GeneratedComparison>(url, lastUpdateTime, 'Choose two different standards to see the generated comparison.')
}

/** The short names of the standards shown first (a) and second (b) in the form, once known. */
export function usePairNames(): { a: string; b: string } | null {
  const state = useGeneratedComparison()
  if (state.status !== 'ready') return null
  const { model, sides } = state.data
  return { a: model.headers[sides.a].shortName, b: model.headers[sides.b].shortName }
}

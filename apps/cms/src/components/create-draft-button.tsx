'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** Creates a draft comparison of two standards and opens it. */
export function CreateDraftButton({ ids, title }: { ids: [string, string]; title: string }) {
  const { config } = useConfig()
  const router = useRouter()
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null })

  async function create() {
    setState({ busy: true, error: null })
    try {
      const response = await fetch(`${config.routes.api}/comparisons?draft=true`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ standardA: ids[0], standardB: ids[1], _status: 'draft' }),
      })
      const body = (await response.json().catch(() => null)) as {
        doc?: { id: number | string }
        errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
      } | null
      const id = body?.doc?.id
      if (!response.ok || id === undefined) {
        const first = body?.errors?.[0]
        throw new Error(first?.data?.errors?.[0]?.message ?? first?.message ?? `The CMS answered ${response.status}.`)
      }
      router.push(`${config.routes.admin}/collections/comparisons/${id}`)
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) })
    }
  }

  return (
    <>
      <Button buttonStyle="primary" size="small" disabled={state.busy} onClick={create} aria-label={`Create draft comparison: ${title}`}>
        {state.busy ? 'Creating…' : 'Create draft comparison'}
      </Button>
      {state.error ? <p role="alert">{state.error}</p> : null}
    </>
  )
}

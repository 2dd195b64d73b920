'use client'
import { Button, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import type { StaleOverrideRef } from '../endpoints/generated'
import { StaleComparison } from './stale-comparison'
import { useGeneratedComparison } from './use-editorial-data'
import './editorial.scss'

function Notice({ stale, acceptPath, subject }: { stale: StaleOverrideRef; acceptPath: string; subject: string }) {
  const { setValue, value } = useField<boolean>({ path: acceptPath })
  const accepted = value === true
  return (
    <div className="versus-stale-notice" role="status" data-testid="stale-override">
      <span className="versus-badge versus-badge--stale">Stale override</span>{' '}
      The generated {subject} changed since this override was written. Review it: keep it, edit it, or remove it.
      <StaleComparison stale={stale} />
      {accepted ? (
        <p>
          <strong>Marked reviewed.</strong> Save to record the new generated value as this override’s basis.{' '}
          <Button buttonStyle="secondary" size="small" onClick={() => setValue(false)}>
            Undo
          </Button>
        </p>
      ) : (
        <Button buttonStyle="secondary" size="small" onClick={() => setValue(true)}>
          Keep override, mark reviewed
        </Button>
      )}
    </div>
  )
}

/** Beside the verdict: shown when the generated verdict changed beneath the editor's. */
export const VerdictStaleNotice: UIFieldClientComponent = () => {
  const state = useGeneratedComparison()
  const { id } = useDocumentInfo()
  const stale = state.status === 'ready' && id !== undefined ? state.data.stale.find((item) => item.kind === 'verdict') : undefined
  return stale ? <Notice stale={stale} acceptPath="verdictAccept" subject="verdict" /> : null
}

/** In each aspect override row: shown when that cell's generated value changed beneath the override. */
export const AspectStaleNotice: UIFieldClientComponent = ({ path }) => {
  const rowPath = path.split('.').slice(0, -1).join('.')
  const rowId = useFormFields(([fields]) => fields[`${rowPath}.id`]?.value)
  const state = useGeneratedComparison()
  const stale =
    state.status === 'ready' && typeof rowId === 'string'
      ? state.data.stale.find((item) => item.kind === 'aspect' && item.rowId === rowId)
      : undefined
  return stale ? <Notice stale={stale} acceptPath={`${rowPath}.accept`} subject="value" /> : null
}

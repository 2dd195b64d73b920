'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import type { CompletenessItem } from '../endpoints/completeness'
import { useAPIBase, useJSON } from './use-editorial-data'
import './editorial.scss'

/** The standard's completeness report, in its edit sidebar (as last saved, drafts included). */
export const CompletenessField: UIFieldClientComponent = () => {
  const api = useAPIBase()
  const { id, lastUpdateTime } = useDocumentInfo()
  const url = id === undefined ? null : `${api}/editorial/completeness?standard=${encodeURIComponent(String(id))}`
  const state = useJSON<{ report: CompletenessItem }>(url, lastUpdateTime, 'Save the standard to see its completeness.')
  return (
    <div className="field-type versus-completeness" data-testid="completeness">
      <label className="field-label">Completeness</label>
      {state.status === 'idle' ? <p>{state.reason}</p> : null}
      {state.status === 'loading' ? <p>Checking…</p> : null}
      {state.status === 'error' ? <p role="alert">{state.message}</p> : null}
      {state.status === 'ready' ? <Report report={state.data.report} /> : null}
    </div>
  )
}

function Report({ report }: { report: CompletenessItem }) {
  return (
    <>
      <p>
        <strong>{report.score}</strong> / 100
      </p>
      {report.issues.length === 0 ? (
        <p>Nothing empty or thin.</p>
      ) : (
        <>
          <ul>
            {report.issues.map((issue) => (
              <li key={issue.field}>
                {issue.message}
                {issue.severity === 'thin' ? ' (thin)' : ''}
              </li>
            ))}
          </ul>
          <p>
            Degrades: {report.sections.map((section) => section.label).join(', ')}
          </p>
        </>
      )}
    </>
  )
}

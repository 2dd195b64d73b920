'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import './import-view.scss'

interface Line {
  action: 'create' | 'update' | 'unchanged' | 'reject'
  collection: string | null
  key: string | null
  text: string
  message?: string
  /** For updates: each field that changes, old → new. */
  changes?: { field: string; from: string; to: string }[]
  /** For a record saved as a draft: the required facts it lacks. */
  missing?: string[]
  renamedFrom?: string
}

interface Report {
  dryRun: boolean
  applied: boolean
  transactional: boolean
  counts: Record<Line['action'], number>
  lines: Line[]
  /** Decisions made while reading a crosswalk file: shown, never blocking. */
  warnings?: string[]
}

/** How an action reads once the import went through. */
const DONE: Partial<Record<Line['action'], string>> = { create: 'created', update: 'updated' }

type Result = { kind: 'report'; report: Report } | { kind: 'error'; message: string }

function summaryOf(report: Report): string {
  const { create, update, unchanged, reject } = report.counts
  if (reject > 0) {
    return `${reject} rejected: the file was refused and nothing was changed. Fix the lines marked “reject” and try again.`
  }
  if (report.dryRun) {
    return `Dry run: ${create} to create, ${update} to update, ${unchanged} unchanged. Nothing was changed yet.`
  }
  return `Imported: ${create} created, ${update} updated, ${unchanged} unchanged.`
}

/** Upload or paste a file, dry-run it, then import it; shows the report line by line. */
export function ImportForm({ apiRoute, maxBytes }: { apiRoute: string; maxBytes: number }) {
  const [text, setText] = useState('')
  const [fileName, setFileName] = useState<string | null>(null)
  const [busy, setBusy] = useState<'dry' | 'real' | null>(null)
  // Replace whole documents instead of merging the fields each record carries.
  const [replace, setReplace] = useState(false)
  const [result, setResult] = useState<Result | null>(null)
  // The text (and mode) whose dry run passed: Import is offered for exactly that content.
  const [checked, setChecked] = useState<string | null>(null)
  const mode = (value: string) => `${replace ? 'replace' : 'merge'}\n${value}`

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    if (file.size > maxBytes) {
      setResult({ kind: 'error', message: `${file.name} is larger than ${maxBytes / 1024 / 1024} MB.` })
      return
    }
    setFileName(file.name)
    setText(await file.text())
    setResult(null)
    setChecked(null)
  }

  const run = async (dryRun: boolean) => {
    setBusy(dryRun ? 'dry' : 'real')
    setResult(null)
    try {
      const query = new URLSearchParams({ ...(dryRun ? { dryRun: '1' } : {}), ...(replace ? { replace: '1' } : {}) }).toString()
      const response = await fetch(`${apiRoute}/transfer/import${query ? `?${query}` : ''}`, {
        method: 'POST',
        credentials: 'include',
        // A versus/1 file is JSON; crosswalk files may be YAML or CSV: the server detects the format by content.
        headers: { 'Content-Type': text.trimStart().startsWith('{') ? 'application/json' : 'text/plain' },
        body: text,
      })
      const body = (await response.json().catch(() => null)) as (Report & { errors?: { message: string }[] }) | null
      if (body && Array.isArray(body.lines)) {
        setResult({ kind: 'report', report: body })
        setChecked(dryRun && body.counts.reject === 0 ? mode(text) : null)
      } else {
        setResult({ kind: 'error', message: body?.errors?.[0]?.message ?? `The server answered ${response.status}.` })
        setChecked(null)
      }
    } catch (error) {
      setResult({ kind: 'error', message: `Could not reach the CMS: ${error instanceof Error ? error.message : String(error)}` })
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="versus-import__form">
      <div className="versus-import__field">
        <label htmlFor="import-file">File (versus/1 JSON, CISO Assistant YAML, OSCAL JSON or crosswalk CSV)</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json,.yaml,.yml,text/yaml,.csv,text/csv"
          onChange={onFile}
        />
        {fileName && <span className="versus-import__hint">Loaded {fileName}</span>}
      </div>
      <div className="versus-import__field">
        <label htmlFor="import-text">Or paste the file</label>
        <textarea
          id="import-text"
          rows={10}
          spellCheck={false}
          value={text}
          placeholder='{ "format": "versus/1", "standards": [ … ] }'
          onChange={(event) => {
            setText(event.target.value)
            setChecked(null)
          }}
        />
      </div>
      <div className="versus-import__field versus-import__mode">
        <input
          id="import-replace"
          type="checkbox"
          checked={replace}
          onChange={(event) => {
            setReplace(event.target.checked)
            setChecked(null)
          }}
        />
        <label htmlFor="import-replace">
          Replace whole documents (a field a record leaves out is emptied). Unticked, an import changes only the
          fields each record carries.
        </label>
      </div>
      <div className="versus-import__actions">
        <Button buttonStyle="secondary" disabled={!text.trim() || busy !== null} onClick={() => void run(true)}>
          {busy === 'dry' ? 'Checking…' : 'Dry run'}
        </Button>
        <Button
          buttonStyle="primary"
          disabled={checked === null || checked !== mode(text) || busy !== null}
          onClick={() => void run(false)}
          tooltip={checked === mode(text) ? undefined : 'Run a dry run of this file first'}
        >
          {busy === 'real' ? 'Importing…' : 'Import'}
        </Button>
        <a className="versus-import__export" href={`${apiRoute}/transfer/export`} download>
          Download all content (export)
        </a>
      </div>

      {result?.kind === 'error' && (
        <p className="versus-import__error" role="alert">
          {result.message}
        </p>
      )}
      {result?.kind === 'report' && (
        <section className="versus-import__report" aria-label="Import report">
          <p className="versus-import__summary" role="status">
            {summaryOf(result.report)}
          </p>
          {(result.report.warnings ?? []).length > 0 && (
            <ul className="versus-import__warnings" aria-label="Warnings">
              {(result.report.warnings ?? []).map((warning, i) => (
                <li key={i}>{warning}</li>
              ))}
            </ul>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Collection</th>
                <th scope="col">Record</th>
              </tr>
            </thead>
            <tbody>
              {result.report.lines.map((line, i) => (
                <tr key={i} className={`versus-import__line versus-import__line--${line.action}`}>
                  <td>{result.report.applied ? (DONE[line.action] ?? line.action) : line.action}</td>
                  <td>{line.collection ?? 'file'}</td>
                  <td>
                    {line.action === 'reject' ? line.text : line.key}
                    {line.renamedFrom && <span className="versus-import__note"> (renamed from {line.renamedFrom})</span>}
                    {line.missing && line.missing.length > 0 && (
                      <span className="versus-import__note"> (saved as a draft, missing {line.missing.join(', ')})</span>
                    )}
                    {line.changes && line.changes.length > 0 && (
                      <ul className="versus-import__changes" aria-label={`Changes to ${line.key ?? 'the record'}`}>
                        {line.changes.map((change) => (
                          <li key={change.field}>
                            <code>{change.field}</code>: <del>{change.from}</del> → <ins>{change.to}</ins>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  )
}

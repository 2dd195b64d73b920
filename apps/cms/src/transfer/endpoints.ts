/**
 * REST: `POST /api/transfer/import[?dryRun=1][&replace=1]` with the file as the body, and
 * `GET /api/transfer/export`. The body is a `versus/1` JSON file or a crosswalk file
 * (import-text.ts). Editors and admins only (401 signed out, 403
 * otherwise); 413 above MAX_IMPORT_BYTES; 400 when the body is neither;
 * 422 with the report when the file is refused; 200 with the report otherwise.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { crosswalkCatalogFile, crosswalkSetFiles, readAllCrosswalks } from './crosswalk-export'
import type { CrosswalkExportFile } from './crosswalk-export'
import { exportContent, serializeFile } from './export'
import { importText } from './import-text'
import { formatReport } from './report'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

function refuse(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status })
}

/** 401 for visitors, 403 for users who are not editors or admins; null when allowed (the import screen's endpoints). */
export function checkAccess(req: PayloadRequest): Response | null {
  if (!req.user) return refuse(401, 'Sign in as an editor or admin to import or export content.')
  if (!isEditorOrAdmin(req.user)) return refuse(403, 'Only editors and admins may import or export content.')
  return null
}

/** The body as text, or null once it exceeds `limit` bytes (read no further). */
async function readLimited(req: PayloadRequest, limit: number): Promise<string | null> {
  const body = req.body
  if (!body) return (await req.text?.()) ?? ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export const importEndpoint: Endpoint = {
  path: '/transfer/import',
  method: 'post',
  handler: async (req) => {
    const denied = checkAccess(req)
    if (denied) return denied
    const tooLarge = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it into several files.`
    if (Number(req.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES) return refuse(413, tooLarge)
    const text = await readLimited(req, MAX_IMPORT_BYTES)
    if (text === null) return refuse(413, tooLarge)
    const flag = req.searchParams?.get('dryRun')
    const dryRun = flag === '1' || flag === 'true'
    const replace = ['1', 'true'].includes(req.searchParams?.get('replace') ?? '')
    const result = await importText(req.payload, text, { dryRun, replace, user: req.user as User })
    if ('unreadable' in result) return refuse(400, result.unreadable)
    const { report } = result
    return Response.json({ ...report, summary: formatReport(report) }, { status: report.counts.reject > 0 ? 422 : 200 })
  },
}

export const exportEndpoint: Endpoint = {
  path: '/transfer/export',
  method: 'get',
  handler: async (req) => {
    const denied = checkAccess(req)
    if (denied) return denied
    // `?history=1`: every stored version and the timestamps too (a backup; docs/import-format.md).
    const history = req.searchParams?.get('history') === '1'
    const { file } = await exportContent(req.payload, { history })
    return new Response(serializeFile(file), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="versus-export.json"',
      },
    })
  },
}

/**
 * `GET /api/transfer/crosswalks/<set-id>.oscal.json` or `.csv`, or `<edition-id>.catalog.json`: one
 * mapping set or one edition's catalog as the export writes it (drafts too; editors and admins
 * only). 404 for a set or edition that does not exist.
 */
export const crosswalkExportEndpoint: Endpoint = {
  path: '/transfer/crosswalks/:file',
  method: 'get',
  handler: async (req) => {
    const denied = checkAccess(req)
    if (denied) return denied
    const name = String(req.routeParams?.file ?? '')
    const match = /^([a-z0-9-]{1,160})\.(oscal\.json|csv|catalog\.json)$/.exec(name)
    if (!match) return refuse(400, 'Ask for <set-id>.oscal.json, <set-id>.csv or <edition-id>.catalog.json.')
    const id = match[1] as string
    const bundle = await readAllCrosswalks(req.payload)
    let file: CrosswalkExportFile | undefined
    if (match[2] === 'catalog.json') {
      if (!bundle.editions.some((edition) => edition.id === id)) return refuse(404, `There is no edition ${JSON.stringify(id)}.`)
      file = crosswalkCatalogFile(bundle, id)
    } else {
      if (!bundle.sets.some((set) => set.id === id)) return refuse(404, `There is no mapping set ${JSON.stringify(id)}.`)
      file = crosswalkSetFiles(bundle, id).find((item) => item.name === name)
    }
    return new Response(file?.content ?? '', {
      headers: {
        'Content-Type': match[2] === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      },
    })
  },
}

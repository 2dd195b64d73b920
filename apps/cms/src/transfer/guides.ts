/**
 * The import screen's help: `GET /api/transfer/template.json` (a file to start from),
 * `/api/transfer/import-format.schema.json` (the format as JSON Schema) and
 * `/api/transfer/guides/<name>.md` (the guides in docs/, read from the checkout the CMS runs in).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint } from 'payload'

import { errorResponse } from '../endpoints/guard'
import { checkAccess } from './endpoints'
import { buildImportFormatSchema } from './schema'
import { importTemplate } from './template'

/** The guides the import screen links to, by the name in their address. */
export const IMPORT_GUIDES = {
  'import-format': 'The versus/1 format',
  'crosswalk-import': 'Crosswalk imports',
  'crosswalk-csv': 'The crosswalk CSV',
} as const

function download(body: unknown, name: string): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` },
  })
}

export const templateEndpoint: Endpoint = {
  path: '/transfer/template.json',
  method: 'get',
  handler: (req) => checkAccess(req) ?? download(importTemplate(), 'versus-import-template.json'),
}

export const schemaEndpoint: Endpoint = {
  path: '/transfer/import-format.schema.json',
  method: 'get',
  handler: (req) => checkAccess(req) ?? download(buildImportFormatSchema(), 'import-format.schema.json'),
}

/** docs/ of the checkout: the CMS runs from apps/cms (npm scripts) or the repository root. */
const docsDirs = () => [path.resolve(process.cwd(), '../../docs'), path.resolve(process.cwd(), 'docs')]

export const guideEndpoint: Endpoint = {
  path: '/transfer/guides/:file',
  method: 'get',
  handler: async (req) => {
    const denied = checkAccess(req)
    if (denied) return denied
    const name = String(req.routeParams?.file ?? '').replace(/\.md$/, '')
    if (!Object.hasOwn(IMPORT_GUIDES, name)) return errorResponse(404, 'No such guide.')
    for (const dir of docsDirs()) {
      const text = await readFile(path.join(dir, `${name}.md`), 'utf8').catch(() => null)
      // Shown as text in the browser, never rendered: a guide is documentation, not a page.
      if (text !== null) return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    }
    return errorResponse(404, `This installation has no copy of docs/${name}.md; it is in the repository.`)
  },
}

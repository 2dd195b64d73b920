/**
 * Reads back a crosswalk folder the export wrote (crosswalk-export.ts): its `index.json` names the
 * catalogs and sets in import order, and each is imported through the crosswalk import, one after
 * the other (a set needs its editions stored; an edition its predecessor). Stops at the first file
 * refused. The names must be plain file names in the folder: no path leaves it.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { CROSSWALK_INDEX_FORMAT } from './crosswalk-export'
import { importCrosswalkText } from './crosswalk-import'
import type { ImportReport } from './report'

const FILE_NAME = /^[a-z0-9][a-z0-9._-]{0,200}\.(?:catalog|oscal)\.json$/

export interface FolderImportResult {
  /** One report per file read, in order. */
  files: { name: string; report: ImportReport }[]
  /** Why the folder could not be read, or which file was refused; null when every file went in. */
  error: string | null
}

/** Whether `raw` (a parsed JSON file) is a crosswalk folder's index. */
export function isCrosswalkIndex(raw: unknown): raw is { format: string; files: unknown } {
  return typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === CROSSWALK_INDEX_FORMAT
}

/** The file names an index lists, or a reason it is not a usable index. */
export function indexFiles(raw: unknown): { files: string[] } | { error: string } {
  if (!isCrosswalkIndex(raw)) return { error: `not a ${CROSSWALK_INDEX_FORMAT} index` }
  if (!Array.isArray(raw.files)) return { error: '`files` must be a list of file names' }
  const bad = raw.files.filter((name) => typeof name !== 'string' || !FILE_NAME.test(name))
  if (bad.length > 0) return { error: `not a catalog or OSCAL file name of this folder: ${bad.map((name) => JSON.stringify(name)).join(', ')}` }
  return { files: raw.files as string[] }
}

export async function importCrosswalkFolder(
  payload: Payload,
  indexPath: string,
  raw: unknown,
  options: { onFile?: (name: string) => void } = {},
): Promise<FolderImportResult> {
  const listed = indexFiles(raw)
  if ('error' in listed) return { files: [], error: `${indexPath}: ${listed.error}` }
  const folder = path.dirname(indexPath)
  const files: FolderImportResult['files'] = []
  for (const name of listed.files) {
    options.onFile?.(name)
    let text: string
    try {
      text = await readFile(path.join(folder, name), 'utf8')
    } catch (error) {
      return { files, error: `Cannot read ${name}: ${error instanceof Error ? error.message : String(error)}` }
    }
    const report = await importCrosswalkText(payload, text)
    if (!report) return { files, error: `${name} is in none of the crosswalk formats` }
    files.push({ name, report })
    if (!report.applied && report.counts.reject > 0) return { files, error: `${name} was refused` }
  }
  return { files, error: null }
}

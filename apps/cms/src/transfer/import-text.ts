/**
 * One entry for every file the import accepts, as text: a crosswalk file (CISO Assistant YAML,
 * OSCAL catalog or mapping-collection, crosswalk CSV; detected by content) goes to the crosswalk
 * import, anything else must be a `versus/1` JSON file. Used by the CLI and the admin endpoint.
 */
import type { Payload } from 'payload'

import { importCrosswalkText } from './crosswalk-import'
import { importFile } from './import'
import type { ImportOptions } from './import'
import type { ImportReport } from './report'

export type ImportTextResult = { report: ImportReport } | { unreadable: string }

export async function importText(payload: Payload, text: string, options: ImportOptions = {}): Promise<ImportTextResult> {
  const crosswalk = await importCrosswalkText(payload, text, { dryRun: options.dryRun })
  if (crosswalk) return { report: crosswalk }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      unreadable:
        `The file is not valid JSON: ${reason}. The import reads a versus/1 JSON file, a CISO Assistant library (YAML), ` +
        'an OSCAL catalog or mapping-collection (JSON), or a crosswalk CSV (docs/crosswalk-import.md).',
    }
  }
  return { report: await importFile(payload, raw, options) }
}

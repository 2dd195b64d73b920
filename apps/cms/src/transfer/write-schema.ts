/** `npm run import-format:schema -w @versus/cms`: writes docs/import-format.schema.json from schema.ts. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildImportFormatSchema } from './schema'

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../docs/import-format.schema.json')

export function schemaText(): string {
  return `${JSON.stringify(buildImportFormatSchema(), null, 2)}\n`
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaFile, schemaText())
  console.info(`Wrote ${schemaFile}`)
}

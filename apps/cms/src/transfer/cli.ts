/**
 * `npm run import -- FILE [--dry-run] [--replace]` (a `versus/1` file, a crosswalk file, or the
 * `index.json` of an exported crosswalks/ folder, which imports every file it lists in order) and
 * `npm run export -- FILE` (plus crosswalks/ beside it: <edition>.catalog.json, <set>.oscal.json
 * and .csv, index.json) (through
 * scripts/versus.mjs, which sets DATA_DIR, the secrets and NODE_ENV so this
 * uses the same migrated database as the seed and `npm start`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { createConfig } from '../config'
import { exportCrosswalkFiles } from './crosswalk-export'
import { importCrosswalkFolder, isCrosswalkIndex } from './crosswalk-folder'
import { exportContent, exportSummary, serializeFile } from './export'
import { importText } from './import-text'
import { formatReport } from './report'
import { pendingRevalidation } from '../lib/revalidate-site'

/** The import asked the site to refresh (through the outbox); give it a moment before this process exits. */
async function waitForSiteRefresh(payload: Payload, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while ((await pendingRevalidation(payload)).length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const left = await pendingRevalidation(payload)
  if (left.length > 0) {
    console.warn(`The site at ${process.env.SITE_URL ?? 'SITE_URL'} did not confirm the refresh yet; the tags stay in the outbox and the CMS sends them when it next starts or publishes (the pages' staleness window covers the meantime).`)
  }
}

/** The parsed index of a crosswalk folder, or undefined for any other file. */
function crosswalkIndexOf(text: string): unknown {
  try {
    const raw: unknown = JSON.parse(text)
    return isCrosswalkIndex(raw) ? raw : undefined
  } catch {
    return undefined
  }
}

const usage = 'Usage: import FILE [--dry-run] [--replace] | export FILE [--history]'

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  const dryRun = rest.includes('--dry-run')
  const replace = rest.includes('--replace')
  const history = rest.includes('--history')
  const files = rest.filter((arg) => !arg.startsWith('--'))
  const allowed = command === 'import' ? ['--dry-run', '--replace'] : ['--history']
  const unknown = rest.filter((arg) => arg.startsWith('--') && !allowed.includes(arg))
  if ((command !== 'import' && command !== 'export') || files.length !== 1 || unknown.length > 0) {
    console.error(unknown.length ? `Unknown option ${unknown.join(', ')}. ${usage}` : usage)
    return 2
  }
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0] as string)

  if (command === 'import') {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      console.error(`Cannot read ${file}: ${reason}`)
      return 1
    }
    const payload = await getPayload({ config: createConfig({ logger: 'sync' }) })
    const started = Date.now()
    const folder = crosswalkIndexOf(text)
    if (folder !== undefined) {
      if (dryRun) {
        console.error('A crosswalk folder imports its files one after the other (a set needs its catalogs stored): it has no dry run. Dry-run its files one by one.')
        return 2
      }
      const imported = await importCrosswalkFolder(payload, file, folder, { onFile: (name) => console.info(`import: ${name}…`) })
      for (const { name, report } of imported.files) console.info(`${name}\n${formatReport(report)}`)
      console.info(`(${((Date.now() - started) / 1000).toFixed(1)} s)`)
      if (imported.files.some(({ report }) => report.applied)) await waitForSiteRefresh(payload)
      if (imported.error) console.error(imported.error)
      return imported.error ? 1 : 0
    }
    const result = await importText(payload, text, { dryRun, replace, onProgress: (phase) => console.info(`import: writing ${phase}…`) })
    if ('unreadable' in result) {
      console.error(`Cannot read ${file}: ${result.unreadable}`)
      return 1
    }
    const { report } = result
    console.info(formatReport(report))
    console.info(`(${((Date.now() - started) / 1000).toFixed(1)} s)`)
    if (dryRun && !report.transactional && report.counts.reject === 0 && report.counts.create + report.counts.update > 0) {
      console.info('(This database has no transactions: the dry run validated every record without trying the writes.)')
    }
    if (report.applied) await waitForSiteRefresh(payload)
    return report.counts.reject > 0 ? 1 : 0
  }

  const payload = await getPayload({ config: createConfig({ logger: 'sync' }) })
  const { file: content, warnings } = await exportContent(payload, { history })
  for (const warning of warnings) console.warn(`warning: ${warning}`)
  await writeFile(file, serializeFile(content))
  console.info(`Exported ${exportSummary(content)} to ${file}`)
  // Every edition's catalog as OSCAL catalog JSON and every mapping set as OSCAL mapping-collection
  // JSON and CSV, in crosswalks/ beside the file, with index.json naming them in import order.
  const crosswalks = await exportCrosswalkFiles(payload)
  if (crosswalks.length > 0) {
    const folder = path.join(path.dirname(file), 'crosswalks')
    await mkdir(folder, { recursive: true })
    for (const { name, content } of crosswalks) await writeFile(path.join(folder, name), content)
    const catalogs = crosswalks.filter(({ name }) => name.endsWith('.catalog.json')).length
    const sets = crosswalks.filter(({ name }) => name.endsWith('.oscal.json')).length
    console.info(
      `Exported ${catalogs} edition catalog(s) as OSCAL catalog JSON and ${sets} mapping set(s) as OSCAL mapping-collection JSON and CSV to ${folder}; ` +
        `import them all back with: npm run import -- ${path.join(folder, 'index.json')}`,
    )
  }
  return 0
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })

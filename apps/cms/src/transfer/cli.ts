/**
 * `npm run import -- FILE [--dry-run] [--replace]` (a `versus/1` file or a crosswalk file) and
 * `npm run export -- FILE` (plus crosswalks/<set>.oscal.json and .csv beside it) (through
 * scripts/versus.mjs, which sets DATA_DIR, the secrets and NODE_ENV so this
 * uses the same migrated database as the seed and `npm start`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { createConfig } from '../config'
import { exportCrosswalkFiles } from './crosswalk-export'
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
  // Every mapping set also as OSCAL mapping-collection JSON and CSV, in crosswalks/ beside the file.
  const crosswalks = await exportCrosswalkFiles(payload)
  if (crosswalks.length > 0) {
    const folder = path.join(path.dirname(file), 'crosswalks')
    await mkdir(folder, { recursive: true })
    for (const { name, content } of crosswalks) await writeFile(path.join(folder, name), content)
    console.info(`Exported ${crosswalks.length / 2} mapping set(s) as OSCAL mapping-collection JSON and CSV to ${folder}`)
  }
  return 0
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })

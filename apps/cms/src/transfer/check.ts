/**
 * Checks a parsed file before anything touches the database: the format tag,
 * keys and types (against the JSON Schema), slugs repeated within the file,
 * comparison pairs (self-pairs, the same pair twice in either order), and
 * references by slug.
 */
import { FORMAT, TRANSFER_COLLECTIONS, recordKey } from './format'
import type { ComparisonRecord, TransferCollection, TransferFile } from './format'
import { rejectLine } from './report'
import type { ReportLine } from './report'
import { buildImportFormatSchema } from './schema'
import { checkSchema } from './schema-check'

export type RejectedIndexes = Record<TransferCollection, Set<number>>

export interface CheckedFile {
  /** Null when the file cannot be read as `versus/1` at all. */
  file: TransferFile | null
  rejects: ReportLine[]
  /** Records with a problem, by collection and index: they are reported, never written. */
  rejected: RejectedIndexes
  /** Records whose shape is wrong (against the schema): they cannot be read further. The others are still validated. */
  malformed: RejectedIndexes
}

const schema = buildImportFormatSchema()

function emptyRejected(): RejectedIndexes {
  return { categories: new Set(), aspects: new Set(), standards: new Set(), comparisons: new Set(), articles: new Set() }
}

const RECORD_PATH = /^(categories|aspects|standards|comparisons|articles)\[(\d+)\](.*)$/

export function recordsOf(file: TransferFile, collection: TransferCollection): unknown[] {
  const records = file[collection]
  return Array.isArray(records) ? records : []
}

export function checkFile(raw: unknown): CheckedFile {
  const rejected = emptyRejected()
  const malformed = emptyRejected()
  const rejects: ReportLine[] = []
  const fileProblem = (field: string, message: string) =>
    rejects.push(rejectLine({ collection: null, index: null, record: null, key: null, field, message }))

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    fileProblem('', `must be a JSON object with "format": "${FORMAT}"`)
    return { file: null, rejects, rejected, malformed }
  }
  const format = (raw as { format?: unknown }).format
  if (format !== FORMAT) {
    fileProblem(
      'format',
      format === undefined ? `is required: "${FORMAT}"` : `must be "${FORMAT}" (got ${JSON.stringify(format)})`,
    )
    return { file: null, rejects, rejected, malformed }
  }
  const file = raw as TransferFile

  for (const problem of checkSchema(raw, schema)) {
    const match = RECORD_PATH.exec(problem.path)
    if (!match) {
      fileProblem(problem.path, problem.message)
      continue
    }
    const collection = match[1] as TransferCollection
    const index = Number(match[2])
    const record = recordsOf(file, collection)[index]
    rejected[collection].add(index)
    malformed[collection].add(index)
    rejects.push(
      rejectLine({
        collection,
        index,
        record,
        key: recordKey(collection, record),
        field: (match[3] ?? '').replace(/^\./, ''),
        message: problem.message,
      }),
    )
  }

  // `unreadable`: the record cannot be judged further (a pair problem the collection's own check would repeat).
  const reject = (collection: TransferCollection, index: number, field: string, message: string, unreadable = false) => {
    const record = recordsOf(file, collection)[index]
    rejected[collection].add(index)
    if (unreadable) malformed[collection].add(index)
    rejects.push(rejectLine({ collection, index, record, key: recordKey(collection, record), field, message }))
  }

  for (const collection of TRANSFER_COLLECTIONS) {
    if (collection === 'comparisons') continue
    const first = new Map<string, number>()
    recordsOf(file, collection).forEach((record, index) => {
      if (rejected[collection].has(index)) return
      const slug = (record as { slug: string }).slug
      const earlier = first.get(slug)
      if (earlier === undefined) first.set(slug, index)
      else reject(collection, index, 'slug', `the slug "${slug}" is already used by ${collection}[${earlier}] in this file`)
    })
  }

  // Renames: each document renamed once, never to its own slug, and not from a slug another record keeps.
  for (const collection of ['standards', 'articles'] as const) {
    const records = recordsOf(file, collection)
    const slugs = new Map<string, number>()
    records.forEach((record, index) => {
      if (!malformed[collection].has(index)) slugs.set((record as { slug: string }).slug, index)
    })
    const renamed = new Map<string, number>()
    records.forEach((record, index) => {
      if (malformed[collection].has(index)) return
      const { slug, renameFrom } = record as { slug: string; renameFrom?: string }
      if (renameFrom === undefined) return
      const earlier = renamed.get(renameFrom)
      const keeper = slugs.get(renameFrom)
      if (renameFrom === slug) reject(collection, index, 'renameFrom', 'must differ from slug (leave it out when the slug stays)')
      else if (earlier !== undefined) {
        reject(collection, index, 'renameFrom', `"${renameFrom}" is already renamed by ${collection}[${earlier}] in this file`)
      } else if (keeper !== undefined) {
        reject(collection, index, 'renameFrom', `"${renameFrom}" is the slug of ${collection}[${keeper}] in this file`)
      }
      renamed.set(renameFrom, earlier ?? index)
    })
  }

  const pairs = new Map<string, number>()
  recordsOf(file, 'comparisons').forEach((record, index) => {
    if (rejected.comparisons.has(index)) return
    const { standards, aspectOverrides = [] } = record as ComparisonRecord
    const [a, b] = standards
    if (a === b) {
      reject('comparisons', index, 'standards', 'A comparison needs two different standards.', true)
      return
    }
    const key = [a, b].sort().join(':')
    const earlier = pairs.get(key)
    if (earlier !== undefined) {
      const other = recordsOf(file, 'comparisons')[earlier]
      reject('comparisons', index, 'standards', `the same pair as comparisons[${earlier}] (${recordKey('comparisons', other)}) in this file`, true)
      return
    }
    pairs.set(key, index)
    aspectOverrides.forEach((override, i) => {
      if (override.standard !== a && override.standard !== b) {
        reject(
          'comparisons',
          index,
          `aspectOverrides[${i}].standard`,
          `must be one of the pair, "${a}" or "${b}" (got ${JSON.stringify(override.standard)})`,
          true,
        )
      }
    })
  })

  return { file, rejects, rejected, malformed }
}

export type KnownSlugs = Record<'categories' | 'aspects' | 'standards', Set<string>>

/**
 * Every slug a record names must exist in the file or the database. `known`
 * holds both; records already rejected are skipped.
 */
export function checkReferences(file: TransferFile, rejected: RejectedIndexes, known: KnownSlugs): ReportLine[] {
  const rejects: ReportLine[] = []
  const check = (
    collection: TransferCollection,
    index: number,
    field: string,
    target: keyof KnownSlugs,
    slug: string | undefined,
  ) => {
    if (slug === undefined || known[target].has(slug)) return
    const record = recordsOf(file, collection)[index]
    rejected[collection].add(index)
    const noun = { categories: 'category', aspects: 'aspect', standards: 'standard' }[target]
    rejects.push(
      rejectLine({
        collection,
        index,
        record,
        key: recordKey(collection, record),
        field,
        message: `unknown ${noun} "${slug}": not in this file or the database`,
      }),
    )
  }
  const each = <T>(collection: TransferCollection, visit: (record: T, index: number) => void) =>
    recordsOf(file, collection).forEach((record, index) => {
      if (!rejected[collection].has(index)) visit(record as T, index)
    })

  each<NonNullable<TransferFile['standards']>[number]>('standards', (record, index) => {
    check('standards', index, 'category', 'categories', record.category)
    record.aspectValues?.forEach((row, i) => check('standards', index, `aspectValues[${i}].aspect`, 'aspects', row.aspect))
    record.related?.forEach((row, i) => check('standards', index, `related[${i}].standard`, 'standards', row.standard))
  })
  each<ComparisonRecord>('comparisons', (record, index) => {
    record.standards.forEach((slug, i) => check('comparisons', index, `standards[${i}]`, 'standards', slug))
    record.aspectOverrides?.forEach((row, i) =>
      check('comparisons', index, `aspectOverrides[${i}].aspect`, 'aspects', row.aspect),
    )
  })
  each<NonNullable<TransferFile['articles']>[number]>('articles', (record, index) => {
    record.standards?.forEach((slug, i) => check('articles', index, `standards[${i}]`, 'standards', slug))
  })
  return rejects
}

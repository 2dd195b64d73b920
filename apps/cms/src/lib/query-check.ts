import { Ajv } from 'ajv'

/**
 * Bounds on what one read may ask of the database, for REST, GraphQL and the
 * Local API alike (docs/api.md, "Limits"). `maxDepth` matters most: standards
 * relate to standards, so each extra level of population multiplies the
 * answer (all standards at depth 6 is ~50 MB; depth 10 ran the CMS out of memory).
 */
export const QUERY_LIMITS = {
  maxDepth: 3,
  /** and/or levels in one `where`. */
  maxWhereNesting: 8,
  /** Operator conditions in one `where`, all levels together. */
  maxWhereConditions: 100,
  /** Values in one `in` / `not_in` / `all` list. */
  maxListValues: 500,
} as const

/** How ids look on the adapter in use: integers on SQLite, ObjectId hex strings on MongoDB. */
export type IdType = 'number' | 'text'

/**
 * Whether a value has the shape of an id on this adapter (whether or not a document has it).
 * Negative integers qualify: they match nothing, and the import's validation pass stands in for
 * documents not written yet with them (transfer/import.ts).
 */
export function isDocumentId(value: unknown, idType: IdType): boolean {
  if (idType === 'number') {
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : NaN
    return Number.isSafeInteger(n)
  }
  return typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value)
}

const SORT_PATH = '-?[A-Za-z0-9_.]+'

/**
 * The JSON Schema of a read's paging, population and projection arguments, as Payload hands them to
 * the operation (REST and GraphQL alike), validated with Ajv; `x-message` is the answer to each.
 */
export const readArgsSchema = {
  type: 'object',
  properties: {
    depth: { type: 'integer', minimum: 0, maximum: QUERY_LIMITS.maxDepth, 'x-message': `depth must be a whole number from 0 to ${QUERY_LIMITS.maxDepth}.` },
    limit: { type: 'integer', minimum: 0, 'x-message': 'limit must be a whole number, 0 or more (0 means no limit).' },
    page: { type: 'integer', minimum: 1, 'x-message': 'page must be a whole number, 1 or more.' },
    sort: {
      anyOf: [
        { type: 'string', pattern: `^${SORT_PATH}(,${SORT_PATH})*$` },
        { type: 'array', maxItems: 20, items: { type: 'string', pattern: `^${SORT_PATH}$` } },
      ],
      'x-message': 'sort must name fields: "field" or "-field", or a list of them.',
    },
    select: { type: ['object', 'null'], maxProperties: 500, 'x-message': 'select must name at most 500 fields.' },
  },
} as const

const ajv = new Ajv({ allErrors: false, verbose: true, strict: false })
ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' })
const validateReadArgs = ajv.compile(readArgsSchema)

/** Why the paging, population and projection arguments of a read cannot be used, or null. */
export function pagingProblem(args: Record<string, unknown>): string | null {
  const given = Object.fromEntries(['depth', 'limit', 'page', 'sort', 'select'].filter((key) => args[key] !== undefined && args[key] !== null).map((key) => [key, args[key]]))
  if (validateReadArgs(given)) return null
  const error = validateReadArgs.errors?.[0]
  // The argument's own schema carries the message (an error deeper inside it names its parent's).
  const key = error?.instancePath.split('/')[1] as keyof typeof readArgsSchema.properties | undefined
  return (key && readArgsSchema.properties[key]?.['x-message']) || 'The read arguments are not valid.'
}

/** The crosswalk CSV format (docs/crosswalk-csv.md): the magic first line, header keys and columns. */
export const CSV_MAGIC = 'versus-crosswalk-csv'
export const CSV_VERSION = '1'

/** `# key: value` lines before the header row, in the order the serializer writes them. */
export const HEADER_KEYS = [
  'set',
  'title',
  'source-edition',
  'target-edition',
  'publisher',
  'author',
  'method',
  'comprehensive',
  'licence',
  'source-url',
  'reviewed-at',
  'status',
  'covered-targets',
  'covered-sources',
] as const
export type HeaderKey = (typeof HEADER_KEYS)[number]

export const REQUIRED_KEYS: readonly HeaderKey[] = ['set', 'source-edition', 'target-edition', 'publisher', 'method', 'status']

export const COLUMNS = ['source', 'target', 'relationship', 'rationale', 'strength', 'gap_note'] as const
export type Column = (typeof COLUMNS)[number]

/** Separates several requirement ids in one cell (their union). */
export const ID_SEPARATOR = ';'

/**
 * The choices of a mapping row, shared by the collection's fields and the admin's mapping grid
 * (a client component, which cannot import the collection and its server hooks).
 */
export const RELATIONSHIP_OPTIONS = [
  { label: 'Equal', value: 'equal' },
  { label: 'Subset of', value: 'subset' },
  { label: 'Superset of', value: 'superset' },
  { label: 'Intersects', value: 'intersect' },
  { label: 'Not related', value: 'not-related' },
  { label: 'Related (untyped)', value: 'related' },
] as const

export const RATIONALE_OPTIONS = [
  { label: 'Syntactic', value: 'syntactic' },
  { label: 'Semantic', value: 'semantic' },
  { label: 'Functional', value: 'functional' },
] as const

export const REVIEW_STATUS_OPTIONS = [
  { label: 'Unreviewed', value: 'unreviewed' },
  { label: 'Reviewed', value: 'reviewed' },
] as const

export type Option = { readonly label: string; readonly value: string }

export const labelOf = (options: readonly Option[], value: unknown): string =>
  options.find((option) => option.value === value)?.label ?? (typeof value === 'string' ? value : '')

/** What the mapping grid reads of requirements and rows (REST documents, sides populated one level). */
export interface GridRequirement {
  id: string
  /** The id as the database gives it (a number on SQLite): what relationship fields accept. */
  value: number | string
  refId: string
  title: string | null
  edition: string | null
}

export interface GridRow {
  id: string
  sources: GridRequirement[]
  targets: GridRequirement[]
  relationship: string
  rationale: string | null
  strength: number | null
  gapNote: string | null
  reviewStatus: string
  stale: boolean
  staleReason: string | null
}

/** The parts of a row an editor changes in place. */
export type RowPatch = Partial<Pick<GridRow, 'relationship' | 'rationale' | 'strength' | 'gapNote' | 'reviewStatus' | 'stale'>>

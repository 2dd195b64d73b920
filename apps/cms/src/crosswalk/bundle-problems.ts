/** Which kind of bundle record a problem is about. */
export type BundleRecordKind = 'edition' | 'requirement' | 'set' | 'mapping'

export interface BundleProblem {
  kind: BundleRecordKind
  /** The record by its string ids: "iso-27001-2022", "iso-27001-2022 A.5.1", "set-id row 12". */
  record: string
  field: string
  message: string
}

export const requirementKey = (edition: string, refId: string): string => `${edition}\u0000${refId}`
export const requirementLabel = (edition: string, refId: string): string => `${edition} ${refId}`

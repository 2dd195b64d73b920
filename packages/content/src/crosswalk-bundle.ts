/**
 * A crosswalk bundle: editions, their requirement catalogs, mapping sets and
 * mappings in one plain, serialisable shape. It is what every importer
 * (CISO Assistant YAML, OSCAL catalogs and mapping-collections, our CSV)
 * produces, what the demo content is written in, what the CMS writes into its
 * collections, and what the CMS's crosswalk endpoint answers the site with.
 *
 * Identity is by string ids, never database ids:
 * - an edition by its `id` ("iso-27001-2022"), which is also the engine's
 *   `CatalogRecord.editionId`;
 * - a requirement by its edition and `refId` as published ("A.5.1",
 *   "GV.OC-01", "Art. 21(2)(a)"), unique within the edition; the engine's
 *   `RequirementRecord.id` is that `refId`;
 * - a mapping set by its `id` ("nist-csf-2.0-to-iso-27001-2022").
 */
import type {
  MappingMethod,
  MappingRationale,
  MappingRelationship,
  MappingSetStatus,
} from '@versus/engine'

export type EditionStatus = 'current' | 'superseded' | 'withdrawn' | 'draft'

/**
 * How much of an edition's text may be shown: the whole official text,
 * identifiers with official short titles, or identifiers only.
 */
export type TextLicence = 'full-text' | 'titles-and-ids' | 'ids-only'

export interface EditionEntry {
  /** "iso-27001-2022": lowercase slug, unique across all editions. */
  id: string
  /** Slug of the standard this is an edition of ("iso-27001"). */
  standard: string
  /** "ISO/IEC 27001:2022", "CSF 2.0". */
  label: string
  year: number
  status: EditionStatus
  /** Id of the edition this one replaces. */
  supersedes?: string | null
  /** ISO 8601 date by which holders of the superseded edition must move. */
  transitionDeadline?: string | null
  /** "Amd 1:2024 (climate action changes)" — short labels, ours. */
  amendments?: string[] | null
  textLicence: TextLicence
}

export interface RequirementEntry {
  /** Id of the edition this requirement belongs to. */
  edition: string
  /** As the standard prints it; unique within the edition. */
  refId: string
  /** `refId` of the parent (clause, category…) in the same edition. */
  parent?: string | null
  /** "clause", "control", "article", "subcategory"… */
  kind?: string | null
  /** Something one can comply with; headings are not. */
  assessable: boolean
  /** Official short title (allowed unless the licence is `ids-only`). */
  title?: string | null
  /** One line written by us (never the standard's text). */
  summary?: string | null
  /** Official text, only where the edition's licence is `full-text`. */
  text?: string | null
  /** Position among siblings. */
  order?: number | null
}

export interface MappingSetEntry {
  id: string
  /** Human title ("NIST CSF 2.0 → ISO/IEC 27001:2022 (NIST OLIR)"). */
  title?: string | null
  sourceEdition: string
  targetEdition: string
  publisher: string
  author?: string | null
  method: MappingMethod
  comprehensive: boolean
  licence?: string | null
  sourceUrl?: string | null
  reviewedAt?: string | null
  status: MappingSetStatus
  /** sha256 (hex) of the file the set was imported from. */
  fileHash?: string | null
  /** Target refIds the set declares fully covered by the union of their typed links. */
  coveredTargets?: string[] | null
  coveredSources?: string[] | null
}

export interface MappingEntry {
  /** Id of the set this row belongs to. */
  set: string
  /** refIds in the set's source edition (several = their union). */
  sources: string[]
  /** refIds in the set's target edition (several = their union). */
  targets: string[]
  relationship: MappingRelationship
  rationale?: MappingRationale | null
  /** 0–10. */
  strength?: number | null
  gapNote?: string | null
}

export interface CrosswalkBundle {
  editions: EditionEntry[]
  requirements: RequirementEntry[]
  sets: MappingSetEntry[]
  mappings: MappingEntry[]
}

/**
 * What the crosswalk components render: view models the site builds from a
 * crosswalk bundle and the engine (apps/web/src/lib/crosswalk). Every string is
 * plain text; every path is the site's own.
 */
import type { CoverageStatus } from '@versus/engine'

export interface LinkView {
  label: string
  path: string
}

/** A requirement named by its identifier, with its page when it has one. */
export interface RequirementLinkView {
  refId: string
  title: string | null
  path: string | null
}

export interface EditionBadgeView {
  id: string
  /** "ISO/IEC 27001:2022" */
  label: string
  status: 'current' | 'superseded' | 'withdrawn' | 'draft'
  /** "Current edition", "Superseded" … */
  statusLabel: string
}

/** A newer edition exists: shown as a banner next to what the older edition's data says. */
export interface SupersededNoticeView {
  edition: string
  successor: string
  /** "31 October 2025", or null when nobody set a deadline. */
  deadline: string | null
  /** ISO date of the deadline, for <time datetime>. */
  deadlineIso: string | null
  /** The edition diff page, when there is a transition set. */
  diffPath: string | null
}

export interface CoverageCountsView {
  full: number
  partial: number
  related: number
  none: number
  unknown: number
  total: number
}

/** One published set behind the figures. */
export interface CrosswalkSourceView {
  id: string
  title: string
  publisher: string
  /** "Typed (set theory)", "Untyped crosswalk", "Edition transition" … */
  methodLabel: string
  licence: string | null
  url: string | null
  reviewedAt: string | null
  comprehensive: boolean
}

export interface EvidenceView {
  /** The requirements of the complied-with standard the link starts from (empty for a gap row). */
  requirements: RequirementLinkView[]
  /** In words, from the listed requirements to the one they cover: "equal", "narrower than" … */
  relationship: string
  publisher: string
}

export interface AddedRequirementView extends RequirementLinkView {
  status: CoverageStatus
  /** "Covered", "Partly covered", "Related (untyped)", "Not covered", "Not mapped" */
  statusLabel: string
  gapNote: string | null
  evidence: EvidenceView[]
}

/** One top-level group of B's hierarchy, with its assessable requirements in catalog order. */
export interface AddedGroupView {
  heading: RequirementLinkView | null
  /** Catalog order; the component collapses the covered ones. */
  items: AddedRequirementView[]
}

/** One direction: what complying with A does for B's requirements, and what B adds. */
export interface CoverageDirectionView {
  /** Standard slugs and names: "ISO 27001" → "NIS2". */
  fromSlug: string
  toSlug: string
  fromName: string
  toName: string
  fromEdition: EditionBadgeView
  toEdition: EditionBadgeView
  counts: CoverageCountsView
  /** "46%" of B, counting partial links by weight. */
  scoreLabel: string
  groups: AddedGroupView[]
  /** The "what B adds" checklist as CSV. */
  csvPath: string
}

export interface InferredCandidateView {
  source: RequirementLinkView
  target: RequirementLinkView
  relationship: string
  /** "Would cover", "Would partly cover", "Related". */
  coverageLabel: string
  /** "64%" */
  confidenceLabel: string
  /** Edition labels walked through: ["CSF 2.0"]. */
  via: string[]
}

export interface InferredView {
  fromName: string
  toName: string
  candidates: InferredCandidateView[]
  /** Candidates not shown (the list is capped). */
  more: number
}

export interface RequirementOverlapView {
  names: [string, string]
  editions: [EditionBadgeView, EditionBadgeView]
  notices: SupersededNoticeView[]
  /** A → B, then B → A; empty when no set links the two. */
  directions: CoverageDirectionView[]
  sources: CrosswalkSourceView[]
  /** Candidates through other standards, when no set links the two. */
  inferred: InferredView | null
  methodologyPath: string
}

/** One mapped requirement on a requirement's own page. */
export interface RequirementMappingView {
  standardName: string
  edition: string
  requirements: RequirementLinkView[]
  /** This requirement ⟨relationship⟩ those: "equal to", "narrower than" … */
  relationship: string
  strength: number | null
  rationale: string | null
  gapNote: string | null
  /** Whose extra the gap note describes (a row's note says what its targets add): "A.5.1 also asks", "NIS2 also asks"… */
  gapNoteLabel: string | null
  source: { title: string; publisher: string; licence: string | null }
}

export interface RequirementPageView {
  standard: LinkView
  edition: EditionBadgeView
  notice: SupersededNoticeView | null
  refId: string
  title: string | null
  kind: string | null
  assessable: boolean
  summary: string | null
  /** Official text, only where the edition's licence allows it. */
  text: string | null
  ancestors: RequirementLinkView[]
  children: RequirementLinkView[]
  mappings: RequirementMappingView[]
}

/** A standard's requirement catalog, for its page: one collapsible group per top-level entry. */
export interface CatalogNodeView extends RequirementLinkView {
  children: CatalogNodeView[]
}

export interface CatalogView {
  edition: EditionBadgeView
  notice: SupersededNoticeView | null
  groups: CatalogNodeView[]
  /** Requirements one can comply with. */
  assessable: number
  /** Edition diff pages involving this standard. */
  diffs: LinkView[]
}

export interface EditionDiffEntryView {
  from: RequirementLinkView[]
  to: RequirementLinkView[]
  /** "equal", "narrower than" … (old ⟨relationship⟩ new) */
  relationship: string | null
  note: string | null
}

export interface EditionDiffView {
  standard: LinkView
  from: EditionBadgeView
  to: EditionBadgeView
  deadline: string | null
  deadlineIso: string | null
  added: RequirementLinkView[]
  changed: EditionDiffEntryView[]
  removed: RequirementLinkView[]
  unchanged: EditionDiffEntryView[]
  source: CrosswalkSourceView
  /** The old edition's crosswalks carried to the new one (bridgeEdition): derived, never counted. */
  carried: { title: string; other: string; carried: number; dropped: number; untransitioned: number }[]
}

/**
 * Names our OSCAL catalog exports use for what an OSCAL catalog cannot say
 * itself: `props` (and one `part`) in our namespace, which other tools ignore
 * and parseOscalCatalog reads back.
 */
export { OSCAL_NS, VERSUS_NS } from '../oscal-mapping-collection/vocabulary'

/** OSCAL release the catalog model is written for. */
export const OSCAL_CATALOG_VERSION = '1.1.3'

/** Catalog `metadata.props`: the edition. */
export const EDITION_PROP = {
  edition: 'edition',
  standard: 'standard',
  year: 'year',
  status: 'status',
  textLicence: 'text-licence',
  supersedes: 'supersedes',
  transitionDeadline: 'transition-deadline',
  amendment: 'amendment',
} as const

/** Group and control `props`: what a requirement has beyond OSCAL's label and title. */
export const REQUIREMENT_PROP = {
  kind: 'kind',
  /** "no" on a control that is a heading (one under a control, or with official text). */
  assessable: 'assessable',
  order: 'order',
  /** "yes" when the OSCAL title is only the refId standing in for a title we do not have or may not show. */
  untitled: 'untitled',
} as const

/** Name of the part (our namespace) holding our one-line summary. */
export const SUMMARY_PART = 'summary'

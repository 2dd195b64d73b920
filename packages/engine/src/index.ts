/**
 * @versus/engine: pure functions from standard records to comparison models.
 * No I/O, no clock, no randomness; the same input always gives the same output.
 */

// Slugs and paths
export { slugify } from './slugify/index'
export { isValidSlug } from './isValidSlug/index'
export { compareSlugs } from './compareSlugs/index'
export { pairSlug } from './pairSlug/index'
export { parsePair } from './parsePair/index'
export type { ParsedPair } from './parsePair/index'
export { parseSelection, MAX_SELECTION, MIN_SELECTION } from './parseSelection/index'
export type { ParsedSelection } from './parseSelection/index'
export { comparisonPath } from './comparisonPath/index'
export { displayPair, pairOrders } from './displayPair/index'
export type { PairOrders } from './displayPair/index'
export { standardPath } from './standardPath/index'
export { articlePath } from './articlePath/index'

// Labels
export { obligationLabel } from './obligationLabel/index'
export { legalNatureLabel } from './legalNatureLabel/index'
export { complexityLabel } from './complexityLabel/index'
export { costLabel } from './costLabel/index'
export { relationSentence } from './relationSentence/index'
export { monthsLabel } from './monthsLabel/index'
export { richTextToPlainText } from './richTextToPlainText/index'

// Models
export { describeStandard } from './describeStandard/index'
export type { StandardDescription } from './describeStandard/index'
export { compareStandards } from './compareStandards/index'
export { compareMany } from './compareMany/index'
export { whatItAdds } from './whatItAdds/index'
export type { WhatItAddsOptions } from './whatItAdds/index'
export { rankRelatedComparisons } from './rankRelatedComparisons/index'
export type { RankRelatedComparisonsOptions, RelatedCatalog } from './rankRelatedComparisons/index'
export { prepareCatalog } from './prepareCatalog/index'
export type { Catalog, PreparedCatalog } from './prepareCatalog/index'

// Requirement-level crosswalks
export { invertRelationship } from './invertRelationship/index'
export { invertMappingSet } from './invertMappingSet/index'
export { computeCoverage, DEFAULT_STRENGTH, INTERSECT_FACTOR, MAX_PARTIAL_WEIGHT } from './computeCoverage/index'
export type { CoverageInput, CoverageOptions } from './computeCoverage/index'
export { inferMappings, HOP_DECAY, MAX_PATHS } from './inferMappings/index'
export type { InferenceInput, InferenceOptions } from './inferMappings/index'
export { bridgeEdition } from './bridgeEdition/index'
export type { BridgeInput } from './bridgeEdition/index'

// Editorial tools
export { findStaleOverrides } from './findStaleOverrides/index'
export type { AspectOverrideBasis, OverrideBasis, OverrideBases, StaleOverride } from './findStaleOverrides/index'
export { suggestComparisons } from './suggestComparisons/index'
export type { ComparisonSuggestion, SuggestComparisonsInput, SuggestionMappingSet, SuggestionSignal, SuggestionSignalKind } from './suggestComparisons/index'
export { assessCompleteness } from './assessCompleteness/index'
export type {
  ComparisonSection,
  CompletenessField,
  CompletenessIssue,
  CompletenessReport,
  DegradedSection,
} from './assessCompleteness/index'

export type * from './types'
export type * from './model'

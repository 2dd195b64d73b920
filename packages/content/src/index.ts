export type {
  CrosswalkBundle,
  EditionEntry,
  EditionStatus,
  MappingEntry,
  MappingSetEntry,
  RequirementEntry,
  TextLicence,
} from './crosswalk-bundle'
export type { CrosswalkRecords } from './crosswalk-records'
export { toCrosswalkRecords, toSetRecord } from './crosswalk-records'

export type { DocId } from './ids'
export { idKey, pairKeyOf, relationId, sameId } from './ids'
export type { SiteTag } from './tags'
export { MAX_TAG_LENGTH, TAG_PATTERN, TAGS, articleTag, comparisonTag, standardTag } from './tags'
export type { ArticleIndexField, ComparisonIndexField, StandardCardField, StandardIndexField } from './index-fields'
export { ARTICLE_INDEX_FIELDS, COMPARISON_INDEX_FIELDS, STANDARD_CARD_FIELDS, STANDARD_INDEX_FIELDS } from './index-fields'
export type {
  ArticleDoc,
  AspectDoc,
  CategoryDoc,
  CategoryRelation,
  ComparisonDoc,
  DocRelation,
  DocRows,
  OptionalText,
  StandardCardDoc,
  StandardDoc,
  StandardIndexDoc,
} from './documents'
export type { MapContext } from './records/map-context'
export { createMapContext } from './records/map-context'
export { resolveRelation } from './records/resolve-relation'
export { mapAspect } from './records/map-aspect'
export { mapCategory, mapCategoryRef } from './records/map-category'
export { mapIndexedStandard, mapStandard } from './records/map-standard'
export { comparisonSlugs, mapComparison } from './records/map-comparison'
export { mapArticle } from './records/map-article'
export * from './formats'
export { requirementSegment } from './requirement-segment'
export { CROSSWALK_TAG_PREFIX, MAX_CROSSWALK_STANDARDS, crosswalkTag, crosswalkTags } from './crosswalk-tags'

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
export { crosswalkTag } from './crosswalk-tags'

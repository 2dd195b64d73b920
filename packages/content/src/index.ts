export type {
  CrosswalkBundle,
  EditionEntry,
  EditionStatus,
  MappingEntry,
  MappingSetEntry,
  RequirementEntry,
  TextLicence,
} from './crosswalk-bundle'

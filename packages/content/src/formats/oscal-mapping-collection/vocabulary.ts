/**
 * Names our OSCAL mapping-collection exports use for what OSCAL cannot say
 * itself. They are `props` in our namespace (OSCAL's way to extend a model),
 * so other tools ignore them and our import reads them back.
 */
export const VERSUS_NS = 'https://versus.example/ns/oscal'
export const OSCAL_NS = 'http://csrc.nist.gov/ns/oscal'
/** The OSCAL release that introduced the mapping model's current shape (metaschema schema-version 1.2.2). */
export const OSCAL_VERSION = '1.2.2'

export const PROP = {
  setId: 'set-id',
  publisher: 'publisher',
  author: 'author',
  method: 'method',
  comprehensive: 'comprehensive',
  licence: 'licence',
  sourceUrl: 'source-url',
  reviewedAt: 'reviewed-at',
  coveredTarget: 'covered-target',
  coveredSource: 'covered-source',
  edition: 'edition',
  strength: 'strength',
} as const

import type { CisoAssistantOptions } from './ciso-assistant'
import { parseCisoAssistantLibrary } from './ciso-assistant'
import { parseCrosswalkCsv } from './crosswalk-csv'
import type { CrosswalkFormat } from './detect-format'
import { detectFormat } from './detect-format'
import type { OscalCatalogOptions } from './oscal-catalog'
import { parseOscalCatalog } from './oscal-catalog'
import type { OscalMappingOptions } from './oscal-mapping-collection'
import { parseOscalMappingCollection } from './oscal-mapping-collection'
import type { ParseResult } from './problem'

export interface ParseOptions {
  cisoAssistant?: CisoAssistantOptions
  oscalCatalog?: OscalCatalogOptions
  oscalMapping?: OscalMappingOptions
}

/**
 * Detect a crosswalk file's format and parse it: what the import calls with
 * any file. `format` is null (and the result empty) for a file in none of the
 * crosswalk formats, e.g. a Versus transfer file, which the caller handles.
 */
export function parseCrosswalkFile(
  text: string,
  options: ParseOptions = {},
): (ParseResult & { format: CrosswalkFormat }) | { format: null } {
  const format = detectFormat(text)
  switch (format) {
    case 'ciso-assistant':
      return { format, ...parseCisoAssistantLibrary(text, options.cisoAssistant) }
    case 'oscal-catalog':
      return { format, ...parseOscalCatalog(text, options.oscalCatalog) }
    case 'oscal-mapping-collection':
      return { format, ...parseOscalMappingCollection(text, options.oscalMapping) }
    case 'crosswalk-csv':
      return { format, ...parseCrosswalkCsv(text) }
    case null:
      return { format: null }
  }
}

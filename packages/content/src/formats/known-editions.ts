import { slugify } from '@versus/engine'

import type { EditionEntry } from '../crosswalk-bundle'

/**
 * What an importer needs to know about an edition a file names by its own
 * identifier (a CISO Assistant framework urn, an OSCAL catalog title): our
 * edition id and standard slug, its label and year, and how much text may be
 * kept. Everything except `edition` and `standard` has a default.
 */
export interface EditionInfo {
  edition: string
  standard: string
  label?: string
  year?: number
  status?: EditionEntry['status']
  textLicence?: EditionEntry['textLicence']
  supersedes?: string | null
  transitionDeadline?: string | null
  amendments?: string[] | null
}

/**
 * The frameworks of CISO Assistant's library that Versus has agreed ids for
 * (see the crosswalk brief). ISO text is never kept (`titles-and-ids`); NIST
 * publications are public domain (`full-text`).
 */
export const CISO_ASSISTANT_EDITIONS: Readonly<Record<string, EditionInfo>> = {
  'urn:intuitem:risk:framework:iso27001-2022': {
    edition: 'iso-27001-2022',
    standard: 'iso-27001',
    label: 'ISO/IEC 27001:2022',
    year: 2022,
    status: 'current',
    textLicence: 'titles-and-ids',
    supersedes: 'iso-27001-2013',
    transitionDeadline: '2025-10-31',
  },
  'urn:intuitem:risk:framework:iso27001-2013': {
    edition: 'iso-27001-2013',
    standard: 'iso-27001',
    label: 'ISO/IEC 27001:2013',
    year: 2013,
    status: 'superseded',
    textLicence: 'titles-and-ids',
  },
  'urn:intuitem:risk:framework:nist-csf-2.0': {
    edition: 'nist-csf-2-0',
    standard: 'nist-csf-2',
    label: 'NIST CSF 2.0',
    year: 2024,
    status: 'current',
    textLicence: 'full-text',
  },
  'urn:intuitem:risk:framework:nist-sp-800-53-rev5': {
    edition: 'nist-sp-800-53-r5',
    standard: 'nist-sp-800-53',
    label: 'NIST SP 800-53 Rev. 5',
    year: 2020,
    status: 'current',
    textLicence: 'full-text',
  },
}

/** NIST SP 800-53 Rev. 5 as an OSCAL catalog (the full catalog or a resolved baseline profile). */
export const NIST_800_53_R5: EditionInfo = CISO_ASSISTANT_EDITIONS['urn:intuitem:risk:framework:nist-sp-800-53-rev5']!

export function editionEntry(info: EditionInfo, fallback: { label: string; year: number }): EditionEntry {
  return {
    id: info.edition,
    standard: info.standard,
    label: info.label ?? fallback.label,
    year: info.year ?? fallback.year,
    status: info.status ?? 'current',
    supersedes: info.supersedes ?? null,
    transitionDeadline: info.transitionDeadline ?? null,
    textLicence: info.textLicence ?? 'titles-and-ids',
    ...(info.amendments && info.amendments.length > 0 ? { amendments: info.amendments } : {}),
  }
}

/**
 * An edition id and standard slug from a name we do not know ("soc2-2017",
 * "My Framework v1.2"): the slug of the name, and the standard is that slug
 * without a trailing year or version ("soc2-2017" → "soc2"). Callers report
 * it as a warning: it is a guess the operator should confirm.
 */
export function deriveEditionIds(name: string): { edition: string; standard: string } {
  const edition = slugify(name) || 'unnamed'
  const standard = edition.replace(/-(?:v|r|rev)?\d[\d-]*$/, '') || edition
  return { edition, standard }
}

/** First four-digit year (1900–2099) in the texts, in order. */
export function findYear(...texts: (string | null | undefined)[]): number | null {
  for (const text of texts) {
    const match = typeof text === 'string' ? /\b(19|20)\d{2}\b/.exec(text) : null
    if (match) return Number(match[0])
  }
  return null
}

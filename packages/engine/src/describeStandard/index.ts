import type { StandardCard, StandardDetails, StandardHeader } from '../model'
import type { SourceLink, StandardRecord } from '../types'
import { complexityLabel } from '../complexityLabel/index'
import { costLabel } from '../costLabel/index'
import { legalNatureLabel } from '../legalNatureLabel/index'
import { monthsLabel } from '../monthsLabel/index'
import { obligationLabel } from '../obligationLabel/index'
import { standardPath } from '../standardPath/index'
import {
  arrayOr,
  categoryName,
  cleanList,
  displayName,
  normalizeCostBand,
  normalizeMonths,
  normalizeYear,
  richTextOrNull,
  slugOf,
} from '../_lib/normalize'
import { cleanText } from '../_lib/text'

/** Everything the site shows about one standard, whatever page it is on. */
export interface StandardDescription {
  header: StandardHeader
  card: StandardCard
  details: StandardDetails
}

function cleanSources(sources: readonly SourceLink[] | null | undefined): SourceLink[] {
  const out: SourceLink[] = []
  for (const source of arrayOr(sources)) {
    if (!source || typeof source !== 'object') continue
    const url = cleanText(source.url)
    if (url.length === 0) continue
    out.push({ label: cleanText(source.label) || url, url })
  }
  return out
}

/** An http(s) address, or null (the UI only links http(s) anyway). */
function webAddress(value: unknown): string | null {
  const url = cleanText(value)
  return /^https?:\/\/\S+$/i.test(url) ? url : null
}

/**
 * @name describeStandard
 * @summary The header, card and details of a standard.
 *
 * @description
 * The single place these are derived, so a standard reads the same on every
 * page: text is trimmed and whitespace-collapsed, blank list entries and
 * sources without a URL are dropped, the cost band is clamped to 1–4, a
 * reversed implementation range is swapped, and a blank short name falls back
 * to the official title, then the slug.
 *
 * @param standard - The standard's record
 * @returns Its header, card and details
 *
 * @example
 * describeStandard(iso27701).card.implementation //=> { min: 6, max: 12, label: '6–12 months' }
 * describeStandard(iso27701).header.obligationLabel //=> 'Voluntary'
 */
export function describeStandard(standard: StandardRecord): StandardDescription {
  const slug = slugOf(standard)
  const shortName = displayName(standard)
  const band = normalizeCostBand(standard.costBand)
  const months = normalizeMonths(standard.implementationMonths?.min, standard.implementationMonths?.max)

  const header: StandardHeader = {
    slug,
    shortName,
    tagline: cleanText(standard.tagline),
    obligation: standard.obligation,
    obligationLabel: obligationLabel(standard.obligation),
    jurisdiction: cleanText(standard.jurisdiction),
    editionYear: normalizeYear(standard.editionYear),
    legalNature: standard.legalNature,
    legalNatureLabel: legalNatureLabel(standard.legalNature),
    publisher: cleanText(standard.publisher),
    path: standardPath(slug),
  }

  const card: StandardCard = {
    slug,
    categoryName: categoryName(standard.category),
    shortName,
    officialTitle: cleanText(standard.officialTitle) || shortName,
    cost: { band, ...costLabel(band) },
    complexity: { level: standard.complexity, label: complexityLabel(standard.complexity) },
    implementation: { ...months, label: monthsLabel(months.min, months.max) },
    keyFeatures: cleanList(standard.keyFeatures),
    estimateSources: { cost: webAddress(standard.estimateSources?.cost), effort: webAddress(standard.estimateSources?.effort) },
  }

  const details: StandardDetails = {
    slug,
    shortName,
    whatItIs: richTextOrNull(standard.whatItIs),
    keyComponents: cleanList(standard.keyComponents),
    whyOrganizationsUseIt: richTextOrNull(standard.whyOrganizationsUseIt),
    implementationOverview: richTextOrNull(standard.implementationOverview),
    sources: cleanSources(standard.sources),
  }

  return { header, card, details }
}

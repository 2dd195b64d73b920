import type { CrosswalkBundle, EditionEntry } from '@versus/content'

import type { StandardSeed } from './content/types'

/** Several bundles as one, so an edition may name one in another file (2022 supersedes 2013). */
export function combineBundles(bundles: readonly CrosswalkBundle[]): CrosswalkBundle {
  return {
    editions: bundles.flatMap((bundle) => bundle.editions),
    requirements: bundles.flatMap((bundle) => bundle.requirements),
    sets: bundles.flatMap((bundle) => bundle.sets),
    mappings: bundles.flatMap((bundle) => bundle.mappings),
  }
}

/**
 * The current edition of every seeded standard the bundles give none, built from its record:
 * id `<slug>-<editionYear>`, its short name and year as label, no catalog yet, so `ids-only`
 * until someone imports one under a licence that allows more.
 */
export function defaultEditions(standards: readonly StandardSeed[], bundle: CrosswalkBundle): EditionEntry[] {
  const covered = new Set(bundle.editions.map((edition) => edition.standard))
  return standards
    .filter((standard) => !covered.has(standard.slug))
    .map((standard) => ({
      id: `${standard.slug}-${standard.editionYear}`,
      standard: standard.slug,
      label: standard.shortName.includes(String(standard.editionYear)) ? standard.shortName : `${standard.shortName} (${standard.editionYear})`,
      year: standard.editionYear,
      status: 'current',
      supersedes: null,
      transitionDeadline: null,
      amendments: null,
      textLicence: 'ids-only',
    }))
}

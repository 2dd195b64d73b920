/**
 * Cache tag for everything crosswalk-shaped the site shows about one standard:
 * its editions, requirement catalogs, the mapping sets that touch them and
 * their rows. The CMS sends it for every standard a change to an edition,
 * requirement, mapping set or mapping touches (both sides of a set); the site
 * puts it on every crosswalk read (`GET /api/crosswalk-data?standards=…`
 * carries one per standard named).
 */
export const CROSSWALK_TAG_PREFIX = 'crosswalk:'

/** `GET /api/crosswalk-data` answers for at most this many standards a request; the site asks in batches of it. */
export const MAX_CROSSWALK_STANDARDS = 10

export const crosswalkTag = (standardSlug: string): string => `${CROSSWALK_TAG_PREFIX}${standardSlug}`

/** Tags for a set of standards, deduplicated and sorted (stable for tests and logs). */
export function crosswalkTags(standardSlugs: Iterable<string>): string[] {
  return [...new Set([...standardSlugs].filter(Boolean))].sort().map(crosswalkTag)
}

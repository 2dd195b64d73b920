/**
 * Demo crosswalk content (issue 11) as crosswalk bundles. The catalogs and mapping sets are
 * written on their own branch (h-cw-content); until they land the list is empty and the seed
 * gives every standard its current edition only (seed/crosswalk-editions.ts).
 */
import type { CrosswalkBundle } from '@versus/content'

export const crosswalkBundles: CrosswalkBundle[] = []

/** Cache tag of everything crosswalk-related about one standard (its editions, catalogs, the sets touching them). */
export const crosswalkTag = (slug: string) => `crosswalk:${slug}`

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

/**
 * @name isValidSlug
 * @summary Check that a string can be used as a standard's (or article's) slug.
 *
 * @description
 * Lower-case letters and digits in `-`-separated segments, and no segment equal
 * to `vs`. That last rule is what keeps `-vs-` a unique separator in pair slugs:
 * a slug that merely avoided the substring `-vs-` could still start with `vs-`
 * or end with `-vs`, and "a-vs-vs-b" would then read two ways.
 *
 * @param slug - The candidate slug
 * @returns Whether it is valid
 *
 * @example
 * isValidSlug('iso-27001') //=> true
 * isValidSlug('ISO-27001') //=> false
 * isValidSlug('iso-27001-vs-gdpr') //=> false
 * isValidSlug('vs-code') //=> false
 */
export function isValidSlug(slug: string): boolean {
  if (typeof slug !== 'string' || !SLUG.test(slug)) return false
  return !`-${slug}-`.includes('-vs-')
}

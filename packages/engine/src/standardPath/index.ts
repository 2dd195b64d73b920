/**
 * @name standardPath
 * @summary The site path of a standard's page.
 *
 * @param slug - The standard's slug
 * @returns `/standards/<slug>`
 *
 * @example
 * standardPath('iso-27001') //=> '/standards/iso-27001'
 */
export function standardPath(slug: string): string {
  return `/standards/${typeof slug === 'string' ? slug : ''}`
}

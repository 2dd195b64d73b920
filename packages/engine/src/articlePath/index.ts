/**
 * @name articlePath
 * @summary The site path of an article.
 *
 * @param slug - The article's slug
 * @returns `/articles/<slug>`
 *
 * @example
 * articlePath('nis2-explained') //=> '/articles/nis2-explained'
 */
export function articlePath(slug: string): string {
  return `/articles/${typeof slug === 'string' ? slug : ''}`
}

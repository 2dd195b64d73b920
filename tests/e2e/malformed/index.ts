import { cmsBodyCases } from './cms-bodies'
import { cmsGraphqlCases } from './cms-graphql'
import { cmsRestCases } from './cms-rest'
import { siteCases } from './site'
import type { MalformedCase } from './types'

export type { Expectation, MalformedCase } from './types'

/** Every case, site first. */
export const malformedCases: MalformedCase[] = [...siteCases, ...cmsRestCases, ...cmsBodyCases, ...cmsGraphqlCases]

/**
 * Cases that still fail, each with where the fix belongs. The runner reports them without failing,
 * and fails once one of them passes, so the list only ever shrinks.
 */
export const knownIssues: Record<string, string> = {
  ...Object.fromEntries(
    [
      'overlong-encoded slash',
      'overlong three-byte slash',
      'a lone percent sign',
      'a bad escape',
      'a truncated UTF-8 sequence',
      'an unpaired surrogate',
    ].map((what) => [
      `site ${what} under /api/compare/`,
      "500 text/plain from Next's router, which cannot decode the [pair] parameter, before any route code runs. " +
        'apps/web/src/proxy.ts turns these into the 404 page for /compare, /standards and /articles, but its matcher ' +
        "leaves out /api/compare: add '/api/compare/:pair(.*%.*)' there and answer a JSON 404.",
    ]),
  ),
  'site POST to the comparison API':
    'The route is force-static: Next answers other methods with the cached JSON (200) once it is cached, a bare 405 ' +
    '(no body, no Allow) before; exporting POST from the route breaks static generation. The front server (or ' +
    'apps/web/src/proxy.ts) should answer methods other than GET, HEAD and OPTIONS with 405 and "Allow: GET, HEAD".',
  'site DELETE on the comparison API': 'As for POST: the cached JSON or a bare 405, from Next, for a force-static route.',
  'site DELETE a comparison page':
    'Next renders app pages for DELETE (200, the page); the front server should answer 405 with "Allow: GET, HEAD".',
}

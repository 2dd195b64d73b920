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
export const knownIssues: Record<string, string> = {}

import type { LegalNature, StandardRecord } from '../types'

/**
 * How conformity with a standard is shown by a third party: organisations are
 * certified against a certifiable standard, bodies (laboratories, certifiers)
 * are accredited against an accreditation standard; nothing else has a
 * third-party route of its own.
 */
export type AssessmentRoute = 'certification' | 'accreditation' | 'none'

export function assessmentRoute(nature: LegalNature | null | undefined): AssessmentRoute {
  if (nature === 'certifiable-standard') return 'certification'
  if (nature === 'accreditation-standard') return 'accreditation'
  return 'none'
}

export const routeOf = (standard: StandardRecord): AssessmentRoute => assessmentRoute(standard.legalNature)

/** The matrix cell and trait label for a route. */
export function assessmentLabel(route: AssessmentRoute): string {
  switch (route) {
    case 'certification':
      return 'Certifiable'
    case 'accreditation':
      return 'Accreditation, not certification'
    default:
      return 'Not certifiable'
  }
}

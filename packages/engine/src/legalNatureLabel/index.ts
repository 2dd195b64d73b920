import type { LegalNature } from '../types'
import { humanize } from '../_lib/text'

const LABELS: Record<LegalNature, string> = {
  regulation: 'Regulation',
  directive: 'Directive',
  law: 'Law',
  'certifiable-standard': 'Certifiable standard',
  'accreditation-standard': 'Accreditation standard',
  'guidance-standard': 'Guidance standard',
  framework: 'Framework',
  'industry-scheme': 'Industry scheme',
}

/**
 * @name legalNatureLabel
 * @summary The display name of a legal nature.
 *
 * @param nature - The standard's legal nature
 * @returns "Regulation", "Directive", "Law", "Certifiable standard", "Guidance standard",
 * "Framework" or "Industry scheme" (an unknown value is humanized, blank gives "Standard")
 *
 * @example
 * legalNatureLabel('certifiable-standard') //=> 'Certifiable standard'
 */
export function legalNatureLabel(nature: LegalNature): string {
  if (typeof nature === 'string' && Object.hasOwn(LABELS, nature)) return LABELS[nature]
  return humanize(nature) || 'Standard'
}

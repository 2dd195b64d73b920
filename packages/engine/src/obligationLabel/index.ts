import type { Obligation } from '../types'
import { humanize } from '../_lib/text'

const LABELS: Record<Obligation, string> = { mandatory: 'Mandatory', voluntary: 'Voluntary' }

/**
 * @name obligationLabel
 * @summary The badge text of an obligation.
 *
 * @param obligation - `mandatory` or `voluntary`
 * @returns "Mandatory" or "Voluntary" (an unknown value is humanized, blank gives "Unspecified")
 *
 * @example
 * obligationLabel('voluntary') //=> 'Voluntary'
 */
export function obligationLabel(obligation: Obligation): string {
  if (typeof obligation === 'string' && Object.hasOwn(LABELS, obligation)) return LABELS[obligation]
  return humanize(obligation) || 'Unspecified'
}

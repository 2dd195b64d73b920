import type { Complexity } from '../types'
import { humanize } from '../_lib/text'

const LABELS: Record<Complexity, string> = { low: 'Low', medium: 'Medium', high: 'High' }

/**
 * @name complexityLabel
 * @summary The display name of an implementation complexity.
 *
 * @param complexity - `low`, `medium` or `high`
 * @returns "Low", "Medium" or "High" (an unknown value is humanized, blank gives "Unknown")
 *
 * @example
 * complexityLabel('medium') //=> 'Medium'
 */
export function complexityLabel(complexity: Complexity): string {
  if (typeof complexity === 'string' && Object.hasOwn(LABELS, complexity)) return LABELS[complexity]
  return humanize(complexity) || 'Unknown'
}

import { normalizeMonths } from '../_lib/normalize'

function unit(n: number): string {
  return n === 1 ? 'month' : 'months'
}

/**
 * @name monthsLabel
 * @summary The implementation-time band of a standard.
 *
 * @description
 * A reversed range is swapped; negative or non-numeric months count as 0, and
 * anything over 1200 as 1200;
 * months are rounded to one decimal.
 *
 * @param min - Shortest typical implementation, in months
 * @param max - Longest typical implementation, in months
 * @returns "6–12 months", or "3 months" / "1 month" when both ends agree
 *
 * @example
 * monthsLabel(6, 12) //=> '6–12 months'
 * monthsLabel(12, 6) //=> '6–12 months'
 * monthsLabel(1, 1) //=> '1 month'
 */
export function monthsLabel(min: number, max: number): string {
  const range = normalizeMonths(min, max)
  if (range.min === range.max) return `${range.min} ${unit(range.min)}`
  return `${range.min}–${range.max} months`
}

import { relationId, sameId } from '@versus/content'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Comparison } from '../../../payload-types'

type OverrideRow = NonNullable<Comparison['aspectOverrides']>[number]

const flip = (side: OverrideRow['side']): OverrideRow['side'] => (side === 'a' ? 'b' : 'a')

/** Whether this write shows the stored pair the other way round (standardA and standardB swapped). */
export function swapsOrder(data: Partial<Comparison>, originalDoc: Partial<Comparison> | undefined): boolean {
  const before = [relationId(originalDoc?.standardA), relationId(originalDoc?.standardB)]
  if (before[0] === null || before[1] === null || before[0] === before[1]) return false
  const a = relationId(data.standardA ?? originalDoc?.standardA)
  const b = relationId(data.standardB ?? originalDoc?.standardB)
  return sameId(a, before[1]) && sameId(b, before[0])
}

/**
 * An override's `side` names standardA or standardB; swapping the order they are shown in must
 * never attach an override to the other standard. So when a write swaps the two, every stored row
 * it keeps unchanged (same row id, same side as stored: the admin form sends its rows as they were)
 * is turned to the other side, and so are the stored rows when the write carries none. A row the
 * write adds, or whose side it changes (the admin's "Swap order" turns them itself, an import
 * writes them for the new order), is taken as written.
 */
export const keepOverrideSides: CollectionBeforeChangeHook<Comparison> = ({ data, originalDoc }) => {
  if (!originalDoc || !swapsOrder(data, originalDoc)) return data
  const stored = originalDoc.aspectOverrides ?? []
  if (!Array.isArray(data.aspectOverrides)) {
    data.aspectOverrides = stored.map((row) => ({ ...row, side: flip(row.side) }))
    return data
  }
  data.aspectOverrides = data.aspectOverrides.map((row) => {
    const before = row.id ? stored.find((candidate) => candidate.id === row.id) : undefined
    return before && before.side === row.side ? { ...row, side: flip(row.side) } : row
  })
  return data
}

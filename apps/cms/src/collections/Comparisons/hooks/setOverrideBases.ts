import { relationId, sameId } from '@versus/content'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Comparison } from '../../../payload-types'
import { comparePair, generatedCell } from '../../../lib/engine-records'
import type { PairModel } from '../../../lib/engine-records'
import { swapsOrder } from './keepOverrideSides'

type OverrideRow = NonNullable<Comparison['aspectOverrides']>[number]

function sameText(a: unknown, b: unknown): boolean {
  const clean = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '')
  return clean(a) === clean(b)
}

/** The previous version of a row: the same row id, else the first row for the same aspect and side. */
function previousRow(row: OverrideRow, previous: readonly OverrideRow[]): OverrideRow | undefined {
  if (row.id) {
    const byId = previous.find((candidate) => candidate.id === row.id)
    if (byId) return byId
  }
  return previous.find((candidate) => sameId(candidate.aspect, row.aspect) && candidate.side === row.side)
}

/**
 * Records, per override, the generated value it was written against (its
 * `basis`), so the admin can flag it once the standards make the engine
 * generate something else. The basis is set when the override is new or its
 * value changed, or when the editor accepts the current generated value;
 * otherwise the stored basis is kept, whatever the client sent (the basis is
 * the server's to write). One exception: an import that creates the document
 * from an export (`context.keepOverrideBases`) brings the bases it had, so a
 * stale override stays stale in the copy.
 */
export const setOverrideBases: CollectionBeforeChangeHook<Comparison> = async ({ data, originalDoc, operation, req }) => {
  const restoring = operation === 'create' && req.context.keepOverrideBases === true
  const a = relationId(data.standardA ?? originalDoc?.standardA)
  const b = relationId(data.standardB ?? originalDoc?.standardB)
  const samePair = sameId(a, originalDoc?.standardA) && sameId(b, originalDoc?.standardB)
  // Swapping the order leaves every aspect's generated value as it was (keepOverrideSides turned
  // the rows): their bases stay. The generated verdict is reworded in the new order: written anew.
  const swapped = originalDoc !== undefined && swapsOrder(data, originalDoc)
  let pair: PairModel | null | undefined
  // The model in the order this save leaves the pair in (the editor's), as the admin's generated
  // panel and the site show it: a verdict generated in the other order is worded differently.
  const current = async () => {
    if (pair === undefined) {
      const saved = { ...originalDoc, ...data, standardA: a, standardB: b } as unknown as Comparison
      pair = a !== null && b !== null ? await comparePair(req, { a, b }, saved) : null
    }
    return pair
  }

  const verdict = data.verdict?.trim() ? data.verdict : null
  if (restoring && data.verdictBasis !== undefined) {
    data.verdictBasis = verdict ? data.verdictBasis : null
  } else if (!verdict) {
    data.verdictBasis = null
  } else if (data.verdictAccept === true || !samePair || !sameText(verdict, originalDoc?.verdict)) {
    data.verdictBasis = (await current())?.model.generatedVerdict ?? null
  } else {
    data.verdictBasis = originalDoc?.verdictBasis ?? null
  }
  data.verdictAccept = false

  if (Array.isArray(data.aspectOverrides)) {
    const stored = originalDoc?.aspectOverrides ?? []
    const previous = samePair ? stored : swapped ? stored.map((row) => ({ ...row, side: row.side === 'a' ? ('b' as const) : ('a' as const) })) : []
    for (const row of data.aspectOverrides) {
      const before = previousRow(row, previous)
      const unchanged =
        before !== undefined &&
        sameId(before.aspect, row.aspect) &&
        before.side === row.side &&
        sameText(before.value, row.value)
      if (restoring && row.basis !== undefined) {
        // kept as the export wrote it
      } else if (unchanged && row.accept !== true) {
        row.basis = before.basis ?? null
      } else {
        const model = await current()
        row.basis = model ? generatedCell(model, row.aspect, row.side) : null
      }
      row.accept = false
    }
  }
  return data
}

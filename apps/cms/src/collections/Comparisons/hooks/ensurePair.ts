import { pairKeyOf, relationId } from '@versus/content'
import type { CollectionBeforeValidateHook } from 'payload'

import type { Comparison, Standard } from '../../../payload-types'
import { failValidation } from '../../../lib/validation-error'

/**
 * Computes `pairKey` (and the list title) from the two standards and refuses a
 * standard paired with itself or a pair that already exists in either order.
 * Checked here rather than left to the unique index so every adapter answers
 * with the same message (CongoDB has no unique indexes).
 */
export const ensurePair: CollectionBeforeValidateHook<Comparison> = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const a = relationId(data.standardA ?? originalDoc?.standardA)
  const b = relationId(data.standardB ?? originalDoc?.standardB)
  if (a === null || b === null) return data

  if (a === b) {
    failValidation({
      collection: 'comparisons',
      path: 'standardB',
      message: 'A comparison needs two different standards.',
      req,
    })
  }

  const pairKey = pairKeyOf(a, b)
  const names = await shortNames([a, b], req)
  data.pairKey = pairKey
  data.title = `${names.get(a) ?? a} vs ${names.get(b) ?? b}`

  const id = originalDoc?.id
  const existing = await req.payload.find({
    collection: 'comparisons',
    where:
      id === undefined
        ? { pairKey: { equals: pairKey } }
        : { and: [{ pairKey: { equals: pairKey } }, { id: { not_equals: id } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const other = existing.docs[0]
  if (other) {
    const first = relationId(other.standardA) ?? a
    const second = relationId(other.standardB) ?? b
    failValidation({
      collection: 'comparisons',
      path: 'standardB',
      message: `${names.get(first) ?? first} vs ${names.get(second) ?? second} already exists.`,
      req,
    })
  }
  return data
}

async function shortNames(ids: string[], req: Parameters<CollectionBeforeValidateHook>[0]['req']) {
  const { docs } = await req.payload.find({
    collection: 'standards',
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { shortName: true },
    req,
  })
  return new Map(docs.map((doc: Pick<Standard, 'id' | 'shortName'>) => [String(doc.id), doc.shortName]))
}

import type { PayloadRequest, Where } from 'payload'

import { relationId } from '@versus/content'
import { MAPPING_RELEVANT_FIELDS } from './licence'

type RequirementLike = Record<string, unknown>

const comparable = (field: string, value: unknown): unknown => {
  if (field === 'parent') return relationId(value)
  if (value === undefined || value === '') return null
  return value
}

/** The mapping-relevant fields that differ between two versions of a requirement. */
export function changedRequirementFields(before: RequirementLike, after: RequirementLike): string[] {
  return MAPPING_RELEVANT_FIELDS.filter((field) => comparable(field, before[field]) !== comparable(field, after[field]))
}

/**
 * Marks every mapping that uses one of the requirements (as a source or a target) stale, with
 * the reason, in the request's transaction; mappings already stale keep their first reason
 * (the editor reviews against the oldest change). `exceptSets` skips sets being rewritten as a
 * whole (the import replaces their rows anyway). Returns how many mappings it marked.
 */
export async function markMappingsStale(
  req: PayloadRequest,
  changes: { id: unknown; refId: string; fields: string[] }[],
  exceptSets: readonly unknown[] = [],
): Promise<number> {
  if (changes.length === 0) return 0
  const ids = changes.map((change) => relationId(change.id)).filter((id): id is string => id !== null)
  const skip = exceptSets.map(relationId).filter((id): id is string => id !== null)
  const where: Where = {
    and: [
      { or: [{ sources: { in: ids } }, { targets: { in: ids } }] } as Where,
      { stale: { not_equals: true } },
      ...(skip.length > 0 ? [{ set: { not_in: skip } }] : []),
    ],
  }
  const found = await req.payload.db.find<{ id: number | string; sources?: unknown[]; targets?: unknown[] }>({
    collection: 'mappings',
    where,
    limit: 0,
    pagination: false,
    req,
  })
  const byId = new Map(changes.map((change) => [String(change.id), change]))
  const now = new Date().toISOString()
  for (const mapping of found.docs) {
    const used = [...(mapping.sources ?? []), ...(mapping.targets ?? [])]
      .map((value) => byId.get(relationId(value) ?? ''))
      .filter((change): change is (typeof changes)[number] => change !== undefined)
    const reason = used.map((change) => `${change.refId} changed (${change.fields.join(', ')})`).join('; ')
    await req.payload.db.updateOne({
      collection: 'mappings',
      id: mapping.id,
      data: { stale: true, staleReason: reason.slice(0, 1000), staleSince: now },
      req,
      returning: false,
    })
  }
  return found.docs.length
}

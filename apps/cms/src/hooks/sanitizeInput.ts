import { ValidationError } from 'payload'
import type { CollectionBeforeOperationHook, CollectionSlug, GlobalBeforeOperationHook, PayloadRequest } from 'payload'

import { cleanInput, type InputProblem, type Reference } from '../lib/input-limits'
import { isDocumentId } from '../lib/query-check'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The references whose document does not exist (or cannot: an id of the wrong shape), one query per collection. */
async function missingReferences(references: Reference[], req: PayloadRequest): Promise<InputProblem[]> {
  const idType = req.payload.db.defaultIDType
  const problems: InputProblem[] = []
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) {
    if (!isDocumentId(reference.id, idType)) {
      problems.push({ path: reference.path, message: `There is no document with id ${JSON.stringify(String(reference.id).slice(0, 40))}.` })
      continue
    }
    byCollection.set(reference.collection, [...(byCollection.get(reference.collection) ?? []), reference])
  }
  for (const [collection, wanted] of byCollection) {
    const ids = [...new Set(wanted.map((reference) => String(reference.id)))]
    const found = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      draft: true,
      overrideAccess: true,
      req,
    })
    const existing = new Set(found.docs.map((doc) => String(doc.id)))
    for (const reference of wanted) {
      if (!existing.has(String(reference.id))) {
        problems.push({ path: reference.path, message: `There is no ${collection} document with id ${reference.id}.` })
      }
    }
  }
  return problems
}

/**
 * Checks what a create or update sends before any field hook runs (Lexical's hooks fail with a
 * 500 on rich text of the wrong shape): strips control characters (NUL…), refuses values of the
 * wrong type, text, rich text and arrays over their limits, and relationships to documents that do
 * not exist, each with a message on its field. Runs for drafts too: Payload skips field
 * validation on drafts, so without it a draft could hold megabytes, or an object in a text field.
 */
export const sanitizeInput: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const data = (args as { data?: unknown }).data
  if ((operation !== 'create' && operation !== 'update') || !isPlainObject(data)) return args
  const { problems, references } = cleanInput(data, collection.flattenedFields)
  problems.push(...(await missingReferences(references, req)))
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return args
}

/** The same for a global (the site's name, call to action and footer links). */
export const sanitizeGlobalInput: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  const data = (args as { data?: unknown } | undefined)?.data
  if (operation !== 'update' || !isPlainObject(data)) return args
  const { problems, references } = cleanInput(data, global.flattenedFields)
  problems.push(...(await missingReferences(references, req)))
  if (problems.length > 0) throw new ValidationError({ global: global.slug, errors: problems, req })
  return args
}

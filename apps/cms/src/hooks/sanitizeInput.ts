import { ValidationError } from 'payload'
import type { CollectionBeforeOperationHook, CollectionSlug, GlobalBeforeOperationHook, PayloadRequest } from 'payload'

import { isDocumentId } from '../lib/query-check'
import { checkWrite, type InputProblem, type Reference } from '../lib/write-schema'

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
 * 500 on rich text of the wrong shape), against Payload's JSON Schema of the collection with our
 * limits (lib/write-schema.ts): strips control characters (NUL…), refuses values of the
 * wrong type, rich text and arrays over their limits, links that would run script, and
 * relationships to documents that do not exist, each with a message on its field. For a draft,
 * which Payload saves without field validation, it also applies the field rules (lengths, link
 * fields, options), so a draft cannot hold megabytes or a javascript: address either; a publish
 * leaves those to Payload, which reports every field's problem at once.
 */
export const sanitizeInput: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { data, draft } = args as { data?: unknown; draft?: unknown }
  if ((operation !== 'create' && operation !== 'update') || !isPlainObject(data)) return args
  const savesDraft = draft === true && Boolean(collection.versions?.drafts) && (operation === 'create' || data._status !== 'published')
  const { problems, references } = checkWrite(data, req.payload.config, collection, req.payload.db.defaultIDType, { fieldRules: savesDraft })
  problems.push(...(await missingReferences(references, req)))
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return args
}

/** The same for a global (the site's name, call to action and footer links). */
export const sanitizeGlobalInput: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  const data = (args as { data?: unknown } | undefined)?.data
  if (operation !== 'update' || !isPlainObject(data)) return args
  const { problems, references } = checkWrite(data, req.payload.config, global, req.payload.db.defaultIDType, { fieldRules: false })
  problems.push(...(await missingReferences(references, req)))
  if (problems.length > 0) throw new ValidationError({ global: global.slug, errors: problems, req })
  return args
}

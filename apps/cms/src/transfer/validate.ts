/**
 * Runs a collection's own validation on a document without writing it: the
 * same steps, in the same order, as Payload's create/update operations
 * (field beforeValidate hooks, collection beforeValidate/beforeChange hooks,
 * then field beforeChange hooks with every field's `validate`), so a record
 * is judged exactly as the admin or REST would judge it. Used where the
 * adapter has no transactions to try the writes and roll them back (and on
 * SQLite too, so every problem is reported at once, not just the first).
 * Drafts are judged by every rule too: an import brings an unfinished record in
 * as a draft only when what it lacks are required facts (isMissingFact).
 */
import { beforeChangeTraverseFields, beforeValidateTraverseFields } from 'payload'
import type { CollectionSlug, JsonObject, Payload, PayloadRequest } from 'payload'

export interface FieldError {
  /** Payload's field path: `implementationMonths.max`, `aspectValues.1.aspect`. */
  path: string
  message: string
}

/** The per-field messages of a Payload ValidationError, or one message for any other error. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  const errors = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.map((item) => ({ path: item.path ?? '', message: item.message ?? 'is invalid' }))
  }
  return [{ path: '', message: error instanceof Error ? error.message : String(error) }]
}

export async function validateDocument(args: {
  payload: Payload
  collection: CollectionSlug
  data: JsonObject
  /** The stored document for an update; absent for a create. */
  originalDoc?: JsonObject
  /** The document's id (for a create, a placeholder that stands for the id it will get). */
  id: number | string
  req: PayloadRequest
  overrideAccess: boolean
}): Promise<FieldError[]> {
  const { payload, collection, id, req, overrideAccess } = args
  const config = payload.collections[collection].config
  const operation = args.originalDoc ? 'update' : 'create'
  const doc: JsonObject = structuredClone(args.originalDoc ?? {})
  let data: JsonObject = structuredClone(args.data)
  const context = req.context

  // Every step runs even when an earlier one refused, so one pass lists every problem (a hook that
  // refuses, such as a slug already used, and a field rule, such as min ≤ max, are both reported).
  const errors: { path: string; message: string }[] = []
  const attempt = async (step: () => Promise<void>) => {
    try {
      await step()
    } catch (error) {
      errors.push(...fieldErrorsOf(error))
    }
  }
  await attempt(() =>
    beforeValidateTraverseFields({
      id,
      collection: config,
      context,
      data,
      doc,
      fields: config.fields,
      global: null,
      operation,
      overrideAccess,
      parentIndexPath: '',
      parentIsLocalized: false,
      parentPath: '',
      parentSchemaPath: '',
      req,
      siblingData: data,
      siblingDoc: doc,
    }),
  )
  for (const hook of config.hooks.beforeValidate ?? []) {
    await attempt(async () => {
      data = (await hook({ collection: config, context, data, operation, originalDoc: args.originalDoc, req })) ?? data
    })
  }
  for (const hook of config.hooks.beforeChange ?? []) {
    await attempt(async () => {
      data = (await hook({ collection: config, context, data, operation, originalDoc: args.originalDoc, req })) ?? data
    })
  }

  await beforeChangeTraverseFields({
    id,
    collection: config,
    context,
    data,
    doc,
    docWithLocales: doc,
    errors,
    fieldLabelPath: '',
    fields: config.fields,
    global: null,
    mergeLocaleActions: [],
    operation,
    overrideAccess,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req,
    siblingData: data,
    siblingDoc: doc,
    siblingDocWithLocales: doc,
    skipValidation: false,
  })
  const unique = new Map(errors.map(({ path, message }) => [`${path}\n${message}`, { path, message }]))
  return [...unique.values()]
}

/**
 * A problem that only says a required fact is missing: Payload's "required" and
 * "requires at least N rows" messages, or any message about a field that is
 * empty in `values` (the document as it would be saved). What a draft may lack.
 */
export function isMissingFact(error: FieldError, values: JsonObject): boolean {
  if (/^This field is required\.$|^This field requires at least \d+ /.test(error.message)) return true
  let value: unknown = values
  for (const part of error.path.split('.')) {
    if (part === '') continue
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined
  }
  return error.path !== '' && (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
}

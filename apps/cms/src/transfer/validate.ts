/**
 * Runs a collection's own validation on a document without writing it: the
 * same steps, in the same order, as Payload's create/update operations
 * (field beforeValidate hooks, collection beforeValidate/beforeChange hooks,
 * then field beforeChange hooks with every field's `validate`), so a record
 * is judged exactly as the admin or REST would judge it. Used where the
 * adapter has no transactions to try the writes and roll them back (and on
 * SQLite too, so every problem is reported at once, not just the first).
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
  /** Drafts skip field validation, as in Payload. */
  draft: boolean
  req: PayloadRequest
  overrideAccess: boolean
}): Promise<FieldError[]> {
  const { payload, collection, id, draft, req, overrideAccess } = args
  const config = payload.collections[collection].config
  const operation = args.originalDoc ? 'update' : 'create'
  const doc: JsonObject = structuredClone(args.originalDoc ?? {})
  let data: JsonObject = structuredClone(args.data)
  const context = req.context

  try {
    await beforeValidateTraverseFields({
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
    })
    for (const hook of config.hooks.beforeValidate ?? []) {
      data = (await hook({ collection: config, context, data, operation, originalDoc: args.originalDoc, req })) ?? data
    }
    for (const hook of config.hooks.beforeChange ?? []) {
      data =
        (await hook({ collection: config, context, data, operation, originalDoc: args.originalDoc, req })) ?? data
    }
  } catch (error) {
    return fieldErrorsOf(error)
  }

  const errors: { path: string; message: string }[] = []
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
    skipValidation: draft,
  })
  return errors.map(({ path, message }) => ({ path, message }))
}

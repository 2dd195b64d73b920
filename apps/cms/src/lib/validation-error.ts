import { ValidationError } from 'payload'
import type { PayloadRequest } from 'payload'

/** Throws the error Payload shows on the field in the admin and answers with 400 over REST. */
export function failValidation(args: {
  collection?: string
  global?: string
  path: string
  message: string
  req: PayloadRequest
}): never {
  throw new ValidationError({
    collection: args.collection,
    global: args.global,
    errors: [{ path: args.path, message: args.message }],
    req: args.req,
  })
}

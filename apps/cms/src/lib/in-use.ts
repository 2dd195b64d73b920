import { APIError } from 'payload'

/** How many users of a document a refusal names before summing up the rest. */
const LISTED = 10

export interface Usage {
  name: string
  status?: string | null
}

/**
 * "ISO 27001 is used by 2 comparisons: ISO 27001 vs ISO 27002 (published),
 * NIS2 vs ISO 27001 (draft). Unpublish and delete those comparisons first."
 */
export function inUseMessage(args: {
  name: string
  users: Usage[]
  singular: string
  plural: string
  advice: string
}): string {
  const { name, users, singular, plural, advice } = args
  const shown = users.slice(0, LISTED).map((user) => (user.status ? `${user.name} (${user.status})` : user.name))
  const more = users.length - shown.length
  const list = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
  const noun = users.length === 1 ? singular : plural
  return `${name} is used by ${users.length} ${noun}: ${list}. ${advice}`
}

/**
 * 409 Conflict, public even in production. The name is set by hand: a minified build can leave the
 * class name empty, and Payload then answers "An unknown error occurred." instead of the message.
 */
export class InUseError extends APIError {
  constructor(message: string) {
    super(message, 409, undefined, true)
    this.name = 'InUseError'
  }
}

/** Refuses the delete with `message`, shown as is over REST and in the admin. */
export function refuseDelete(message: string): never {
  throw new InUseError(message)
}

interface WithStatus {
  _status?: 'draft' | 'published' | null
}

/** A change the site can see: the document is published now, or was before (unpublish). */
export function touchesPublished(doc: WithStatus, previousDoc?: WithStatus | null): boolean {
  return doc._status === 'published' || previousDoc?._status === 'published'
}

/** `prefix:value` for the current value, plus the previous one when it changed (a rename). */
export function docTags(prefix: string, current?: string | null, previous?: string | null): string[] {
  const tags: string[] = []
  if (current) tags.push(`${prefix}:${current}`)
  if (previous && previous !== current) tags.push(`${prefix}:${previous}`)
  return tags
}

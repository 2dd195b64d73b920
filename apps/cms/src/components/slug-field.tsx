'use client'
import { TextField, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { slugify } from '@versus/engine'
import { useEffect, useState } from 'react'

/**
 * The slug, filled live from the name field in a new document until the editor types a slug of
 * their own (a saved document keeps its slug: its address is public). Shown as optional: the save
 * derives an empty one (fields/slug.ts).
 */
export function SlugField(props: TextFieldClientProps & { sourceField: string }) {
  const { sourceField, field, path: fieldPath } = props
  const path = fieldPath ?? field.name
  const { id } = useDocumentInfo()
  const { value, setValue } = useField<string>({ path })
  const source = useFormFields(([fields]) => fields[sourceField]?.value)
  const derived = typeof source === 'string' ? slugify(source) : ''
  // Follows the name while the slug is what the name gives (or empty); an edit of its own stops it.
  const [follow, setFollow] = useState(id === undefined)

  useEffect(() => {
    // Only the editor typing in the slug stops it: a change of the name alone leaves `value` as it was.
    if (follow && value && value !== derived) setFollow(false)
  }, [value])

  useEffect(() => {
    if (follow && derived !== (value ?? '')) setValue(derived)
  }, [derived, follow])

  return <TextField {...props} field={{ ...field, required: false }} path={path} />
}

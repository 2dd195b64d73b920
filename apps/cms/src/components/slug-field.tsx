'use client'
import { TextField, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { slugify } from '@versus/engine'
import { useEffect, useRef, useState } from 'react'

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
  // Follows the name in a new document; the editor typing a slug of their own stops it.
  const [follow, setFollow] = useState(id === undefined)
  // What this component last wrote: any other value is the editor's (typing outruns the effects).
  const written = useRef(value ?? '')

  useEffect(() => {
    if (follow && (value ?? '') !== written.current) setFollow(false)
  }, [value])

  useEffect(() => {
    if (!follow || derived === (value ?? '')) return
    written.current = derived
    setValue(derived)
  }, [derived, follow])

  return <TextField {...props} field={{ ...field, required: false }} path={path} />
}

'use client'
import { Button, useField, useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import type { GeneratedComparison } from '../endpoints/generated'
import { useGeneratedComparison } from './use-editorial-data'
import './editorial.scss'

function idOf(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'string') return value === '' ? null : String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** The generated value of one side of one aspect, as the panel shows it; null when the model has none. */
function generatedValue(data: GeneratedComparison, aspectId: string | null, side: unknown): string | null {
  if (aspectId === null || (side !== 'a' && side !== 'b')) return null
  const slug = data.aspectSlugs[aspectId]
  const row = data.model.differences.find((candidate) => candidate.aspect.slug === slug)
  return row?.generated?.[data.sides[side]] ?? null
}

/** Fills `path` with `text`, asking first when the editor already wrote something there. */
function FillButton({ path, text, label }: { path: string; text: string; label: string }) {
  const { value, setValue } = useField<string>({ path })
  const fill = () => {
    if (typeof value === 'string' && value.trim() && value !== text && !window.confirm('Replace what is in the box with the generated text?')) {
      return
    }
    setValue(text)
  }
  return (
    <div className="versus-start-generated">
      <Button buttonStyle="secondary" size="small" onClick={fill}>
        {label}
      </Button>
    </div>
  )
}

/** Beside the verdict box: an override starts from the generated verdict rather than an empty box. */
export const VerdictStartButton: UIFieldClientComponent = () => {
  const state = useGeneratedComparison()
  const text = state.status === 'ready' ? state.data.model.generatedVerdict : null
  return text ? <FillButton path="verdict" text={text} label="Start from the generated verdict" /> : null
}

/** In each aspect override row: fill the value with what the standards generate for that aspect and side. */
export const AspectStartButton: UIFieldClientComponent = ({ path }) => {
  const rowPath = path.split('.').slice(0, -1).join('.')
  const aspectId = useFormFields(([fields]) => idOf(fields[`${rowPath}.aspect`]?.value))
  const side = useFormFields(([fields]) => fields[`${rowPath}.side`]?.value)
  const state = useGeneratedComparison()
  const text = state.status === 'ready' ? generatedValue(state.data, aspectId, side) : null
  return text ? <FillButton path={`${rowPath}.value`} text={text} label="Start from the generated value" /> : null
}

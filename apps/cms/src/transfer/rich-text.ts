import { blocksToLexical } from '../seed/blocks-to-lexical'
import type { RichTextInput } from './format'

/** Stored form of a rich-text value from a file: Lexical JSON as is, or the shorthand blocks converted. */
export function toLexical(value: RichTextInput | undefined): unknown {
  if (value === undefined) return null
  return Array.isArray(value) ? blocksToLexical(value) : value
}

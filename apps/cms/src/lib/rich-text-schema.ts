import { Ajv } from 'ajv'
import type { ErrorObject, SchemaValidateFunction } from 'ajv'

import { SITE_LINK_MESSAGE, isSiteLink } from './validators'

/**
 * The JSON Schema of what a rich-text field takes, validated with Ajv: Lexical's shape —
 * `{ root: { children: [nodes] } }`, each node an object with a string `type` and, if any, a list of
 * `children` — at most MAX_RICH_TEXT_DEPTH levels deep, with no link the site would not render
 * (javascript:, data:…). Lexical's own hooks assume that shape and fail with a 500 otherwise, and
 * Lexical stores any link URL it is given. (Lexical's `outputSchema` describes the TypeScript type
 * of a saved value — `version`, `direction`, `format` required on the root — not what it accepts.)
 */

/** Levels of nesting a rich-text tree may have (lists in lists in quotes…). */
export const MAX_RICH_TEXT_DEPTH = 40

const ROOT = 'This rich text is not in the editor’s format: it needs a "root" node.'
const NODE = 'This rich text is not in the editor’s format: every node needs a "type".'
const CHILDREN = 'This rich text is not in the editor’s format: "children" must be a list.'
const DEPTH = `This rich text nests more than ${MAX_RICH_TEXT_DEPTH} levels deep.`

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `x-site-link`: a link node (not an internal one) goes to an address the site renders. */
const siteLinkNode: SchemaValidateFunction = (_schema: unknown, node: unknown) => {
  if (!isRecord(node) || (node.type !== 'link' && node.type !== 'autolink')) return true
  const fields = isRecord(node.fields) ? node.fields : {}
  const url = fields.url ?? node.url
  if (fields.linkType === 'internal' || (typeof url === 'string' && isSiteLink(url))) return true
  siteLinkNode.errors = [
    { keyword: 'x-site-link', message: `A link in this text goes to ${JSON.stringify(String(url).slice(0, 60))}. ${SITE_LINK_MESSAGE}`, params: {} },
  ]
  return false
}

function definitions(): Record<string, unknown> {
  const levels: Record<string, unknown> = {}
  for (let level = 0; level <= MAX_RICH_TEXT_DEPTH; level++) {
    levels[`node${level}`] = {
      type: 'object',
      required: ['type'],
      properties: {
        type: { type: 'string', 'x-message': NODE },
        children: { type: 'array', items: { $ref: `#/definitions/node${level + 1}` }, 'x-message': CHILDREN },
      },
      'x-site-link': true,
      'x-message': NODE,
    }
  }
  levels[`node${MAX_RICH_TEXT_DEPTH + 1}`] = { not: {}, 'x-message': DEPTH }
  return levels
}

export const richTextSchema = {
  type: 'object',
  required: ['root'],
  properties: { root: { type: 'object', allOf: [{ $ref: '#/definitions/node0' }], 'x-message': ROOT } },
  definitions: definitions(),
  'x-message': ROOT,
}

// `verbose` puts the failing schema (and its `x-message`) on each error.
const ajv = new Ajv({ allErrors: false, strict: false, verbose: true })
ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' })
ajv.addKeyword({ keyword: 'x-site-link', schemaType: 'boolean', errors: true, validate: siteLinkNode })
const validateRichText = ajv.compile(richTextSchema)

function messageOf(error: ErrorObject | undefined): string {
  if (!error) return ROOT
  if (error.keyword === 'x-site-link' && error.message) return error.message
  const note = (error.parentSchema as Record<string, unknown> | undefined)?.['x-message']
  return typeof note === 'string' ? note : NODE
}

/** Why a rich-text value is not Lexical's shape or has a link the site would not render, or null (also when empty). */
export function richTextProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (validateRichText(value)) return null
  return messageOf(validateRichText.errors?.[0])
}

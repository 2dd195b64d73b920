import type { RichText, RichTextNode } from '../types'

/** Lexical node types that flow inside a line; every other node with children is a block. */
const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'hashtag', 'mark', 'emoji', 'keyword'])

/** Deeper nesting than this is not real content; stop rather than risk the stack. */
const MAX_DEPTH = 128

const ENDS_SENTENCE = /[.!?:;…]["'’”)\]]*$/u

interface Block {
  text: string
  /** Set for a list item: which list it belongs to, so siblings join with ";". */
  list: number | null
}

interface Walk {
  blocks: Block[]
  line: string[]
  lists: number
}

function flush(walk: Walk, list: number | null): void {
  const text = walk.line.join('').replace(/\s+/g, ' ').trim()
  walk.line = []
  if (text.length > 0) walk.blocks.push({ text, list })
}

/** `owner`: the list id when the enclosing block is a list item, else null. */
function visit(node: unknown, depth: number, walk: Walk, owner: number | null, parentList: number | null): void {
  if (!node || typeof node !== 'object' || depth > MAX_DEPTH) return
  const { type, text, children } = node as RichTextNode
  if (type === 'linebreak' || type === 'tab') {
    walk.line.push(' ')
    return
  }
  const ownText = typeof text === 'string' ? text : ''
  if (!Array.isArray(children) || (typeof type === 'string' && INLINE_TYPES.has(type))) {
    walk.line.push(ownText)
    if (Array.isArray(children)) for (const child of children) visit(child, depth + 1, walk, owner, null)
    return
  }
  flush(walk, owner)
  walk.line.push(ownText)
  const own = type === 'listitem' ? parentList : null
  const listId = type === 'list' ? ++walk.lists : null
  for (const child of children) visit(child, depth + 1, walk, own, listId)
  flush(walk, own)
}

function punctuate(block: Block, next: Block | undefined): string {
  if (!next || ENDS_SENTENCE.test(block.text)) return block.text
  return block.list !== null && block.list === next.list ? `${block.text};` : `${block.text}.`
}

/**
 * @name richTextToPlainText
 * @summary Extract readable plain text from Lexical rich text.
 *
 * @description
 * Text of paragraphs, headings, quotes and list items, one after another on a
 * single line. So that blocks do not run together, one that does not end in
 * punctuation gets a full stop, or a semicolon between items of one list. Whitespace is collapsed. Unknown node
 * shapes are read for whatever text they hold; null gives "".
 *
 * @param richText - Serialized Lexical state
 * @returns Plain text
 *
 * @example
 * richTextToPlainText({ root: { type: 'root', children: [
 *   { type: 'paragraph', children: [{ type: 'text', text: 'Phased approach:' }] },
 *   { type: 'list', listType: 'bullet', children: [
 *     { type: 'listitem', children: [{ type: 'text', text: 'gap analysis' }] },
 *     { type: 'listitem', children: [{ type: 'text', text: 'certification' }] },
 *   ] },
 * ] } })
 * //=> 'Phased approach: gap analysis; certification'
 */
export function richTextToPlainText(richText: RichText | null): string {
  if (!richText || typeof richText !== 'object') return ''
  const walk: Walk = { blocks: [], line: [], lists: 0 }
  visit(richText.root, 0, walk, null, null)
  flush(walk, null)
  return walk.blocks.map((block, index) => punctuate(block, walk.blocks[index + 1])).join(' ')
}

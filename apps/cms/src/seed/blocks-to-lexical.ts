import type { Block } from './content/types'

/** Serialized Lexical state as Payload stores it in a rich-text field. */
export type LexicalState = {
  root: LexicalElement & { type: 'root' }
}

type LexicalElement = {
  type: string
  children: LexicalChild[]
  direction: 'ltr' | null
  format: '' | 'left' | 'center' | 'right' | 'justify'
  indent: number
  version: number
  [key: string]: unknown
}

type LexicalText = {
  type: 'text'
  text: string
  detail: number
  format: number
  mode: 'normal'
  style: string
  version: number
}

type LexicalChild = LexicalElement | LexicalText

function textNode(text: string): LexicalText {
  return { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }
}

function element(type: string, children: LexicalChild[], extra: Record<string, unknown> = {}): LexicalElement {
  return { type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra }
}

function blockNode(block: Block): LexicalElement {
  if (typeof block === 'string') {
    return element('paragraph', [textNode(block)], { textFormat: 0, textStyle: '' })
  }
  const ordered = block.ordered === true
  return element(
    'list',
    block.list.map((item, index) => element('listitem', [textNode(item)], { value: index + 1 })),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  )
}

/** Paragraphs (strings) and lists (`{ list, ordered }`) as Lexical JSON. */
export function blocksToLexical(blocks: Block[]): LexicalState {
  return { root: { ...element('root', blocks.map(blockNode)), type: 'root' } }
}

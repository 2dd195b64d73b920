import { richTextToPlainText } from '@versus/engine'
import { describe, expect, it } from 'vitest'

import { blocksToLexical } from './blocks-to-lexical'

describe('blocksToLexical', () => {
  it('turns strings into paragraphs and lists into Lexical lists', () => {
    const state = blocksToLexical(['First paragraph.', { list: ['One', 'Two'] }, { list: ['Step'], ordered: true }])
    const [paragraph, bullets, numbers] = state.root.children
    expect(state.root).toMatchObject({ type: 'root', direction: 'ltr', version: 1 })
    expect(paragraph).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: 'First paragraph.' }] })
    expect(bullets).toMatchObject({
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      children: [
        { type: 'listitem', value: 1, children: [{ text: 'One' }] },
        { type: 'listitem', value: 2, children: [{ text: 'Two' }] },
      ],
    })
    expect(numbers).toMatchObject({ type: 'list', listType: 'number', tag: 'ol' })
  })

  it('reads back as the same text through the engine', () => {
    const text = richTextToPlainText(blocksToLexical(['Hello world.', { list: ['a', 'b'] }]))
    expect(text).toContain('Hello world.')
    expect(text).toContain('a')
  })

  it('gives an empty root for no blocks', () => {
    expect(blocksToLexical([]).root.children).toEqual([])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RichText } from '../types'
import { richText } from '../_lib/arbitraries'
import { paragraphs } from '../_lib/fixtures'
import { richTextToPlainText } from './index'

const text = (value: string) => ({ type: 'text', text: value })

describe('richTextToPlainText', () => {
  it('joins paragraphs, punctuating where needed', () => {
    expect(richTextToPlainText(paragraphs('What it is', 'A  guidance\nstandard.', 'Second.'))).toBe(
      'What it is. A guidance standard. Second.',
    )
  })

  it('joins list items with semicolons and reads links and line breaks', () => {
    const rt: RichText = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h3', children: [text('Phases:')] },
          {
            type: 'list',
            listType: 'bullet',
            children: [
              { type: 'listitem', children: [text('gap '), { type: 'link', url: 'https://x', children: [text('analysis')] }] },
              { type: 'listitem', children: [text('risk'), { type: 'linebreak' }, text('assessment')] },
              { type: 'listitem', children: [text('certify')] },
            ],
          },
          { type: 'paragraph', children: [text('Done')] },
        ],
      },
    }
    expect(richTextToPlainText(rt)).toBe('Phases: gap analysis; risk assessment; certify. Done')
  })

  it('handles null, empty and odd shapes', () => {
    expect(richTextToPlainText(null)).toBe('')
    expect(richTextToPlainText({ root: { type: 'root' } })).toBe('')
    expect(richTextToPlainText({ root: { type: 'root', children: 'nope' } } as unknown as RichText)).toBe('')
    expect(richTextToPlainText({} as RichText)).toBe('')
    expect(
      richTextToPlainText({ root: { type: 'root', children: [null, 3, { type: 'mystery', text: 'kept' }] } } as unknown as RichText),
    ).toBe('kept')
  })

  it('survives very deep nesting', () => {
    let node: { type: string; children: unknown[] } = { type: 'paragraph', children: [text('deep')] }
    for (let i = 0; i < 10_000; i++) node = { type: 'quote', children: [node] }
    expect(() => richTextToPlainText({ root: node } as RichText)).not.toThrow()
  })

  it('is total and whitespace-collapsed', () => {
    fc.assert(
      fc.property(richText, (rt) => {
        const plain = richTextToPlainText(rt)
        expect(plain).toBe(plain.trim())
        expect(plain).not.toMatch(/\s\s/)
      }),
    )
  })
})

import { describe, expect, it } from 'vitest'

import { MAX_RICH_TEXT_DEPTH, richTextProblem } from './rich-text-schema'

const paragraph = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

describe('richTextProblem', () => {
  it('takes Lexical’s shape, and nothing', () => {
    expect(richTextProblem(paragraph('fine'))).toBeNull()
    expect(richTextProblem(null)).toBeNull()
    expect(richTextProblem(undefined)).toBeNull()
  })

  it('says what is wrong with the shape', () => {
    expect(richTextProblem('plain')).toMatch(/needs a "root" node/)
    expect(richTextProblem({ root: 'x' })).toMatch(/needs a "root" node/)
    expect(richTextProblem({ root: { type: 'root', children: 'x' } })).toMatch(/"children" must be a list/)
    expect(richTextProblem({ root: { type: 'root', children: [{ children: [] }] } })).toMatch(/every node needs a "type"/)
    expect(richTextProblem({ root: { type: 'root', children: [{ type: 7 }] } })).toMatch(/every node needs a "type"/)
  })

  it('bounds nesting', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'x' }
    for (let i = 1; i < MAX_RICH_TEXT_DEPTH; i++) node = { type: 'quote', children: [node] }
    expect(richTextProblem({ root: { type: 'root', children: [node] } })).toBeNull()
    node = { type: 'quote', children: [node] }
    expect(richTextProblem({ root: { type: 'root', children: [node] } })).toBe(`This rich text nests more than ${MAX_RICH_TEXT_DEPTH} levels deep.`)
  })
})

describe('links in rich text', () => {
  const linked = (url: unknown, linkType = 'custom') => ({
    root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', fields: { url, linkType }, children: [{ type: 'text', text: 'x' }] }] }] },
  })

  it('takes site paths, anchors and http(s) or mailto addresses, and internal links', () => {
    for (const url of ['/standards/gdpr', '#faq', 'https://example.org/a?b=c', 'mailto:someone@example.org']) {
      expect(richTextProblem(linked(url)), url).toBeNull()
    }
    expect(richTextProblem(linked(undefined, 'internal'))).toBeNull()
  })

  it('refuses scripts, data, protocol-relative and unparseable addresses, autolinks too', () => {
    for (const url of ['javascript:window.__pwned=1', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', '//evil.example', 'vbscript:x', 'https://exa mple.org', 42]) {
      expect(richTextProblem(linked(url)), String(url)).toMatch(/^A link in this text goes to /)
    }
    const autolink = { root: { type: 'root', children: [{ type: 'autolink', url: 'javascript:x', children: [] }] } }
    expect(richTextProblem(autolink)).toMatch(/^A link in this text goes to "javascript:x"/)
  })
})

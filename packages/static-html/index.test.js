import { createElement as h } from 'react'
import { describe, expect, it } from 'vitest'
import { readPackageFile, renderDocument } from './index.js'

describe('renderDocument', () => {
  it('renders a whole document with a doctype, no scripts and no hydration markers', () => {
    const html = renderDocument(h('html', { lang: 'en' }, h('head', null, h('title', null, 'A & B')), h('body', null, h('p', null, 'x'))))
    expect(html).toBe('<!DOCTYPE html><html lang="en"><head><title>A &amp; B</title></head><body><p>x</p></body></html>')
  })
})

describe('readPackageFile', () => {
  it('reads a file a package exports', () => {
    expect(readPackageFile('@versus/ui/styles.css')).toContain(':root')
  })
})

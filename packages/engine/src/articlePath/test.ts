import { describe, expect, it } from 'vitest'
import { articlePath } from './index'

describe('articlePath', () => {
  it('builds /articles/<slug>', () => {
    expect(articlePath('why-nis2')).toBe('/articles/why-nis2')
  })
})

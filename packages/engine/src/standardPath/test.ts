import { describe, expect, it } from 'vitest'
import { standardPath } from './index'

describe('standardPath', () => {
  it('builds /standards/<slug>', () => {
    expect(standardPath('gdpr')).toBe('/standards/gdpr')
  })
})

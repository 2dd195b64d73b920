import { describe, expect, it } from 'vitest'
import type { RelationType } from '../types'
import { relationSentence } from './index'

describe('relationSentence', () => {
  it.each([
    ['extends', 'ISO 27701 extends ISO 27001'],
    ['builds-on', 'ISO 27701 builds on ISO 27001'],
    ['maps-to', 'ISO 27701 maps to ISO 27001'],
    ['replaces', 'ISO 27701 replaces ISO 27001'],
    ['complements', 'ISO 27701 complements ISO 27001'],
    ['takes-precedence', 'ISO 27701 takes precedence over ISO 27001'],
  ] as const)('%s', (relation, sentence) => {
    expect(relationSentence('ISO 27701', relation, 'ISO 27001')).toBe(sentence)
  })

  it('never leaves double spaces or "undefined"', () => {
    expect(relationSentence('  ISO  27701 ', 'extends', '')).toBe('ISO 27701 extends')
    expect(relationSentence('A', 'supersedes' as RelationType, 'B')).toBe('A relates to B')
  })
})

import { describe, expect, it } from 'vitest'

import { detectFormat } from './detect-format'
import { readFixture } from './fixtures/read-fixture'

describe('detectFormat', () => {
  it.each([
    ['ciso-framework.yaml', 'ciso-assistant'],
    ['ciso-mapping.yaml', 'ciso-assistant'],
    ['ciso-problems.yaml', 'ciso-assistant'],
    ['oscal-catalog.json', 'oscal-catalog'],
    ['oscal-catalog-problems.json', 'oscal-catalog'],
    ['oscal-mapping-collection.json', 'oscal-mapping-collection'],
    ['oscal-mapping-collection-problems.json', 'oscal-mapping-collection'],
    ['crosswalk.csv', 'crosswalk-csv'],
    ['crosswalk-problems.csv', 'crosswalk-csv'],
  ])('reads %s as %s by its content', (name, format) => {
    expect(detectFormat(readFixture(name))).toBe(format)
  })

  it('knows a CSV by its column row even without our first line', () => {
    expect(detectFormat('Source,Target,Relationship\nA,B,equal\n')).toBe('crosswalk-csv')
  })

  it('never claims a Versus transfer file, even one with a catalog key', () => {
    expect(detectFormat('{"format": "versus/1", "standards": [{"slug": "iso-27001"}]}')).toBeNull()
    expect(detectFormat('{"format": "versus/1", "catalog": {}}')).toBeNull()
    expect(detectFormat('  {"catalog": {"groups": []}}')).toBe('oscal-catalog')
  })

  it('answers null for anything else', () => {
    expect(detectFormat('')).toBeNull()
    expect(detectFormat('{not json')).toBeNull()
    expect(detectFormat('[1, 2]')).toBeNull()
    expect(detectFormat('{"catalog": []}')).toBeNull()
    expect(detectFormat('objects:\n  something: 1\n')).toBeNull()
    expect(detectFormat('objects:\n  - [unclosed\n')).toBeNull()
    expect(detectFormat('name,slug\nISO,iso\n')).toBeNull()
    expect(detectFormat('just some text')).toBeNull()
  })
})

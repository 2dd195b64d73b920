import { describe, expect, it } from 'vitest'

import { readFixture } from './fixtures/read-fixture'
import { parseCrosswalkFile } from './parse-crosswalk-file'

describe('parseCrosswalkFile', () => {
  it('hands each format to its parser with its options', () => {
    const yaml = parseCrosswalkFile(readFixture('ciso-framework.yaml'), {
      cisoAssistant: { editions: { 'urn:versus:risk:framework:demo-2024': { edition: 'demo-x', standard: 'demo' } } },
    })
    expect(yaml.format).toBe('ciso-assistant')
    expect(yaml.format && yaml.bundle.editions[0]?.id).toBe('demo-x')
    const catalog = parseCrosswalkFile(readFixture('oscal-catalog.json'), { oscalCatalog: { edition: { edition: 'cat-1', standard: 'cat' } } })
    expect(catalog.format && catalog.bundle.requirements.length).toBe(7)
    const mapping = parseCrosswalkFile(readFixture('oscal-mapping-collection.json'), { oscalMapping: { publisher: 'ignored: the file names one' } })
    expect(mapping.format && mapping.bundle.sets[0]?.publisher).toBe('Demo Mapping Team')
    const csv = parseCrosswalkFile(readFixture('crosswalk.csv'))
    expect(csv.format && csv.bundle.mappings.length).toBe(6)
  })

  it('leaves a Versus transfer file to its own import', () => {
    expect(parseCrosswalkFile('{"format": "versus/1", "standards": []}')).toEqual({ format: null })
  })
})

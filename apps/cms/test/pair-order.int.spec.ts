import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Aspect, Comparison, Standard } from '../src/payload-types'
import { comparePair } from '../src/lib/engine-records'
import { previewPath } from '../src/lib/preview-url'
import { adapters, bootPayload, incomplete, shutdown, standardData } from './helpers'

type Row = NonNullable<Comparison['aspectOverrides']>[number]

/** Which standard each override replaces, by short name: what must survive any change of order. */
function overridden(doc: Comparison, names: Map<string, string>): string[] {
  const id = (value: unknown) => String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)
  return (doc.aspectOverrides ?? []).map((row: Row) => `${row.value} → ${names.get(id(row.side === 'a' ? doc.standardA : doc.standardB))}`)
}

// The order an editor gives a comparison (standardA first) is its page's order; swapping it must
// keep every override on its own standard (docs/content-model.md, "Order of a comparison").
describe.each(adapters())('the order of a comparison on $name', (adapter) => {
  let payload: Payload
  let aspect: Aspect
  let iso: Standard
  let soc: Standard
  let names: Map<string, string>
  let comparison: Comparison

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'pair-order')
    const category = await payload.create({ collection: 'categories', data: { name: 'Security', slug: 'security' } })
    aspect = await payload.create({ collection: 'aspects', data: incomplete({ name: 'Testing', order: 10 }) })
    iso = await payload.create({ collection: 'standards', data: standardData({ shortName: 'ISO 27001', category: category.id }) })
    soc = await payload.create({ collection: 'standards', data: standardData({ shortName: 'SOC 2', category: category.id }) })
    names = new Map([
      [String(iso.id), 'ISO 27001'],
      [String(soc.id), 'SOC 2'],
    ])
    comparison = await payload.create({
      collection: 'comparisons',
      data: {
        standardA: soc.id,
        standardB: iso.id,
        aspectOverrides: [
          { aspect: aspect.id, side: 'a', value: 'Type II audit' },
          { aspect: aspect.id, side: 'b', value: 'Certification audit' },
        ],
        _status: 'published',
      },
    })
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('keeps the order the editor chose: title, preview address and generated model follow it', async () => {
    expect(comparison.title).toBe('SOC 2 vs ISO 27001')
    const stored = await payload.findByID({ collection: 'comparisons', id: comparison.id, depth: 0 })
    expect([String(stored.standardA), String(stored.standardB)]).toEqual([String(soc.id), String(iso.id)])
    const req = { payload, context: {} } as never
    expect(await previewPath('comparisons', stored as never, req)).toBe('/compare/soc-2-vs-iso-27001')
    const pair = await comparePair(req, { a: String(soc.id), b: String(iso.id) }, stored)
    expect(pair?.model.title).toBe('SOC 2 vs ISO 27001')
    expect(pair?.model.pair.path).toBe('/compare/soc-2-vs-iso-27001')
    expect(overridden(stored, names)).toEqual(['Type II audit → SOC 2', 'Certification audit → ISO 27001'])
  })

  it('swaps the order as the admin form sends it (rows unchanged): each override stays with its standard', async () => {
    const before = await payload.findByID({ collection: 'comparisons', id: comparison.id, depth: 0 })
    const swapped = await payload.update({
      collection: 'comparisons',
      id: comparison.id,
      depth: 0,
      data: { standardA: iso.id, standardB: soc.id, aspectOverrides: before.aspectOverrides },
    })
    expect(swapped.title).toBe('ISO 27001 vs SOC 2')
    expect(overridden(swapped, names)).toEqual(['Type II audit → SOC 2', 'Certification audit → ISO 27001'])
    expect(swapped.aspectOverrides?.map((row) => row.side)).toEqual(['b', 'a'])
    const req = { payload, context: {} } as never
    expect(await previewPath('comparisons', swapped as never, req)).toBe('/compare/iso-27001-vs-soc-2')
  })

  it('swaps back without the rows in the write: the stored ones follow', async () => {
    const back = await payload.update({ collection: 'comparisons', id: comparison.id, depth: 0, data: { standardA: soc.id, standardB: iso.id } })
    expect(back.title).toBe('SOC 2 vs ISO 27001')
    expect(overridden(back, names)).toEqual(['Type II audit → SOC 2', 'Certification audit → ISO 27001'])
  })

  it('takes rows whose side the write changed (the admin swap button turns them itself) as written', async () => {
    const before = await payload.findByID({ collection: 'comparisons', id: comparison.id, depth: 0 })
    const turned = (before.aspectOverrides ?? []).map((row) => ({ ...row, side: row.side === 'a' ? ('b' as const) : ('a' as const) }))
    const swapped = await payload.update({
      collection: 'comparisons',
      id: comparison.id,
      depth: 0,
      data: { standardA: iso.id, standardB: soc.id, aspectOverrides: [...turned, { aspect: aspect.id, side: 'a', value: 'ISMS audit' }] },
    })
    expect(overridden(swapped, names)).toEqual(['Type II audit → SOC 2', 'Certification audit → ISO 27001', 'ISMS audit → ISO 27001'])
  })

  it('swaps a draft the same way, and publishing it keeps the sides', async () => {
    const draft = await payload.update({ collection: 'comparisons', id: comparison.id, depth: 0, draft: true, data: { standardA: soc.id, standardB: iso.id, _status: 'draft' } })
    expect(overridden(draft, names)).toEqual(['Type II audit → SOC 2', 'Certification audit → ISO 27001', 'ISMS audit → ISO 27001'])
    const published = await payload.update({ collection: 'comparisons', id: comparison.id, depth: 0, data: { _status: 'published' } })
    expect(published.title).toBe('SOC 2 vs ISO 27001')
    expect(overridden(published, names)).toEqual(['Type II audit → SOC 2', 'Certification audit → ISO 27001', 'ISMS audit → ISO 27001'])
  })
})

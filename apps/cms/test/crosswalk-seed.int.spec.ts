import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../src/seed/seed'
import * as content from '../src/seed/content'
import { smallBundle } from './crosswalk-fixtures'
import { adapters, bootPayload, shutdown } from './helpers'

describe.each(adapters())('seeding crosswalks on $name', (adapter) => {
  let payload: Payload
  const withBundle = { ...content, crosswalkBundles: [smallBundle()] }

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'crosswalk-seed')
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('writes the bundles and gives every other standard its current edition', async () => {
    const report = await seed(payload, withBundle)
    const others = content.standards.filter((s) => s.slug !== 'iso-27001' && s.slug !== 'nist-csf-2')
    expect(report['crosswalk editions']).toEqual({ created: 3 + others.length, updated: 0, unchanged: 0 })
    expect(report['crosswalk mappings']).toEqual({ created: 5, updated: 0, unchanged: 0 })

    const editions = await payload.find({ collection: 'editions', depth: 1, limit: 0, pagination: false })
    const bySlug = new Map(editions.docs.map((edition) => [edition.slug, edition]))
    for (const standard of others) {
      expect(bySlug.get(`${standard.slug}-${standard.editionYear}`), standard.slug).toMatchObject({
        year: standard.editionYear,
        status: 'current',
        textLicence: 'ids-only',
        standard: { slug: standard.slug },
      })
    }
    expect(bySlug.get('iso-27001-2022')).toMatchObject({ status: 'current', supersedes: { slug: 'iso-27001-2013' } })
  })

  it('changes nothing when run again', async () => {
    const report = await seed(payload, withBundle)
    for (const [name, counts] of Object.entries(report)) expect(counts, name).toMatchObject({ created: 0, updated: 0 })
  })

  it('refuses bundles that do not fit, naming the problem, and writes none of the seed', async () => {
    const bad = smallBundle()
    bad.requirements.push({ edition: 'iso-27001-2022', refId: 'A.5.99', assessable: true, text: 'Quoted ISO text.' })
    const before = (await payload.count({ collection: 'requirements' })).totalDocs
    await expect(seed(payload, { ...content, crosswalkBundles: [bad] })).rejects.toThrow(
      /requirement iso-27001-2022 A\.5\.99, text: The edition's licence is "titles-and-ids"/,
    )
    expect((await payload.count({ collection: 'requirements' })).totalDocs).toBe(before)
  })
})

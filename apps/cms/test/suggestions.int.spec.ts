import { getPayload, handleEndpoints } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import type { SuggestionItem } from '../src/endpoints/suggestions'
import { seed } from '../src/seed/seed'
import { adapters, incomplete, shutdown, standardData } from './helpers'

// Suggestions on the seeded catalogue (issue 13, item 8): strong signals rank, weak ones (same
// jurisdiction, few published comparisons) only break ties, visitors' requests count, drafts never
// published stay out.

const quiet = { disableRevalidate: true }

describe.each(adapters())('suggestions on the seeded catalogue on $name', (adapter) => {
  const config = createConfig({ databaseURI: adapter.databaseURI('suggestions') })
  let payload: Payload
  const key = `suggestions-${adapter.name}-${Math.random().toString(36).slice(2)}`
  let token: string

  // Through the endpoint as the admin calls it, on this suite's own Payload instance (by its cache key).
  const suggestions = async (): Promise<SuggestionItem[]> => {
    const response = await handleEndpoints({
      config,
      payloadInstanceCacheKey: key,
      request: new Request('http://cms.test/api/editorial/suggestions?limit=200', { headers: { Authorization: `JWT ${token}` } }),
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { suggestions: SuggestionItem[] }).suggestions
  }
  const rank = (list: SuggestionItem[], slug: string) => list.findIndex((s) => s.pair.slug === slug)

  beforeAll(async () => {
    payload = await getPayload({ config, key })
    await seed(payload)
    await payload.create({ collection: 'users', data: incomplete({ email: 'admin@example.test', password: 'admin-password-1' }) })
    await payload.create({ collection: 'users', data: incomplete({ email: 'editor@example.test', password: 'editor-password-1' }) })
    const login = await payload.login({ collection: 'users', data: { email: 'editor@example.test', password: 'editor-password-1' } })
    token = login.token ?? ''
    expect(token).toBeTruthy()
  }, 300_000)

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('ranks what the seeded data makes strong first, and a same-jurisdiction-only pair below, by tie-break alone', async () => {
    const list = await suggestions()
    // ISO 27701 and POPIA: both in Privacy & data protection, and each says it complements the other.
    expect(rank(list, 'iso-27701-vs-popia')).toBeGreaterThanOrEqual(0)
    expect(rank(list, 'iso-27701-vs-popia')).toBeLessThan(5)
    const strongKinds = list.find((s) => s.pair.slug === 'iso-27701-vs-popia')?.signals.filter((s) => !s.tieBreak).map((s) => s.kind)
    expect(strongKinds).toEqual(['category', 'relation', 'relation'])
    // ISO 17025 and PCI DSS share only their jurisdiction (International): no score, a tie-break.
    const weakOnly = list.find((s) => s.pair.slug === 'iso-17025-vs-pci-dss')
    expect(weakOnly).toMatchObject({ score: 0 })
    expect(weakOnly?.signals.every((s) => s.tieBreak)).toBe(true)
    expect(weakOnly?.reasons).toContain('Both apply in the same jurisdiction (International)')
    expect(rank(list, 'iso-17025-vs-pci-dss')).toBeGreaterThan(rank(list, 'iso-27701-vs-popia'))
    // Every pair with a strong signal ranks above it.
    for (const s of list.slice(0, rank(list, 'iso-17025-vs-pci-dss'))) expect(s.score > 0 || s.tieBreak >= weakOnly!.tieBreak).toBe(true)
    // Crosswalk links count: CSF 2.0 and SP 800-53 are both mapped to ISO 27001 (and SP 800-53 maps to CSF).
    expect(list.find((s) => s.pair.slug === 'nist-csf-2-vs-nist-sp-800-53')?.signals.map((s) => s.kind)).toContain('pivot')
  })

  it('lifts GDPR vs ISO 27001 into the top 5 when visitors ask for it (declined requests do not count)', async () => {
    const before = await suggestions()
    const unasked = before.find((s) => s.pair.slug === 'gdpr-vs-iso-27001')!
    expect(unasked.signals.filter((s) => !s.tieBreak), JSON.stringify(unasked.signals)).toEqual([])
    expect(rank(before, 'gdpr-vs-iso-27001')).toBeGreaterThan(5)

    // As the site files them: slugs as picked in the form, either order.
    for (const [standardA, standardB] of [
      ['gdpr', 'iso-27001'],
      ['iso-27001', 'gdpr'],
      ['gdpr', 'iso-27001'],
    ]) {
      await payload.create({ collection: 'visitor-suggestions', data: incomplete({ standardA, standardB }) })
    }
    await payload.create({ collection: 'visitor-suggestions', data: incomplete({ standardA: 'iso-17025', standardB: 'pci-dss', status: 'declined' }) })

    const after = await suggestions()
    const asked = after.find((s) => s.pair.slug === 'gdpr-vs-iso-27001')!
    expect(asked).toMatchObject({ score: 12, reasons: expect.arrayContaining(['Visitors asked for this comparison 3 times']) })
    expect(rank(after, 'gdpr-vs-iso-27001')).toBeLessThan(5)
    expect(rank(after, 'gdpr-vs-iso-27001')).toBeLessThan(rank(after, 'iso-17025-vs-pci-dss'))
    expect(after.find((s) => s.pair.slug === 'iso-17025-vs-pci-dss')?.score).toBe(0)
  })

  it('leaves out standards never published (test leftovers), and keeps one that was published once', async () => {
    const category = (await payload.find({ collection: 'categories', where: { slug: { equals: 'cybersecurity' } }, depth: 0 })).docs[0]!
    const iso27001 = (await payload.find({ collection: 'standards', where: { slug: { equals: 'iso-27001' } }, depth: 0 })).docs[0]!
    const related = [{ standard: iso27001.id, relation: 'extends' }]
    await payload.create({
      collection: 'standards',
      draft: true,
      context: quiet,
      data: standardData({ shortName: 'Leftover', category: category.id, related, _status: 'draft' }),
    })
    const once = await payload.create({
      collection: 'standards',
      context: quiet,
      data: standardData({ shortName: 'Once', category: category.id, related }),
    })
    await payload.update({ collection: 'standards', id: once.id, context: quiet, data: { _status: 'draft' } })

    const list = await suggestions()
    const slugs = list.flatMap((s) => s.pair.standards)
    expect(slugs).not.toContain('leftover')
    const kept = list.find((s) => s.pair.standards.includes('once') && s.pair.standards.includes('iso-27001'))
    expect(kept?.reasons[0]).toBe('Once extends ISO 27001')
  })
})

import { getPayload, handleEndpoints } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import type { CompletenessItem } from '../src/endpoints/completeness'
import type { GeneratedComparison } from '../src/endpoints/generated'
import type { SuggestionItem } from '../src/endpoints/suggestions'
import type { Aspect, Category, Comparison, Standard } from '../src/payload-types'
import { adapters, incomplete, shutdown, standardData } from './helpers'

const quiet = { disableRevalidate: true }

describe.each(adapters())('editorial tools on $name', (adapter) => {
  let config: SanitizedConfig
  let payload: Payload
  const key = `editorial-${adapter.name}-${Math.random().toString(36).slice(2)}`
  let token: string
  let scope: Aspect
  let penalties: Aspect
  let security: Category
  let privacy: Category
  let alpha: Standard
  let beta: Standard
  let gamma: Standard
  let delta: Standard
  let comparison: Comparison

  async function rest(path: string, init: RequestInit & { auth?: boolean } = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    if (init.auth !== false) headers.set('Authorization', `JWT ${token}`)
    return handleEndpoints({
      config,
      payloadInstanceCacheKey: key,
      request: new Request(`http://cms.test${path}`, { ...init, headers }),
    })
  }

  async function generated(id: number | string): Promise<GeneratedComparison> {
    const response = await rest(`/api/comparisons/${id}/generated?draft=true`)
    expect(response.status).toBe(200)
    return (await response.json()) as GeneratedComparison
  }

  async function reload(): Promise<Comparison> {
    return payload.findByID({ collection: 'comparisons', id: comparison.id, depth: 0, draft: true })
  }

  const aspectValues = (scopeValue: string) => [
    { aspect: scope.id, value: scopeValue },
    { aspect: penalties.id, value: 'Fines' },
  ]

  beforeAll(async () => {
    config = await createConfig({ databaseURI: adapter.databaseURI('editorial') })
    payload = await getPayload({ config, key })
    await payload.create({
      collection: 'users',
      data: incomplete({ email: 'admin@example.test', password: 'admin-password-1' }),
    })
    await payload.create({
      collection: 'users',
      data: incomplete({ email: 'editor@example.test', password: 'editor-password-1' }),
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: 'editor@example.test', password: 'editor-password-1' },
    })
    token = login.token ?? ''
    expect(token).not.toBe('')

    scope = await payload.create({ collection: 'aspects', data: { name: 'Scope', slug: 'scope', order: 1 } })
    penalties = await payload.create({ collection: 'aspects', data: { name: 'Penalties', slug: 'penalties', order: 2 } })
    security = await payload.create({ collection: 'categories', data: incomplete({ name: 'Security' }) })
    privacy = await payload.create({ collection: 'categories', data: incomplete({ name: 'Privacy' }) })
    alpha = await payload.create({
      collection: 'standards',
      context: quiet,
      data: standardData({
        shortName: 'Alpha',
        category: security.id,
        tagline: 'Guidelines for alpha security.',
        aspectValues: aspectValues('Alpha scope'),
      }),
    })
    beta = await payload.create({
      collection: 'standards',
      context: quiet,
      data: standardData({
        shortName: 'Beta',
        category: privacy.id,
        tagline: 'Rules for beta privacy.',
        aspectValues: aspectValues('Beta scope'),
        related: [{ standard: alpha.id, relation: 'extends' }],
      }),
    })
    gamma = await payload.create({
      collection: 'standards',
      context: quiet,
      data: standardData({ shortName: 'Gamma', category: privacy.id, jurisdiction: 'European Union' }),
    })
    delta = await payload.create({
      collection: 'standards',
      context: quiet,
      data: standardData({ shortName: 'Delta', category: security.id }),
    })
    // Written as B vs A on purpose: side "a" is Beta.
    comparison = await payload.create({
      collection: 'comparisons',
      context: quiet,
      data: incomplete({
        standardA: beta.id,
        standardB: alpha.id,
        verdict: 'The editor’s own verdict.',
        aspectOverrides: [{ aspect: scope.id, side: 'b', value: 'Alpha scope, as the editor puts it' }],
        _status: 'published',
      }),
    })
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('records the generated value each override was written against', async () => {
    const saved = await reload()
    const { model } = await generated(comparison.id)
    expect(saved.verdictBasis).toBe(model.generatedVerdict)
    expect(saved.verdictBasis).toContain('Alpha')
    expect(saved.aspectOverrides?.[0]).toMatchObject({ basis: 'Alpha scope', accept: false })
  })

  it('answers the generated model for the pair, overrides applied, in both orders of the sides', async () => {
    const body = await generated(comparison.id)
    // The editor put Beta first (standardA): the pair is shown in that order, not the canonical one.
    expect(body.model.title).toBe('Beta vs Alpha')
    expect(body.sides).toEqual({ a: 0, b: 1 })
    expect(body.model.verdict).toEqual({ text: 'The editor’s own verdict.', generated: false })
    expect(body.model.differences[0]).toMatchObject({
      values: ['Beta scope', 'Alpha scope, as the editor puts it'],
      overridden: [false, true],
      generated: ['Beta scope', 'Alpha scope'],
    })
    expect(body.model.traits.shared.map((trait) => trait.key)).toContain('jurisdiction:international')
    expect(body.stale).toEqual([])

    const bare = await rest(`/api/comparisons/generated?a=${alpha.id}&b=${beta.id}`)
    expect(bare.status).toBe(200)
    const bareBody = (await bare.json()) as GeneratedComparison
    expect(bareBody.model.verdict.generated).toBe(true)
    expect(bareBody.model.differences[0]?.values).toEqual(['Alpha scope', 'Beta scope'])
    expect(bareBody.model.relations.map((relation) => relation.sentence)).toEqual(['Beta extends Alpha'])
  })

  it('ignores a basis sent by the client: the server writes it', async () => {
    const saved = await reload()
    const updated = await payload.update({
      collection: 'comparisons',
      id: comparison.id,
      context: quiet,
      data: {
        verdictBasis: 'forged',
        aspectOverrides: saved.aspectOverrides?.map((row) => ({ ...row, basis: 'forged' })),
      },
    })
    expect(updated.verdictBasis).toBe(saved.verdictBasis)
    expect(updated.aspectOverrides?.[0]?.basis).toBe('Alpha scope')
  })

  it('keeps the override when the standard changes, and flags it stale', async () => {
    await payload.update({
      collection: 'standards',
      id: alpha.id,
      context: quiet,
      data: { tagline: 'Guidelines for alpha resilience.', aspectValues: aspectValues('Alpha scope, widened') },
    })
    const saved = await reload()
    expect(saved.aspectOverrides?.[0]?.value).toBe('Alpha scope, as the editor puts it')

    const body = await generated(comparison.id)
    expect(body.model.differences[0]).toMatchObject({
      values: ['Beta scope', 'Alpha scope, as the editor puts it'],
      generated: ['Beta scope', 'Alpha scope, widened'],
    })
    const row = saved.aspectOverrides?.[0]
    expect(body.stale).toEqual([
      {
        kind: 'verdict',
        aspect: null,
        standard: null,
        basis: saved.verdictBasis,
        generated: body.model.generatedVerdict,
        rowId: null,
        side: null,
      },
      {
        kind: 'aspect',
        aspect: 'scope',
        standard: 'alpha',
        basis: 'Alpha scope',
        generated: 'Alpha scope, widened',
        rowId: row?.id,
        side: 'b',
      },
    ])
    expect(body.model.generatedVerdict).toContain('alpha resilience')
  })

  it('keeps the old basis through unrelated saves, and refreshes it when accepted', async () => {
    const before = await reload()
    const untouched = await payload.update({
      collection: 'comparisons',
      id: comparison.id,
      context: quiet,
      data: { summary: 'An unrelated edit.' },
    })
    expect(untouched.aspectOverrides?.[0]?.basis).toBe('Alpha scope')
    expect((await generated(comparison.id)).stale).toHaveLength(2)

    const accepted = await payload.update({
      collection: 'comparisons',
      id: comparison.id,
      context: quiet,
      data: {
        verdictAccept: true,
        aspectOverrides: before.aspectOverrides?.map((row) => ({ ...row, accept: true })),
      },
    })
    expect(accepted.aspectOverrides?.[0]).toMatchObject({
      value: 'Alpha scope, as the editor puts it',
      basis: 'Alpha scope, widened',
      accept: false,
    })
    expect(accepted.verdictAccept).toBe(false)
    expect(accepted.verdictBasis).toContain('alpha resilience')
    expect((await generated(comparison.id)).stale).toEqual([])
  })

  it('refreshes the basis when the override itself changes, and clears it with the override', async () => {
    await payload.update({
      collection: 'standards',
      id: alpha.id,
      context: quiet,
      data: { aspectValues: aspectValues('Alpha scope, narrowed') },
    })
    const saved = await reload()
    const rewritten = await payload.update({
      collection: 'comparisons',
      id: comparison.id,
      context: quiet,
      data: {
        verdict: '',
        aspectOverrides: [
          ...(saved.aspectOverrides ?? []).map((row) => ({ ...row, value: 'Rewritten by the editor' })),
          { aspect: penalties.id, side: 'a', value: 'No fines for Beta' },
        ],
      },
    })
    expect(rewritten.verdictBasis).toBeNull()
    expect(rewritten.aspectOverrides?.map((row) => row.basis)).toEqual(['Alpha scope, narrowed', 'Fines'])
    expect((await generated(comparison.id)).stale).toEqual([])
  })

  it('suggests only pairs with no comparison, in either order, most related first', async () => {
    // A draft comparison counts as existing too.
    await payload.create({
      collection: 'comparisons',
      draft: true,
      context: quiet,
      data: incomplete({ standardA: delta.id, standardB: gamma.id, _status: 'draft' }),
    })
    const response = await rest('/api/editorial/suggestions')
    expect(response.status).toBe(200)
    const { suggestions } = (await response.json()) as { suggestions: SuggestionItem[] }
    const slugs = suggestions.map((s) => s.pair.slug)
    expect(slugs).not.toContain('alpha-vs-beta')
    expect(slugs).not.toContain('delta-vs-gamma')
    expect(slugs).toEqual(['alpha-vs-delta', 'beta-vs-gamma', 'beta-vs-delta', 'alpha-vs-gamma'])
    expect(suggestions[0]).toMatchObject({
      title: 'Alpha vs Delta',
      ids: [String(alpha.id), String(delta.id)],
      reasons: expect.arrayContaining(['Both are in Security', 'Delta has no published comparison yet']),
    })

    // The button's request: a draft comparison of the suggested pair, in suggestion order.
    const created = await rest('/api/comparisons?draft=true', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ standardA: suggestions[0]?.ids[0], standardB: suggestions[0]?.ids[1], _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const after = (await (await rest('/api/editorial/suggestions')).json()) as { suggestions: SuggestionItem[] }
    expect(after.suggestions.map((s) => s.pair.slug)).toEqual(['beta-vs-gamma', 'beta-vs-delta', 'alpha-vs-gamma'])
  })

  it('reports completeness per standard and for all, weakest first', async () => {
    const one = await rest(`/api/editorial/completeness?standard=${gamma.id}`)
    expect(one.status).toBe(200)
    const { report } = (await one.json()) as { report: CompletenessItem }
    expect(report).toMatchObject({ id: String(gamma.id), slug: 'gamma', name: 'Gamma' })
    expect(report.issues.find((issue) => issue.field === 'aspectValues')).toMatchObject({
      severity: 'missing',
      aspects: ['scope', 'penalties'],
    })
    expect(report.sections.map((section) => section.label)).toContain('Key differences')
    expect(report.score).toBeLessThan(100)

    const all = (await (await rest('/api/editorial/completeness')).json()) as { reports: CompletenessItem[] }
    expect(all.reports.map((r) => r.slug).sort()).toEqual(['alpha', 'beta', 'delta', 'gamma'])
    const scores = all.reports.map((r) => r.score)
    expect(scores).toEqual([...scores].sort((x, y) => x - y))
    // Alpha and Beta have aspect values and Beta a related standard: they rank above the bare ones.
    expect(all.reports.at(-1)?.slug).toBe('beta')

    expect((await rest('/api/editorial/completeness?standard=999999')).status).toBe(404)
  })

  it('refuses visitors on every editorial endpoint', async () => {
    for (const path of [
      '/api/editorial/suggestions',
      '/api/editorial/completeness',
      `/api/comparisons/${comparison.id}/generated`,
      `/api/comparisons/generated?a=${alpha.id}&b=${beta.id}`,
    ]) {
      const response = await rest(path, { auth: false })
      expect(response.status, path).toBe(401)
    }
  })

  it('answers clear errors for bad requests', async () => {
    expect((await rest('/api/comparisons/generated?a=1')).status).toBe(400)
    const self = await rest(`/api/comparisons/generated?a=${alpha.id}&b=${alpha.id}`)
    expect(self.status).toBe(400)
    expect(await self.json()).toEqual({ errors: [{ message: 'A comparison needs two different standards.' }] })
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Edition, MappingSet, Requirement, User } from '../src/payload-types'
import { adapters, bootPayload, incomplete, shutdown, standardData, validationMessages } from './helpers'

describe.each(adapters())('crosswalk collections on $name', (adapter) => {
  let payload: Payload
  let editor: User
  let full: Edition
  let idsOnly: Edition
  let draftEdition: Edition
  let publicSet: MappingSet
  let draftSet: MappingSet
  const reqs = {} as Record<'s1' | 's2' | 't1' | 'd1', Requirement>

  const requirement = async (edition: Edition, refId: string, extra: Record<string, unknown> = {}) =>
    payload.create({ collection: 'requirements', data: incomplete({ edition: edition.id, refId, assessable: true, ...extra }) })

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'crosswalk-collections')
    await payload.create({ collection: 'users', data: incomplete({ email: 'admin@example.test', password: 'admin-password-1' }) })
    editor = await payload.create({ collection: 'users', data: incomplete({ email: 'editor@example.test', password: 'editor-password-1' }) })
    const category = await payload.create({ collection: 'categories', data: incomplete({ name: 'Security' }) })
    const standard = await payload.create({ collection: 'standards', data: standardData({ shortName: 'Std One', category: category.id }) })
    const other = await payload.create({ collection: 'standards', data: standardData({ shortName: 'Std Two', category: category.id }) })
    const edition = (slug: string, standardId: unknown, textLicence: string, status = 'current') =>
      payload.create({ collection: 'editions', data: incomplete({ standard: standardId, slug, label: slug, year: 2022, status, textLicence }) })
    full = await edition('std-one-2022', standard.id, 'full-text')
    idsOnly = await edition('std-two-2022', other.id, 'ids-only')
    draftEdition = await edition('std-two-2025', other.id, 'ids-only', 'draft')
    reqs.s1 = await requirement(full, 'S.1', { title: 'First', text: 'Official words.' })
    reqs.s2 = await requirement(full, 'S.2', { parent: reqs.s1.id })
    reqs.t1 = await requirement(idsOnly, 'T-1', { summary: 'Our words.' })
    reqs.d1 = await requirement(draftEdition, 'D-1')
    const set = (slug: string, status: string) =>
      payload.create({
        collection: 'mapping-sets',
        data: incomplete({ slug, title: slug, sourceEdition: full.id, targetEdition: idsOnly.id, publisher: 'Versus editorial', method: 'set-theory', status }),
      })
    publicSet = await set('std-one-2022--std-two-2022', 'complete')
    draftSet = await set('std-one-2022--std-two-2022-draft', 'draft')
    for (const mappingSet of [publicSet, draftSet]) {
      await payload.create({
        collection: 'mappings',
        data: incomplete({ set: mappingSet.id, sources: [reqs.s1.id], targets: [reqs.t1.id], relationship: 'subset' }),
      })
    }
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('refuses every write from visitors', async () => {
    const attempts = [
      () => payload.create({ collection: 'editions', overrideAccess: false, data: incomplete({ standard: full.standard, slug: 'x-1', label: 'x', year: 2020, status: 'current', textLicence: 'ids-only' }) }),
      () => payload.create({ collection: 'requirements', overrideAccess: false, data: incomplete({ edition: full.id, refId: 'X.9' }) }),
      () => payload.update({ collection: 'mapping-sets', id: publicSet.id, overrideAccess: false, data: { title: 'Hacked' } }),
      () => payload.delete({ collection: 'mappings', where: { set: { equals: publicSet.id } }, overrideAccess: false }),
      () => payload.delete({ collection: 'requirements', id: reqs.s2.id, overrideAccess: false }),
    ]
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ status: 403 })
  })

  it('shows visitors no draft edition, draft set, nor their requirements and rows', async () => {
    const slugs = async (collection: 'editions' | 'mapping-sets', user?: User) =>
      (await payload.find({ collection, overrideAccess: false, user, pagination: false })).docs.map((doc) => doc.slug).sort()
    expect(await slugs('editions')).toEqual(['std-one-2022', 'std-two-2022'])
    expect(await slugs('editions', editor)).toEqual(['std-one-2022', 'std-two-2022', 'std-two-2025'])
    expect(await slugs('mapping-sets')).toEqual(['std-one-2022--std-two-2022'])
    const refIds = (await payload.find({ collection: 'requirements', overrideAccess: false, pagination: false })).docs.map((doc) => doc.refId).sort()
    expect(refIds).toEqual(['S.1', 'S.2', 'T-1'])
    const rows = await payload.find({ collection: 'mappings', overrideAccess: false, pagination: false, depth: 0 })
    expect(rows.docs.map((row) => String(typeof row.set === 'object' ? row.set.id : row.set))).toEqual([String(publicSet.id)])
    expect((await payload.find({ collection: 'mappings', overrideAccess: false, user: editor, pagination: false })).totalDocs).toBe(2)
    await expect(payload.findByID({ collection: 'editions', id: draftEdition.id, overrideAccess: false })).rejects.toMatchObject({ status: 404 })
  })

  it('hides from visitors a set naming a draft edition, and everything of a standard never published, with their rows', async () => {
    const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]!
    const unpublished = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Std Three', category: category.id, _status: 'draft' }),
      draft: true,
    })
    const hiddenEdition = await payload.create({
      collection: 'editions',
      data: incomplete({ standard: unpublished.id, slug: 'std-three-2024', label: 'Std Three 2024', year: 2024, status: 'current', textLicence: 'ids-only' }),
    })
    const hiddenRequirement = await payload.create({ collection: 'requirements', data: incomplete({ edition: hiddenEdition.id, refId: 'H-1', assessable: true }) })
    const sets = [] as MappingSet[]
    for (const [slug, target, targetRequirement] of [
      ['std-one-2022--std-two-2025', draftEdition, reqs.d1],
      ['std-one-2022--std-three-2024', hiddenEdition, hiddenRequirement],
    ] as const) {
      const set = await payload.create({
        collection: 'mapping-sets',
        data: incomplete({ slug, title: slug, sourceEdition: full.id, targetEdition: target.id, publisher: 'Versus editorial', method: 'set-theory', status: 'complete' }),
      })
      sets.push(set)
      await payload.create({ collection: 'mappings', data: incomplete({ set: set.id, sources: [reqs.s1.id], targets: [targetRequirement.id], relationship: 'subset' }) })
    }
    try {
      const visitor = async (collection: 'editions' | 'requirements' | 'mapping-sets' | 'mappings') =>
        (await payload.find({ collection, overrideAccess: false, pagination: false, depth: 0 })).docs.map((doc) => String(doc.id))
      expect(await visitor('editions')).not.toContain(String(hiddenEdition.id))
      expect(await visitor('requirements')).not.toContain(String(hiddenRequirement.id))
      expect(await visitor('mapping-sets')).toEqual([String(publicSet.id)])
      const rows = await payload.find({ collection: 'mappings', overrideAccess: false, pagination: false, depth: 0 })
      expect(rows.docs.map((row) => String(typeof row.set === 'object' ? row.set.id : row.set))).toEqual([String(publicSet.id)])
      // Signed in, all of it.
      const editorSets = (await payload.find({ collection: 'mapping-sets', overrideAccess: false, user: editor, pagination: false })).docs
      expect(editorSets).toHaveLength(4)
    } finally {
      for (const set of sets) await payload.delete({ collection: 'mapping-sets', id: set.id })
      await payload.delete({ collection: 'requirements', id: hiddenRequirement.id })
      await payload.delete({ collection: 'editions', id: hiddenEdition.id })
      await payload.delete({ collection: 'standards', id: unpublished.id })
    }
  })

  it('derives the URL segment and refuses a duplicate refId in the same edition', async () => {
    expect(reqs.s1.slug).toBe('s-1')
    const messages = await validationMessages(() => requirement(full, 'S.1'))
    expect(messages).toEqual([{ path: 'refId', message: '"S.1" is already a requirement of this edition.' }])
  })

  it('refuses official text and titles the edition licence does not allow', async () => {
    const messages = await validationMessages(() => requirement(idsOnly, 'T-9', { title: 'Official title', text: 'Official text.' }))
    expect(messages.map((m) => m.path).sort()).toEqual(['text', 'title'])
    expect(messages.find((m) => m.path === 'text')?.message).toMatch(/"ids-only".*may not be stored/)
  })

  it('refuses a parent from another edition', async () => {
    const messages = await validationMessages(() => requirement(full, 'S.3', { parent: reqs.t1.id }))
    expect(messages).toEqual([{ path: 'parent', message: '"T-1" belongs to another edition: the parent must be in the same edition.' }])
  })

  it('refuses mapping sources and targets outside the set editions', async () => {
    const messages = await validationMessages(() =>
      payload.create({
        collection: 'mappings',
        data: incomplete({ set: publicSet.id, sources: [reqs.t1.id], targets: [reqs.s1.id], relationship: 'equal' }),
      }),
    )
    expect(messages).toEqual([
      { path: 'sources', message: "T-1 is not in the set's source edition." },
      { path: 'targets', message: "S.1 is not in the set's target edition." },
    ])
  })

  it('takes a gap row (one side empty) only as not-related', async () => {
    const gap = await payload.create({
      collection: 'mappings',
      data: incomplete({ set: publicSet.id, sources: [reqs.s2.id], targets: [], relationship: 'not-related', gapNote: 'No counterpart.' }),
    })
    expect(gap.targets ?? []).toEqual([])
    expect(gap.title).toBe('S.2 → —')
    const messages = await validationMessages(() =>
      payload.create({ collection: 'mappings', data: incomplete({ set: publicSet.id, sources: [reqs.s2.id], targets: [], relationship: 'subset' }) }),
    )
    expect(messages).toEqual([{ path: 'targets', message: 'Name at least one requirement; one side may be empty only in a "not-related" gap row.' }])
    await payload.delete({ collection: 'mappings', id: gap.id })
  })

  it('marks the mappings of a changed requirement stale until an editor reviews them', async () => {
    await payload.update({ collection: 'requirements', id: reqs.s1.id, data: { title: 'First, renamed' }, overrideAccess: false, user: editor })
    const rows = await payload.find({ collection: 'mappings', where: { set: { equals: publicSet.id } }, depth: 0 })
    const [row] = rows.docs
    expect(row).toMatchObject({ stale: true, staleReason: 'S.1 changed (title)' })

    // An unrelated field (order) leaves the rows alone.
    await payload.update({ collection: 'requirements', id: reqs.t1.id, data: { order: 4 } })
    const t1Rows = await payload.find({ collection: 'mappings', where: { stale: { equals: true } }, depth: 0 })
    expect(t1Rows.docs.map((doc) => doc.staleReason)).toEqual(['S.1 changed (title)', 'S.1 changed (title)'])

    const reviewed = await payload.update({ collection: 'mappings', id: row!.id, data: { reviewStatus: 'reviewed' }, overrideAccess: false, user: editor })
    expect(reviewed).toMatchObject({ stale: false, staleReason: null, reviewStatus: 'reviewed' })
    expect(reviewed.reviewedAt).toBeTruthy()
  })
})

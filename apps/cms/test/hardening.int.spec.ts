import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Category, Standard } from '../src/payload-types'
import { QUERY_LIMITS } from '../src/lib/query-check'
import { adapters, bootPayload, shutdown, standardData, validationMessages } from './helpers'

// What the REST corpus (tests/e2e/malformed) sends, through the Local API on every adapter: the
// same refusals whether ids are integers (SQLite) or ObjectIds (MongoDB).
describe.each(adapters())('malformed input on $name', (adapter) => {
  let payload: Payload
  let category: Category
  let standard: Standard
  /** An id of the other adapter's shape: an ObjectId on SQLite, an integer on MongoDB. */
  let foreignId: string

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'hardening')
    category = await payload.create({ collection: 'categories', data: { name: 'Security', slug: 'security' } })
    standard = await payload.create({ collection: 'standards', data: standardData({ shortName: 'ISO 27001', category: category.id }) })
    foreignId = payload.db.defaultIDType === 'number' ? '507f1f77bcf86cd799439011' : '42'
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('answers an id of the wrong shape as not found', async () => {
    for (const id of ['not-an-id', foreignId, '1.5', '999999999']) {
      await expect(payload.findByID({ collection: 'standards', id }), id).rejects.toMatchObject({ status: 404 })
    }
    await expect(payload.delete({ collection: 'comparisons', id: 'not-an-id' })).rejects.toMatchObject({ status: 404 })
  })

  it('refuses a where whose values cannot be of their field’s type, naming the condition', async () => {
    const refused = (where: Record<string, unknown>) => payload.find({ collection: 'standards', where: where as never })
    await expect(refused({ category: { equals: 'abc' } })).rejects.toMatchObject({
      status: 400,
      message: 'where[category][equals]: "abc" is not a document id.',
    })
    await expect(refused({ id: { in: [String(standard.id), foreignId] } })).rejects.toMatchObject({ status: 400 })
    await expect(refused({ createdAt: { greater_than: 'notadate' } })).rejects.toMatchObject({ status: 400 })
    await expect(refused({ slug: { near: '1,2' } })).rejects.toMatchObject({ status: 400 })
    // What the site sends still runs.
    const found = await payload.find({ collection: 'standards', where: { and: [{ slug: { equals: 'iso-27001' } }, { category: { equals: category.id } }] } })
    expect(found.docs.map((doc) => doc.id)).toEqual([standard.id])
  })

  it('bounds population depth', async () => {
    await expect(payload.find({ collection: 'standards', depth: QUERY_LIMITS.maxDepth + 1 })).rejects.toMatchObject({ status: 400 })
    expect((await payload.find({ collection: 'standards', depth: QUERY_LIMITS.maxDepth })).totalDocs).toBe(1)
  })

  it('strips NUL and refuses overlong text and dangling references, drafts included', async () => {
    const draft = await payload.create({
      collection: 'standards',
      draft: true,
      data: { shortName: 'Draft\u0000 standard', category: category.id, _status: 'draft' } as never,
    })
    expect(draft.shortName).toBe('Draft standard')

    expect(
      await validationMessages(() =>
        payload.create({ collection: 'standards', draft: true, data: { shortName: 'x'.repeat(41), _status: 'draft' } as never }),
      ),
    ).toEqual([{ path: 'shortName', message: 'At most 40 characters (now 41).' }])

    const missing = payload.db.defaultIDType === 'number' ? 999999999 : '507f1f77bcf86cd799439099'
    expect(
      await validationMessages(() =>
        payload.update({ collection: 'standards', id: draft.id, draft: true, data: { category: missing } as never }),
      ),
    ).toEqual([{ path: 'category', message: `There is no categories document with id ${missing}.` }])

    expect(
      await validationMessages(() =>
        payload.update({ collection: 'standards', id: draft.id, draft: true, data: { sources: [{ label: 'x', url: 'javascript:alert(1)' }] } as never }),
      ),
    ).toEqual([{ path: 'sources.0.url', message: 'Use a full web address starting with http:// or https://.' }])
  })
})

/**
 * Issue 12, item 7 on the CMS side: visitors' suggestions (`visitor-suggestions`) are created only by
 * the site's signed server-to-server request and read and handled only by editors; the review fields
 * of standards and comparisons are stamped by an editor's first publish and name the reviewer by their
 * public display name only.
 */
import { getPayload, handleEndpoints } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import type { Category, User } from '../src/payload-types'
import { SUBMISSION_HEADER, signSubmissionToken } from '../src/lib/site-submission'
import { signPreviewToken } from '../src/lib/preview'
import { adapters, shutdown, standardData } from './helpers'

const SECRET = 'trust-test-secret-0123456789abcdef'
const PASSWORD = 'Versus-trust-suite-Passphrase-2026'

describe.each(adapters())('visitor suggestions and reviews on $name', (adapter) => {
  let config: SanitizedConfig
  let payload: Payload
  let editor: User
  let category: Category
  const key = `trust-${adapter.name}-${Math.random().toString(36).slice(2)}`

  async function rest(path: string, init: RequestInit = {}): Promise<Response> {
    return handleEndpoints({ config, payloadInstanceCacheKey: key, request: new Request(`http://cms.test${path}`, init) })
  }

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    rest('/api/visitor-suggestions', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })

  const count = async () => (await payload.count({ collection: 'visitor-suggestions', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    process.env.PREVIEW_SECRET = SECRET
    config = await createConfig({ databaseURI: adapter.databaseURI('trust') })
    payload = await getPayload({ config, key })
    // The first account becomes the admin; the second is an editor.
    await payload.create({ collection: 'users', data: { email: 'admin@trust.test', password: PASSWORD, role: 'admin' } as never })
    editor = (await payload.create({
      collection: 'users',
      data: { email: 'ann@trust.test', password: PASSWORD, role: 'editor', displayName: 'Ann Editor' } as never,
    })) as User
    category = await payload.create({ collection: 'categories', data: { name: 'Security', slug: 'security' }, context: { disableRevalidate: true } })
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('files a suggestion only with the site’s valid submission token', async () => {
    const before = await count()
    expect((await post({ standardA: 'gdpr', standardB: 'nis2' })).status).toBe(403)
    expect((await post({ standardA: 'gdpr', standardB: 'nis2' }, { [SUBMISSION_HEADER]: signSubmissionToken('wrong-secret') })).status).toBe(403)
    const expired = signSubmissionToken(SECRET, 60, Math.floor(Date.now() / 1000) - 3600)
    expect((await post({ standardA: 'gdpr', standardB: 'nis2' }, { [SUBMISSION_HEADER]: expired })).status).toBe(403)
    // A draft-read token is not a submission token.
    expect((await post({ standardA: 'gdpr', standardB: 'nis2' }, { [SUBMISSION_HEADER]: signPreviewToken(SECRET) })).status).toBe(403)
    expect(await count()).toBe(before)

    const filed = await post(
      { standardA: 'gdpr', standardB: 'nis2', message: '<b>For a bank</b>', email: 'visitor@example.org', status: 'done' },
      { [SUBMISSION_HEADER]: signSubmissionToken(SECRET) },
    )
    expect(filed.status).toBe(201)
    const { doc } = (await filed.json()) as { doc: { id: string | number } }
    const stored = await payload.findByID({ collection: 'visitor-suggestions', id: doc.id, overrideAccess: true })
    expect(stored).toMatchObject({ title: 'gdpr vs nis2', message: '<b>For a bank</b>', email: 'visitor@example.org' })
    // The anonymous sender cannot read it back, even with the token.
    expect((await rest(`/api/visitor-suggestions/${doc.id}`, { headers: { [SUBMISSION_HEADER]: signSubmissionToken(SECRET) } })).status).toBe(403)
    expect((await rest('/api/visitor-suggestions')).status).toBe(403)
  })

  it('refuses an empty suggestion and an invalid email even from the site', async () => {
    const token = { [SUBMISSION_HEADER]: signSubmissionToken(SECRET) }
    expect((await post({ message: '   ' }, token)).status).toBe(400)
    expect((await post({ message: 'x'.repeat(501) }, token)).status).toBe(400)
    expect((await post({ message: 'ok', email: 'not an address' }, token)).status).toBe(400)
  })

  it('lets editors read and move the status, never rewrite what the visitor wrote; anonymous cannot update or delete', async () => {
    const created = await post({ message: 'DORA vs ISO 22301' }, { [SUBMISSION_HEADER]: signSubmissionToken(SECRET) })
    const { doc } = (await created.json()) as { doc: { id: string | number } }
    const list = await payload.find({ collection: 'visitor-suggestions', user: editor, overrideAccess: false })
    expect(list.docs.map((d) => d.title)).toContain('DORA vs ISO 22301')
    const updated = await payload.update({
      collection: 'visitor-suggestions',
      id: doc.id,
      data: { status: 'planned', message: 'rewritten', editorNote: 'Good idea' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated).toMatchObject({ status: 'planned', message: 'DORA vs ISO 22301', editorNote: 'Good idea' })
    expect((await rest(`/api/visitor-suggestions/${doc.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"status":"done"}' })).status).toBe(403)
    expect((await rest(`/api/visitor-suggestions/${doc.id}`, { method: 'DELETE' })).status).toBe(403)
    expect((await payload.findByID({ collection: 'visitor-suggestions', id: doc.id, overrideAccess: true })).status).toBe('planned')
  })

  it('stamps an editor’s first publish as the review, by their display name, and leaves later publishes alone', async () => {
    // Written without a signed-in user (as the seed and imports write): no review is claimed.
    const unreviewed = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Trust One', category: category.id }),
      context: { disableRevalidate: true },
    })
    expect(unreviewed.lastReviewedAt ?? null).toBeNull()
    const published = await payload.update({
      collection: 'standards',
      id: unreviewed.id,
      data: { tagline: 'Checked against the sources.', _status: 'published' },
      user: editor,
      overrideAccess: false,
      context: { disableRevalidate: true },
    })
    expect(published.lastReviewedAt).toBeTruthy()
    expect(published.reviewerName).toBe('Ann Editor')
    const firstReview = published.lastReviewedAt

    const again = await payload.update({
      collection: 'standards',
      id: unreviewed.id,
      data: { tagline: 'A small edit.', _status: 'published', reviewerName: 'Someone Else' },
      user: editor,
      overrideAccess: false,
      context: { disableRevalidate: true },
    })
    expect(again.lastReviewedAt).toBe(firstReview)
    expect(again.reviewerName).toBe('Ann Editor')

    // Visitors see the name and the date, never the account.
    const listed = (await (await rest(`/api/standards?where[slug][equals]=${published.slug}&depth=1`)).json()) as { docs: Record<string, unknown>[] }
    const visible = listed.docs[0] as Record<string, unknown>
    expect(visible.reviewerName).toBe('Ann Editor')
    expect(visible.lastReviewedAt).toBe(firstReview)
    expect(visible).not.toHaveProperty('reviewedBy')
    expect(JSON.stringify(visible)).not.toContain('ann@trust.test')
    // The first standard a process writes loads the rich-text editor: minutes on a loaded machine.
  }, 600_000)

  it('does not claim a review when nobody signed in published (seed, import)', async () => {
    const doc = await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Trust Two', category: category.id }),
      context: { disableRevalidate: true },
    })
    expect(doc.lastReviewedAt ?? null).toBeNull()
    expect(doc.reviewerName ?? null).toBeNull()
  })
})

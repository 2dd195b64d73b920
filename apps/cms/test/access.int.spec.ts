import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../src/payload-types'
import { adapters, bootPayload, incomplete, shutdown, standardData } from './helpers'

describe.each(adapters())('access on $name', (adapter) => {
  let payload: Payload
  let admin: User
  let editor: User

  beforeAll(async () => {
    payload = await bootPayload(adapter, 'access')
    // Created without a role, by nobody: what create-first-user does.
    admin = await payload.create({
      collection: 'users',
      data: incomplete({ email: 'first@example.test', password: 'first-password-1' }),
    })
    editor = await payload.create({
      collection: 'users',
      data: incomplete({ email: 'editor@example.test', password: 'editor-password-1' }),
    })
    const category = await payload.create({ collection: 'categories', data: incomplete({ name: 'Security' }) })
    await payload.create({
      collection: 'standards',
      data: standardData({ shortName: 'Published One', category: category.id }),
    })
    await payload.create({
      collection: 'standards',
      draft: true,
      data: standardData({ shortName: 'Draft One', category: category.id, _status: 'draft' }),
    })
  })

  afterAll(async () => {
    await shutdown(payload, adapter)
  })

  it('makes the first user an admin and later ones editors', () => {
    expect(admin.role).toBe('admin')
    expect(editor.role).toBe('editor')
  })

  it('shows visitors published standards only', async () => {
    const visitor = await payload.find({ collection: 'standards', overrideAccess: false })
    expect(visitor.docs.map((doc) => doc.shortName)).toEqual(['Published One'])

    const signedIn = await payload.find({ collection: 'standards', overrideAccess: false, user: editor, draft: true })
    expect(signedIn.docs.map((doc) => doc.shortName).sort()).toEqual(['Draft One', 'Published One'])
  })

  it('lets visitors read aspects, categories and the site, but not users', async () => {
    await expect(payload.find({ collection: 'categories', overrideAccess: false })).resolves.toMatchObject({ totalDocs: 1 })
    await expect(payload.find({ collection: 'aspects', overrideAccess: false })).resolves.toMatchObject({ totalDocs: 0 })
    await expect(payload.findGlobal({ slug: 'site', overrideAccess: false })).resolves.toBeTruthy()
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('refuses writes from visitors', async () => {
    await expect(
      payload.create({ collection: 'categories', overrideAccess: false, data: incomplete({ name: 'Nope' }) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.updateGlobal({ slug: 'site', overrideAccess: false, data: { siteName: 'Hacked' } }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('lets editors manage content but not users', async () => {
    const category = await payload.create({
      collection: 'categories',
      overrideAccess: false,
      user: editor,
      data: incomplete({ name: 'Privacy' }),
    })
    expect(category.slug).toBe('privacy')

    await expect(
      payload.create({
        collection: 'users',
        overrideAccess: false,
        user: editor,
        data: incomplete({ email: 'sneaky@example.test', password: 'sneaky-password-1' }),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'users', id: admin.id, overrideAccess: false, user: editor }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ collection: 'users', id: admin.id, overrideAccess: false, user: editor, data: { name: 'x' } }),
    ).rejects.toMatchObject({ status: 403 })

    // An editor may edit their own profile, but their role stays.
    const self = await payload.update({
      collection: 'users',
      id: editor.id,
      overrideAccess: false,
      user: editor,
      data: { name: 'Ed', role: 'admin' },
    })
    expect(self).toMatchObject({ name: 'Ed', role: 'editor' })

    const visible = await payload.find({ collection: 'users', overrideAccess: false, user: editor })
    expect(visible.docs.map((doc) => String(doc.id))).toEqual([String(editor.id)])
  })

  it('lets admins manage users', async () => {
    const created = await payload.create({
      collection: 'users',
      overrideAccess: false,
      user: admin,
      data: { email: 'second-admin@example.test', password: 'second-password-1', role: 'admin' },
    })
    expect(created.role).toBe('admin')
    const demoted = await payload.update({
      collection: 'users',
      id: created.id,
      overrideAccess: false,
      user: admin,
      data: { role: 'editor' },
    })
    expect(demoted.role).toBe('editor')
    await payload.delete({ collection: 'users', id: created.id, overrideAccess: false, user: admin })
    const { totalDocs } = await payload.count({ collection: 'users' })
    expect(totalDocs).toBe(2)
  })
})

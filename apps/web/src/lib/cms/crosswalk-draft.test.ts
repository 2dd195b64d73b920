import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installWorld } from '@/test/fixtures'
import { CROSSWALK_BUNDLE } from '@/test/crosswalk-bundle'
import { DRAFT_SESSION_COOKIE, signDraftSession } from './draft-session'

// Our preview session, as an editor's preview has it (the proxy sends such requests to app/draft,
// whose pages load their data inside asDraft).
const preview = vi.hoisted(() => ({ session: '' }))
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (name === DRAFT_SESSION_COOKIE && preview.session ? { name, value: preview.session } : undefined),
  }),
}))

const { getEditionDiffPage, getRequirementPage } = await import('./crosswalk')
const { asDraft } = await import('./draft')

/** The fixture with the 2013 → 2022 transition set still a draft. */
const bundle = {
  ...CROSSWALK_BUNDLE,
  sets: CROSSWALK_BUNDLE.sets.map((s) => (s.id === 'iso-27001-2013--iso-27001-2022' ? { ...s, status: 'draft' as const } : s)),
}

describe('requirement and edition-diff pages in an editor’s preview', () => {
  beforeEach(() => {
    process.env.PREVIEW_SECRET = 'test-preview-secret'
  })
  afterEach(() => {
    preview.session = ''
    delete process.env.PREVIEW_SECRET
  })

  it('ask the CMS for drafts with the draft-read token, uncached, and show the draft set', async () => {
    preview.session = signDraftSession('test-preview-secret', '7', Math.floor(Date.now() / 1000) + 600).token
    const cms = installWorld(bundle)
    const diff = await asDraft(() => getEditionDiffPage('iso-27001', 'iso-27001-2013--iso-27001-2022'))
    expect(diff?.view.changed.length).toBeGreaterThan(0)
    const asked = cms.requests.filter((r) => r.path.startsWith('/api/crosswalk-data'))
    expect(asked).toEqual([{ path: '/api/crosswalk-data?standards=iso-27001&draft=true', tags: [] }])
    const page = await asDraft(() => getRequirementPage('iso-27001', '4-1', 'iso-27001-2013'))
    expect(page?.view.mappings.map((m) => m.edition)).toContain('ISO/IEC 27001:2022')
  })

  it('show visitors no draft set: the diff is a 404 and the rows are gone', async () => {
    const cms = installWorld(bundle)
    expect(await getEditionDiffPage('iso-27001', 'iso-27001-2013--iso-27001-2022')).toBeNull()
    expect((await getRequirementPage('iso-27001', '4-1', 'iso-27001-2013'))?.view.mappings).toEqual([])
    expect(cms.requests.filter((r) => r.path.startsWith('/api/crosswalk-data')).every((r) => !r.path.includes('draft'))).toBe(true)
  })
})

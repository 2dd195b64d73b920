import { describe, expect, it } from 'vitest'
import type { CrosswalkBundle } from '@versus/content'
import { CROSSWALK_BUNDLE } from '@/test/crosswalk-bundle'
import { indexCrosswalk } from './crosswalk-index'
import { buildEditionDiff } from './edition-diff'
import { buildRequirementPage } from './requirement-page'

/** The fixture with the 2013 → 2022 transition set still a draft, and a draft 2027 edition superseding 2022. */
const withDrafts: CrosswalkBundle = {
  ...CROSSWALK_BUNDLE,
  editions: [
    ...CROSSWALK_BUNDLE.editions,
    { id: 'iso-27001-2027', standard: 'iso-27001', label: 'ISO/IEC 27001:2027', year: 2027, status: 'draft', supersedes: 'iso-27001-2022', textLicence: 'titles-and-ids' },
  ],
  requirements: [...CROSSWALK_BUNDLE.requirements, { edition: 'iso-27001-2027', refId: 'A.9.9', assessable: true, title: 'New control', order: 1 }],
  sets: CROSSWALK_BUNDLE.sets.map((s) => (s.id === 'iso-27001-2013--iso-27001-2022' ? { ...s, status: 'draft' as const } : s)),
}

describe('an editor’s preview of requirement and edition-diff pages', () => {
  it('shows draft sets and editions only when asked for drafts', () => {
    const visitor = indexCrosswalk(withDrafts)
    const editor = indexCrosswalk(withDrafts, new Map(), { drafts: true })
    // The draft transition set: no diff for visitors, the diff in the preview.
    expect(buildEditionDiff(visitor, 'iso-27001', 'iso-27001-2013--iso-27001-2022')).toBeNull()
    expect(buildEditionDiff(editor, 'iso-27001', 'iso-27001-2013--iso-27001-2022')?.changed.length).toBeGreaterThan(0)
    // Its rows on a requirement page.
    const rowsOf = (index: typeof visitor) => buildRequirementPage(index, 'iso-27001', 'a-8-15')?.mappings.map((m) => m.edition) ?? []
    expect(rowsOf(visitor)).not.toContain('ISO/IEC 27001:2013')
    expect(rowsOf(editor)).toContain('ISO/IEC 27001:2013')
    // A requirement of a draft edition: a 404 for visitors, a page in the preview.
    expect(buildRequirementPage(visitor, 'iso-27001', 'a-9-9', 'iso-27001-2027')).toBeNull()
    expect(buildRequirementPage(editor, 'iso-27001', 'a-9-9', 'iso-27001-2027')).toMatchObject({ refId: 'A.9.9', edition: { id: 'iso-27001-2027' } })
  })
})

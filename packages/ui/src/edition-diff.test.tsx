import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { EditionDiffView } from './crosswalk-view'
import { EditionDiff } from './edition-diff'

const req = (refId: string, title: string) => ({ refId, title, path: null })

const DIFF: EditionDiffView = {
  standard: { label: 'ISO 27001', path: '/standards/iso-27001' },
  from: { id: 'iso-27001-2013', label: 'ISO/IEC 27001:2013', status: 'superseded', statusLabel: 'Superseded' },
  to: { id: 'iso-27001-2022', label: 'ISO/IEC 27001:2022', status: 'current', statusLabel: 'Current edition' },
  deadline: '31 October 2025',
  deadlineIso: '2025-10-31',
  added: [req('A.5.7', 'Threat intelligence')],
  changed: [
    { from: [req('9.3', 'Management review')], to: [req('9.3.2', 'Management review inputs')], relationship: 'overlaps', note: null },
    { from: [req('4.2', 'Interested parties')], to: [req('4.2', 'Interested parties')], relationship: 'narrower than', note: 'More.' },
    { from: [req('X', 'Old')], to: [req('Y', 'New')], relationship: 'related (untyped)', note: null },
  ],
  removed: [],
  unchanged: [],
  source: { id: 't', title: 'Transition', publisher: 'Versus editorial', methodLabel: 'Edition transition', licence: null, url: null, reviewedAt: null, comprehensive: true },
  carried: [],
}

describe('EditionDiff', () => {
  const html = renderToStaticMarkup(<EditionDiff diff={DIFF} />)

  it('says how each old requirement stands to the new in a sentence that reads', () => {
    expect(html).toContain('(the old one overlaps the new)')
    expect(html).toContain('(the old one is narrower than the new)')
    expect(html).toContain('(the old one is related to the new, how is not stated)')
    expect(html).not.toContain('is overlaps')
  })

  it('gives the deadline as a machine-readable date and counts each list', () => {
    expect(html).toContain('<time dateTime="2025-10-31">31 October 2025</time>')
    expect(html).toContain('New in ISO/IEC 27001:2022 (1)')
    expect(html).toContain('Changed (3)')
  })
})

import { describe, expect, it } from 'vitest'

import { exportSummary } from './export'
import { showValue } from './merge'
import { actionLine, formatReport } from './report'
import type { ImportReport } from './report'

describe('import report', () => {
  it('prints each change of an update under its line, and the notes of renames and drafts', () => {
    const report: ImportReport = {
      dryRun: true,
      applied: false,
      transactional: true,
      counts: { create: 1, update: 1, unchanged: 0, reject: 0 },
      lines: [
        actionLine('update', 'standards', 0, 'iso-27001-2022', {
          renamedFrom: 'iso-27001',
          changes: [{ field: 'editionYear', from: '2013', to: '2022' }],
        }),
        actionLine('create', 'standards', 1, 'iso-42001', { missing: ['tagline', 'keyFeatures'] }),
      ],
    }
    expect(formatReport(report).split('\n')).toEqual([
      'update    standards   iso-27001-2022 (renamed from iso-27001)',
      '          editionYear: 2013 → 2022',
      'create    standards   iso-42001 (saved as a draft, missing tagline, keyFeatures)',
      '',
      '1 to create, 1 to update, 0 unchanged, 0 rejected. Dry run: nothing was changed.',
    ])
  })

  it('shows values briefly: empty, text, rich text as words, long ones cut with their length', () => {
    expect(showValue(undefined)).toBe('(empty)')
    expect(showValue([])).toBe('(empty)')
    expect(showValue(7)).toBe('7')
    expect(showValue('short')).toBe('"short"')
    const lexical = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello.' }] }] } }
    expect(showValue(lexical)).toBe('"Hello."')
    const long = 'x'.repeat(100)
    expect(showValue(long)).toBe(`"${'x'.repeat(58)}… (102 characters)`)
  })

  it('says what an export holds, the site settings by name', () => {
    expect(exportSummary({ format: 'versus/1', categories: [{ slug: 'a' }], aspects: [], standards: [{ slug: 'b' }, { slug: 'c' }] })).toBe(
      '1 category, 0 aspects, 2 standards, 0 comparisons, 0 articles',
    )
    expect(exportSummary({ format: 'versus/1', site: { siteName: 'Versus' } })).toBe(
      '0 categories, 0 aspects, 0 standards, 0 comparisons, 0 articles and the site settings',
    )
  })
})

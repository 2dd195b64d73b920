import { describe, expect, it } from 'vitest'

import { EXTERNAL_DIR, hasExternal, readExternal, readFixture, SKIP_EXTERNAL } from '../fixtures/read-fixture'
import { nistControlLabel, parseOscalCatalog } from '.'

const demo = { edition: 'demo-1', standard: 'demo', label: 'Demo 1', year: 2024, textLicence: 'full-text' as const }

describe('parseOscalCatalog', () => {
  it('reads groups as headings, controls and enhancements as assessable requirements with NIST labels', () => {
    const { bundle, problems } = parseOscalCatalog(readFixture('oscal-catalog.json'), { edition: demo })
    expect(bundle.editions).toEqual([expect.objectContaining({ id: 'demo-1', standard: 'demo', year: 2024, textLicence: 'full-text' })])
    expect(bundle.requirements.map((r) => [r.refId, r.parent, r.kind, r.assessable, r.order])).toEqual([
      ['XA', null, 'family', false, 1],
      ['XA-1', 'XA', 'control', true, 1],
      ['XA-1(1)', 'XA-1', 'control enhancement', true, 1],
      ['XA-2', 'XA', 'control', true, 2],
      ['XB', null, 'group', false, 2],
      ['XB-SUB', 'XB', 'group', false, 1],
      ['XB-1', 'XB-SUB', 'control', true, 1],
    ])
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', reason: '1 withdrawn control(s) skipped' })])
  })

  it('writes the statement with its parameters, not the guidance', () => {
    const { bundle } = parseOscalCatalog(readFixture('oscal-catalog.json'), { edition: demo })
    expect(bundle.requirements.find((r) => r.refId === 'XA-1')?.text).toBe(
      'a. Give the policy to [Assignment: organization-defined personnel or roles];\nb. Review it [Selection (one or more): daily; weekly].',
    )
    expect(bundle.requirements.find((r) => r.refId === 'XA-1(1)')?.text).toBe('Automate the review.')
  })

  it('keeps no text unless the licence is full-text, and derives ids from the title with a warning', () => {
    const { bundle, problems } = parseOscalCatalog(readFixture('oscal-catalog.json'))
    expect(bundle.editions[0]).toMatchObject({ id: 'demo-control-catalog-versus-test-fixture', year: 2024, textLicence: 'titles-and-ids' })
    expect(bundle.requirements.every((r) => !r.text)).toBe(true)
    expect(problems[0]).toMatchObject({ severity: 'warning', record: 'catalog.metadata', field: 'title' })
  })

  it('reports every problem of a file in one round', () => {
    const { problems } = parseOscalCatalog(readFixture('oscal-catalog-problems.json'))
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.record, p.field])).toEqual([
      ['catalog.groups[0] (ZA).controls[0] (za-1)', 'title'],
      ['catalog.groups[0] (ZA).controls[1]', 'id'],
      ['catalog.groups[0] (ZA).controls[2] (za-1-copy)', 'id'],
      ['catalog.groups[0] (ZA).controls[3]', ''],
      ['catalog.groups[1]', 'title'],
      ['catalog.groups[1]', 'id'],
      ['catalog.groups[2] (ZB)', 'controls'],
    ])
  })

  it('rejects what is not a catalog', () => {
    expect(parseOscalCatalog('{').problems[0]?.reason).toContain('not valid JSON')
    expect(parseOscalCatalog('{"profile": {}}').problems[0]).toMatchObject({ field: 'catalog' })
    expect(parseOscalCatalog('{"catalog": {"metadata": {"title": "T"}}}').problems.map((p) => p.field)).toContain('groups')
  })

  it.each([
    ['ac-2', 'AC-2'],
    ['ac-2.1', 'AC-2(1)'],
    ['si-04.05', 'SI-4(5)'],
    ['x.y', 'X.Y'],
  ])('reads control id %s as %s', (id, label) => {
    expect(nistControlLabel(id)).toBe(label)
  })
})

describe.runIf(hasExternal)(`parseOscalCatalog: the SP 800-53 r5 moderate baseline in ${EXTERNAL_DIR}`, () => {
  it('reads 18 families, 287 controls and enhancements, with statements, as nist-sp-800-53-r5', () => {
    const started = performance.now()
    const { bundle, problems } = parseOscalCatalog(readExternal('oscal/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json'))
    console.info(`moderate baseline (1.8 MB) parsed in ${Math.round(performance.now() - started)} ms`)
    expect(problems).toEqual([])
    expect(bundle.editions[0]).toMatchObject({ id: 'nist-sp-800-53-r5', standard: 'nist-sp-800-53', textLicence: 'full-text' })
    expect(bundle.requirements.filter((r) => !r.assessable)).toHaveLength(18)
    expect(bundle.requirements.filter((r) => r.assessable)).toHaveLength(287)
    expect(bundle.requirements.filter((r) => r.kind === 'control enhancement')).toHaveLength(110)
    const ac21 = bundle.requirements.find((r) => r.refId === 'AC-2(1)')
    expect(ac21).toMatchObject({ parent: 'AC-2', title: 'Automated System Account Management' })
    expect(ac21?.text).toMatch(/^Support the management of system accounts using \[Assignment: organization-defined /)
    expect(bundle.requirements.filter((r) => r.assessable && !r.text)).toEqual([])
    expect(bundle.requirements.some((r) => r.text?.includes('{{'))).toBe(false)
  })
})

if (!hasExternal) it.skip(SKIP_EXTERNAL, () => {})

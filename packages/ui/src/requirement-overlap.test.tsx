import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OVERLAP } from './crosswalk-fixtures.test-data'
import { RequirementOverlap } from './requirement-overlap'

describe('RequirementOverlap', () => {
  const html = renderToStaticMarkup(<RequirementOverlap overlap={OVERLAP} />)

  it('draws one stacked bar per direction, only the statuses present, with every count in words', () => {
    const bar = html.slice(html.indexOf('v-coverage__bar'), html.indexOf('</div>', html.indexOf('v-coverage__bar')))
    expect(bar.match(/v-coverage__part--/g)).toHaveLength(4)
    expect(bar).toContain('width:20.00%')
    expect(bar).toContain('width:40.00%')
    expect(html).toMatch(/Covered: <strong>1<\/strong>/)
    expect(html).toMatch(/Not mapped: <strong>1<\/strong>/)
    expect(html).toContain('Complying with ISO 27001: 38% of NIS2')
  })

  it('shows both editions, the sources with licence, and links how we count', () => {
    expect(html).toContain('ISO/IEC 27001:2022 · Current edition')
    expect(html).toContain('licence: CC-BY-4.0')
    expect(html).toContain('href="/methodology#coverage"')
    // A source URL that is not http(s) is never a link.
    expect(html).not.toContain('javascript:')
  })

  it('never heads untyped links as a percentage: no proven coverage, and how many are only related', () => {
    const [first] = OVERLAP.directions
    const untyped = renderToStaticMarkup(
      <RequirementOverlap
        overlap={{
          ...OVERLAP,
          directions: [{ ...first!, scoreLabel: '0%', counts: { full: 0, partial: 0, related: 4, none: 0, unknown: 1, total: 5 } }],
        }}
      />,
    )
    expect(untyped).toContain('Complying with ISO 27001: no proven coverage of NIS2')
    expect(untyped).toContain('4 of 5 requirements are linked only by untyped references')
    expect(untyped).not.toContain('0% of')
  })

  it('says plainly when no set links the pair, and labels inferred candidates as such', () => {
    const none = renderToStaticMarkup(
      <RequirementOverlap
        overlap={{
          ...OVERLAP,
          directions: [],
          inferred: {
            fromName: 'ISO 27001',
            toName: 'NIS2',
            more: 3,
            candidates: [
              {
                source: { refId: 'A.5.1', title: null, path: null },
                target: { refId: 'Art. 21(2)(a)', title: 'Policies', path: null },
                relationship: 'narrower than',
                coverageLabel: 'Would partly cover',
                confidenceLabel: '56%',
                via: ['CSF 2.0'],
              },
            ],
          },
        }}
      />,
    )
    expect(none).toContain('No published mapping links ISO 27001 and NIS2')
    expect(none).toContain('<strong>inferred</strong>')
    expect(none).toContain('count in none of the figures')
    expect(none).not.toContain('How we count')
    expect(none).toContain('And 3 more.')
  })

  it('shows the newer-edition banner with its deadline', () => {
    const old = renderToStaticMarkup(
      <RequirementOverlap
        overlap={{
          ...OVERLAP,
          notices: [
            {
              edition: 'ISO/IEC 27001:2013',
              successor: 'ISO/IEC 27001:2022',
              deadline: '31 October 2025',
              deadlineIso: '2025-10-31',
              diffPath: '/standards/iso-27001/editions/iso-27001-2013--iso-27001-2022',
            },
          ],
        }}
      />,
    )
    expect(old).toContain('A newer edition exists.')
    expect(old).toContain('<time dateTime="2025-10-31">31 October 2025</time>')
    expect(old).toContain('href="/standards/iso-27001/editions/iso-27001-2013--iso-27001-2022"')
  })
})

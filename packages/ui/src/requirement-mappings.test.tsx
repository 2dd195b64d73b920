import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ISO } from './crosswalk-fixtures.test-data'
import { RequirementCatalog } from './requirement-catalog'
import { RequirementMappings } from './requirement-mappings'

describe('RequirementMappings', () => {
  const html = renderToStaticMarkup(
    <RequirementMappings
      refId="A.5.1"
      mappings={[
        {
          standardName: 'NIS2',
          edition: 'Directive (EU) 2022/2555',
          requirements: [{ refId: 'Art. 21(2)(a)', title: 'Risk analysis', path: '/standards/nis2/requirements/art-21-2-a' }],
          relationship: 'narrower than',
          strength: 7,
          rationale: 'semantic',
          gapNote: 'NIS2 wants <more>.',
          gapNoteLabel: 'Art. 21(2)(a) also asks',
          source: { title: 'NIS2 → ISO', publisher: 'Versus editorial', licence: 'CC-BY-4.0' },
        },
        {
          standardName: 'NIST CSF 2.0',
          edition: 'CSF 2.0',
          requirements: [{ refId: 'GV.PO-01', title: null, path: null }],
          relationship: 'related (untyped)',
          strength: null,
          rationale: null,
          gapNote: null,
          gapNoteLabel: null,
          source: { title: 'CSF → ISO', publisher: 'NIST', licence: 'public-domain' },
        },
      ]}
    />,
  )

  it('is a table, one row per link, the relationship in words read from this requirement', () => {
    expect(html).toMatch(/<caption id="mappings-caption">Requirements mapped to A.5.1<\/caption>/)
    expect(html.match(/<tr>/g)).toHaveLength(3)
    expect(html).toContain('>narrower than<')
    expect(html).toContain('>related (untyped)<')
    expect(html).toContain('7/10')
    expect(html).toContain('<strong>Art. 21(2)(a) also asks: </strong>NIS2 wants &lt;more&gt;.')
    expect(html).toContain('Versus editorial, CC-BY-4.0')
  })

  it('links requirements that have a page and only those', () => {
    expect(html).toContain('href="/standards/nis2/requirements/art-21-2-a"')
    expect(html).toMatch(/<span><code class="v-ref">GV.PO-01<\/code><\/span>/)
  })

  it('renders nothing without mappings', () => {
    expect(renderToStaticMarkup(<RequirementMappings refId="A.5.1" mappings={[]} />)).toBe('')
  })
})

describe('RequirementCatalog', () => {
  it('collapses each top-level group and links every requirement', () => {
    const html = renderToStaticMarkup(
      <RequirementCatalog
        catalog={{
          edition: ISO,
          notice: null,
          assessable: 2,
          diffs: [{ label: 'What changed', path: '/standards/iso-27001/editions/iso-27001-2013--iso-27001-2022' }],
          groups: [
            {
              refId: 'A.5',
              title: 'Organizational controls',
              path: '/standards/iso-27001/requirements/a-5',
              children: [
                { refId: 'A.5.1', title: 'Policies', path: '/standards/iso-27001/requirements/a-5-1', children: [] },
                { refId: 'A.5.7', title: 'Threat intelligence', path: '/standards/iso-27001/requirements/a-5-7', children: [] },
              ],
            },
          ],
        }}
      />,
    )
    expect(html.match(/<details/g)).toHaveLength(1)
    expect(html).toContain('(2)')
    expect(html).toContain('href="/standards/iso-27001/requirements/a-5-7"')
    expect(html).toContain('2 requirements one can comply with')
    expect(html).toContain('href="/standards/iso-27001/editions/iso-27001-2013--iso-27001-2022"')
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CompareInput } from '../model'
import type { StandardRecord } from '../types'
import { compareInput, shuffle, standardRecord } from '../_lib/arbitraries'
import {
  articles,
  aspects,
  comparisons,
  gdpr,
  iso27001,
  iso27032,
  iso27701,
  iso9001,
  makeStandard,
  nis2,
  standards,
} from '../_lib/fixtures'
import { compareStandards } from './index'

const catalog = { standards, comparisons, articles }
const seedInput: CompareInput = { standards: [iso27701, iso27032], aspects, catalog }

function swapped(input: CompareInput): CompareInput {
  return { ...input, standards: [input.standards[1], input.standards[0]] }
}

describe('compareStandards', () => {
  const model = compareStandards(seedInput)

  it('puts the pair in canonical order', () => {
    expect(model.pair).toEqual({
      slug: 'iso-27032-vs-iso-27701',
      path: '/compare/iso-27032-vs-iso-27701',
      standards: ['iso-27032', 'iso-27701'],
    })
    expect(model.title).toBe('ISO 27032 vs ISO 27701')
    expect(model.headers.map((h) => h.slug)).toEqual(['iso-27032', 'iso-27701'])
    expect(model.cards.map((c) => c.slug)).toEqual(['iso-27032', 'iso-27701'])
    expect(model.details.map((d) => d.slug)).toEqual(['iso-27032', 'iso-27701'])
  })

  it('is the same model for both orders', () => {
    expect(compareStandards(swapped(seedInput))).toEqual(model)
  })

  it("shows a reviewed pair in its editor's order: address, title, columns, generated text and SEO", () => {
    const comparison = { standards: ['iso-27701', 'iso-27032'] as [string, string] }
    const chosen = compareStandards({ ...seedInput, comparison })
    expect(chosen.pair).toEqual({
      slug: 'iso-27701-vs-iso-27032',
      path: '/compare/iso-27701-vs-iso-27032',
      standards: ['iso-27701', 'iso-27032'],
    })
    expect(chosen.title).toBe('ISO 27701 vs ISO 27032')
    expect(chosen.headers.map((h) => h.slug)).toEqual(['iso-27701', 'iso-27032'])
    expect(chosen.cards.map((c) => c.slug)).toEqual(['iso-27701', 'iso-27032'])
    expect(chosen.differences.map((d) => d.values)).toEqual(model.differences.map((d) => [d.values[1], d.values[0]]))
    expect(chosen.adds?.map((a) => a.to)).toEqual(['iso-27032', 'iso-27701'])
    expect(chosen.faq[0]?.heading).toBe('About ISO 27701 vs ISO 27032')
    expect(chosen.seo.title).toBe('ISO 27701 vs ISO 27032: Key Differences Compared')
    expect(chosen.seo.canonicalPath).toBe('/compare/iso-27701-vs-iso-27032')
    // the generated verdict names the first standard first
    expect(chosen.verdict.text).toMatch(/^ISO 27032 complements ISO 27701|^ISO 27701/)
    expect(chosen.verdict.text.indexOf('ISO 27701 is a voluntary')).toBeLessThan(chosen.verdict.text.indexOf('ISO 27032 is a voluntary'))
    // either argument order gives the editor's order
    expect(compareStandards({ ...swapped(seedInput), comparison })).toEqual(chosen)
  })

  it('generates a verdict from the facts: what matters for the pair, what each is, why adopted, one claim', () => {
    expect(model.verdict).toEqual({
      generated: true,
      text:
        'ISO 27701 complements ISO 27032: ISO 27701 is about Privacy Management, ISO 27032 about cybersecurity; ' +
        'an organisation taking up both can reuse work done for one in the other. ' +
        'ISO 27032 is a voluntary international guidance standard from ISO/IEC for internet security and cyberspace collaboration, ' +
        'while ISO 27701 is a voluntary international certifiable standard from ISO/IEC for privacy information management systems. ' +
        'Organisations adopt ISO 27032 for best-practice guidance, and ISO 27701 to earn independent certification; ' +
        'ISO 27701 is the heavier lift (high complexity against medium; typically 6–12 months against 3–6 months for ISO 27032).',
    })
  })

  it('words mandatory pairs and publishers naturally', () => {
    const text = compareStandards({ standards: [nis2, gdpr], aspects: [] }).verdict.text
    expect(text).toBe(
      'GDPR and NIS2 are both part of European Union law: GDPR is about Privacy Management, NIS2 about cybersecurity; ' +
        'an organisation subject to both has to meet the duties of each. ' +
        'GDPR is a mandatory European Union regulation from the European Parliament and Council covering the EU law on the protection of personal data, ' +
        'while NIS2 is a mandatory European Union directive from the European Parliament and Council for network and information security. ' +
        'Organisations adopt both GDPR and NIS2 because the law requires them where they apply; ' +
        'GDPR is the heavier lift (typically 6–18 months against 6–12 months for NIS2).',
    )
    expect(compareStandards({ standards: [iso27001, iso9001], aspects: [] }).verdict.text).toContain(
      'Organisations adopt both ISO 9001 and ISO 27001 to earn independent certification; ISO 27001 is the heavier lift',
    )
  })

  it('puts "the" before a body named by what it is, never before a brand or an acronym', () => {
    const from = (publisher: string) =>
      compareStandards({ standards: [makeStandard({ slug: 'p', shortName: 'P', publisher }), makeStandard({ slug: 'q', shortName: 'Q' })], aspects: [] })
        .verdict.text
    expect(from('PCI Security Standards Council')).toContain('from the PCI Security Standards Council')
    expect(from('Parliament of the Republic of South Africa')).toContain('from the Parliament of the Republic of South Africa')
    expect(from('International Organization for Standardization')).toContain('from the International Organization for Standardization')
    expect(from('Center for Internet Security')).toContain('from the Center for Internet Security')
    expect(from('UL Standards & Engagement')).toContain('from UL Standards & Engagement')
    expect(from('ISO/IEC')).toContain('from ISO/IEC')
    expect(from('The Open Group')).toContain('from The Open Group')
  })

  it('names a jurisdiction before the noun only where it reads as an adjective', () => {
    const law = makeStandard({ slug: 'za', shortName: 'ZA Act', obligation: 'mandatory', legalNature: 'law', jurisdiction: 'South Africa' })
    const scheme = makeStandard({ slug: 'na', shortName: 'NA Std', legalNature: 'certifiable-standard', jurisdiction: 'United States and Canada' })
    const eu = makeStandard({ slug: 'eu', shortName: 'EU Reg', obligation: 'mandatory', legalNature: 'regulation', jurisdiction: 'European Union' })
    const text = (a: StandardRecord, b: StandardRecord) => compareStandards({ standards: [a, b], aspects: [] }).verdict.text
    expect(text(law, scheme)).toContain('ZA Act is a mandatory law of South Africa')
    expect(text(law, scheme)).toContain('NA Std is a voluntary certifiable standard used in the United States and Canada')
    expect(text(eu, scheme)).toContain('EU Reg is a mandatory European Union regulation')
    expect(text(law, scheme)).not.toMatch(/South Africa law|Canada certifiable/)
  })

  it('opens with what matters for the pair: a structural link, laws of one jurisdiction, different or shared subjects', () => {
    const base = makeStandard({ slug: 'base', shortName: 'Base' })
    const ext = makeStandard({ slug: 'ext', shortName: 'Ext', related: [{ standard: 'base', relation: 'extends' }] })
    expect(compareStandards({ standards: [base, ext], aspects: [] }).verdict.text).toMatch(
      /^Ext extends Base, so organisations usually meet Base first and take the other on top of it\. /,
    )
    const quality = { slug: 'quality', name: 'Quality management' }
    const other = makeStandard({ slug: 'other', shortName: 'Other', category: quality })
    expect(compareStandards({ standards: [base, other], aspects: [] }).verdict.text).toMatch(
      /^Base and Other govern different things: Base is about cybersecurity, Other about quality management; an organisation taking up both treats them as separate programmes\. /,
    )
    const same = makeStandard({ slug: 'same', shortName: 'Same' })
    expect(compareStandards({ standards: [base, same], aspects: [] }).verdict.text).toMatch(/^Base and Same both address cybersecurity\. /)
    const law = { legalNature: 'law' as const, obligation: 'mandatory' as const, jurisdiction: 'South Africa' }
    const actA = makeStandard({ slug: 'act-a', shortName: 'Act A', ...law })
    const actB = makeStandard({ slug: 'act-b', shortName: 'Act B', ...law, category: quality })
    expect(compareStandards({ standards: [actA, actB], aspects: [] }).verdict.text).toMatch(
      /^Act A and Act B are both part of South Africa law: Act A is about cybersecurity, Act B about quality management; an organisation subject to both has to meet the duties of each\. /,
    )
  })

  it('opens with precedence when one law gives way to the other, whichever is named first, never "the duties of each"', () => {
    const eu = { legalNature: 'regulation' as const, obligation: 'mandatory' as const, jurisdiction: 'European Union' }
    const general = makeStandard({ slug: 'general', shortName: 'General Act', ...eu, legalNature: 'directive' })
    const specific = makeStandard({ slug: 'specific', shortName: 'Specific Act', ...eu, related: [{ standard: 'general', relation: 'takes-precedence' }] })
    const opening =
      'Specific Act takes precedence over General Act where both apply, as the more specific law: an organisation subject to both ' +
      'meets the duties of Specific Act where the two overlap and the remaining duties of General Act. '
    const orders: [StandardRecord, StandardRecord][] = [
      [general, specific],
      [specific, general],
    ]
    for (const standards of orders) {
      const text = compareStandards({ standards, aspects: [] }).verdict.text
      expect(text.startsWith(opening), text).toBe(true)
      expect(text).not.toContain('the duties of each')
    }
  })

  it("uses the editor's verdict when there is one", () => {
    const withVerdict = compareStandards({ ...seedInput, comparison: { standards: ['iso-27032', 'iso-27701'], verdict: '  Editor says.  ' } })
    expect(withVerdict.verdict).toEqual({ text: 'Editor says.', generated: false })
    const blank = compareStandards({ ...seedInput, comparison: { standards: ['iso-27032', 'iso-27701'], verdict: ' \n ' } })
    expect(blank.verdict.generated).toBe(true)
  })

  it('builds the differences table in aspect order', () => {
    expect(model.differences.map((d) => d.aspect.slug)).toEqual(['scope', 'industry', 'nature', 'testing', 'penalties'])
    expect(model.differences[1]).toMatchObject({
      values: ['All with online presence', 'all with online presence'],
      same: true,
      overridden: [false, false],
    })
    expect(model.differences[3]?.values).toEqual(['—', 'Stage 1/2 certification audits'])
    expect(model.differences.filter((d) => d.same)).toHaveLength(1)
  })

  it('applies per-pair overrides, keeps the first of duplicate aspects, and never calls two blanks the same', () => {
    const result = compareStandards({
      ...seedInput,
      aspects: [...aspects, { slug: 'scope', name: 'Duplicate', order: -1 }, { slug: 'extra', name: 'Extra', order: 9 }],
      comparison: {
        standards: ['iso-27701', 'iso-27032'],
        aspectOverrides: [
          { aspect: 'testing', standard: 'iso-27032', value: 'Internal audits' },
          { aspect: 'scope', standard: 'iso-27701', value: '' },
        ],
      },
    })
    expect(result.differences.map((d) => d.aspect.name)).toEqual(['Scope', 'Industry', 'Nature', 'Testing', 'Penalties', 'Extra'])
    // the record shows ISO 27701 first: its columns follow, and each override stays with its standard
    expect(result.pair.path).toBe('/compare/iso-27701-vs-iso-27032')
    expect(result.differences[3]).toMatchObject({ values: ['Stage 1/2 certification audits', 'Internal audits'], overridden: [false, true] })
    expect(result.differences[0]?.overridden).toEqual([false, false])
    expect(result.differences[5]).toMatchObject({ values: ['—', '—'], same: false })
  })

  it('splits traits into shared and unique', () => {
    expect(model.traits.shared.map((t) => t.key)).toEqual(['obligation:voluntary', 'jurisdiction:international', 'publisher:isoiec'])
    expect(model.traits.unique[0].map((t) => t.key)).toEqual([
      'legal-nature:guidance-standard',
      'category:cybersecurity',
      'complexity:medium',
      'cost:2',
      'certification:not-certifiable',
    ])
    expect(model.traits.unique[1].map((t) => t.label)).toEqual([
      'Certifiable standard',
      'Privacy Management',
      'High complexity',
      '€€€ cost',
      'Certifiable',
    ])
  })

  it('lists relations between the two standards, deduplicated', () => {
    const a: StandardRecord = { ...iso27032, related: [{ standard: 'iso-27701', relation: 'maps-to' }, { standard: 'iso-27701', relation: 'maps-to' }] }
    const result = compareStandards({ standards: [iso27701, a], aspects: [] })
    expect(result.relations).toEqual([
      { from: 'iso-27032', to: 'iso-27701', relation: 'maps-to', sentence: 'ISO 27032 maps to ISO 27701' },
      { from: 'iso-27701', to: 'iso-27032', relation: 'complements', sentence: 'ISO 27701 complements ISO 27032' },
    ])
  })

  it('states a symmetric relation recorded on both standards once, whichever order they come in', () => {
    const a: StandardRecord = { ...iso27032, related: [{ standard: 'iso-27701', relation: 'complements' }] }
    const expected = [{ from: 'iso-27032', to: 'iso-27701', relation: 'complements', sentence: 'ISO 27032 complements ISO 27701' }]
    expect(compareStandards({ standards: [iso27701, a], aspects: [] }).relations).toEqual(expected)
    expect(compareStandards({ standards: [a, iso27701], aspects: [] }).relations).toEqual(expected)
    // A directional relation in both directions is two facts.
    const b: StandardRecord = { ...iso27032, related: [{ standard: 'iso-27701', relation: 'maps-to' }] }
    const c: StandardRecord = { ...iso27701, related: [{ standard: 'iso-27032', relation: 'maps-to' }] }
    expect(compareStandards({ standards: [b, c], aspects: [] }).relations).toHaveLength(2)
  })

  it('orders FAQ sections: pair (editor, then generated), then each standard; skips empty ones', () => {
    expect(model.faq.map((s) => [s.standard, s.heading, s.items.length])).toEqual([
      [null, 'About ISO 27032 vs ISO 27701', 4],
      ['iso-27032', 'ISO 27032: frequently asked questions', 1],
      ['iso-27701', 'ISO 27701: frequently asked questions', 1],
    ])
    const withPair = compareStandards({
      ...seedInput,
      comparison: {
        standards: ['iso-27032', 'iso-27701'],
        faq: [
          { question: 'Which comes first?', answer: 'Usually ISO 27001.' },
          { question: 'Blank answer?', answer: '   ' },
        ],
      },
    })
    expect(withPair.faq[0]).toMatchObject({ standard: null, heading: 'About ISO 27032 vs ISO 27701' })
    expect(withPair.faq[0]?.items.map((i) => i.question)).toEqual([
      'Which comes first?',
      'What is the difference between ISO 27032 and ISO 27701?',
      'Are ISO 27032 and ISO 27701 mandatory?',
      'Can an organisation be certified against ISO 27032 or ISO 27701?',
      'Which takes more effort to implement, ISO 27032 or ISO 27701?',
    ])
    expect(withPair.faq[0]?.items.slice(2).map((i) => i.answer)).toEqual([
      'Neither is required by law: both ISO 27032 and ISO 27701 are voluntary.',
      'Only ISO 27701 can be certified by an independent auditor.',
      'ISO 27701 is the heavier lift (high complexity against medium; typically 6–12 months against 3–6 months for ISO 27032).',
    ])
    expect(withPair.seo.jsonLd[0]).toMatchObject({ '@type': 'FAQPage' })
    expect((withPair.seo.jsonLd[0] as { mainEntity: unknown[] }).mainEntity).toHaveLength(7)
    // An editor's question replaces the generated one it repeats.
    const asked = compareStandards({
      ...seedInput,
      comparison: { standards: ['iso-27032', 'iso-27701'], faq: [{ question: 'Are ISO 27032 and ISO 27701 mandatory? ', answer: 'No.' }] },
    })
    expect(asked.faq[0]?.items.filter((i) => /mandatory/.test(i.question))).toEqual([
      { question: 'Are ISO 27032 and ISO 27701 mandatory?', answer: 'No.' },
    ])
  })

  it('ranks related articles without padding', () => {
    expect(model.relatedArticles.map((a) => a.slug)).toEqual(['both', 'privacy-101', 'cyber'])
    expect(model.relatedArticles[0]).toEqual({ slug: 'both', title: 'Both at once', summary: 'Both standards.', path: '/articles/both' })
    const few = compareStandards({ standards: [iso9001, nis2], aspects: [], catalog })
    expect(few.relatedArticles.map((a) => a.slug)).toEqual(['quality'])
  })

  it('ranks related comparisons', () => {
    expect(model.related.map((r) => r.pair.slug)).toEqual([
      'iso-27032-vs-iso-27001', // the order its record gives

      'iso-27001-vs-iso-27701',
      'gdpr-vs-iso-27701',
      'gdpr-vs-nis2',
    ])
  })

  it('builds SEO data', () => {
    expect(model.seo.title).toBe('ISO 27032 vs ISO 27701: Key Differences Compared')
    expect(model.seo.description.length).toBeLessThanOrEqual(160)
    expect(model.seo.description.endsWith('…')).toBe(true)
    expect(model.verdict.text.startsWith(model.seo.description.slice(0, -1))).toBe(true)
    expect(model.seo.canonicalPath).toBe('/compare/iso-27032-vs-iso-27701')
    expect(model.seo.canonicalUrl).toBe('http://localhost:3000/compare/iso-27032-vs-iso-27701')
    expect(model.seo.breadcrumbs).toEqual([
      { name: 'Home', path: '/' },
      { name: 'Comparisons', path: '/compare' },
      { name: 'ISO 27032 vs ISO 27701', path: '/compare/iso-27032-vs-iso-27701' },
    ])
    expect(model.seo.jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        mainEntity: [
          ...model.faq[0]!.items.map((item) => ({ '@type': 'Question', name: item.question, acceptedAnswer: { '@type': 'Answer', text: item.answer } })),
          { '@type': 'Question', name: 'Is ISO 27032 certifiable?', acceptedAnswer: { '@type': 'Answer', text: 'No. It is guidance only.' } },
          {
            '@type': 'Question',
            name: 'Can ISO 27701 be certified?',
            acceptedAnswer: { '@type': 'Answer', text: 'Yes, as an extension of an ISO 27001 certificate.' },
          },
        ],
      },
      {
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: 'http://localhost:3000/' },
          { '@type': 'ListItem', position: 2, name: 'Comparisons', item: 'http://localhost:3000/compare' },
          { '@type': 'ListItem', position: 3, name: 'ISO 27032 vs ISO 27701', item: 'http://localhost:3000/compare/iso-27032-vs-iso-27701' },
        ],
      },
      {
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: 'ISO 27032 vs ISO 27701',
        description: model.seo.description,
        mainEntityOfPage: 'http://localhost:3000/compare/iso-27032-vs-iso-27701',
        author: { '@type': 'Organization', name: 'Versus', url: 'http://localhost:3000/' },
        publisher: { '@type': 'Organization', name: 'Versus', url: 'http://localhost:3000/' },
      },
    ])
  })

  it('dates the Article from the pair (published) and the latest change to the pair or either standard (modified)', () => {
    const a = makeStandard({ slug: 'a', shortName: 'A', updatedAt: '2026-03-01T00:00:00.000Z' })
    const b = makeStandard({ slug: 'b', shortName: 'B', updatedAt: '2026-01-01T00:00:00.000Z' })
    const result = compareStandards({
      standards: [a, b],
      aspects: [],
      comparison: { standards: ['a', 'b'], createdAt: '2025-12-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' },
      site: { name: 'Example', url: 'https://versus.example' },
    })
    expect(result.seo.jsonLd.find((x) => x['@type'] === 'Article')).toMatchObject({
      headline: 'A vs B',
      datePublished: '2025-12-01T00:00:00.000Z',
      dateModified: '2026-03-01T00:00:00.000Z',
      author: { '@type': 'Organization', name: 'Example', url: 'https://versus.example/' },
      publisher: { name: 'Example' },
    })
  })

  it('dates the Article from the editor’s last review of the pair when there is one, and reports every review', () => {
    const a = makeStandard({ slug: 'a', shortName: 'A', updatedAt: '2026-03-01T00:00:00.000Z', review: { at: '2026-02-10T00:00:00.000Z', by: ' Ann ' } })
    const b = makeStandard({ slug: 'b', shortName: 'B', review: { at: 'not a date', by: 'Bob' } })
    const result = compareStandards({
      standards: [b, a],
      aspects: [],
      comparison: { standards: ['a', 'b'], updatedAt: '2026-04-01T00:00:00.000Z', review: { at: '2026-02-20T00:00:00.000Z', by: '' } },
    })
    expect(result.seo.jsonLd.find((x) => x['@type'] === 'Article')).toMatchObject({ dateModified: '2026-02-20T00:00:00.000Z' })
    expect(result.review).toEqual({
      pair: { at: '2026-02-20T00:00:00.000Z', by: null },
      standards: [{ at: '2026-02-10T00:00:00.000Z', by: 'Ann' }, null],
    })
    const generated = compareStandards({ standards: [a, b], aspects: [] })
    expect(generated.review?.pair).toBeNull()
  })

  it('reports reviews in header order, whatever they hold', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        const a = makeStandard({ slug: 'a', shortName: 'A', review: x as StandardRecord['review'] })
        const b = makeStandard({ slug: 'b', shortName: 'B', review: y as StandardRecord['review'] })
        const model = compareStandards({ standards: [b, a], aspects: [], comparison: { standards: ['a', 'b'], review: y as StandardRecord['review'] } })
        expect(compareStandards({ standards: [a, b], aspects: [] }).review?.standards).toEqual(model.review?.standards)
        for (const review of [...(model.review?.standards ?? []), model.review?.pair]) {
          if (review) expect(Number.isNaN(Date.parse(review.at))).toBe(false)
        }
      }),
    )
  })

  it('uses the site URL without its trailing slash, always has the generated pair FAQ, shortens long titles', () => {
    const a = makeStandard({ slug: 'a', shortName: 'A rather long standard name', faq: [] })
    const b = makeStandard({ slug: 'b', shortName: 'Another long standard name', faq: [] })
    const result = compareStandards({ standards: [a, b], aspects: [], site: { name: 'Versus', url: 'https://versus.example///' } })
    expect(result.seo.canonicalUrl).toBe('https://versus.example/compare/a-vs-b')
    expect(result.seo.jsonLd.map((x) => x['@type'])).toEqual(['FAQPage', 'BreadcrumbList', 'Article'])
    expect(result.seo.title).toBe('A rather long standard name vs Another long standard name')
    const e = makeStandard({ slug: 'e', shortName: 'ISO/IEC 27001:2022 ISMS' })
    const f = makeStandard({ slug: 'f', shortName: 'NIST CSF 2.0 Core' })
    expect(compareStandards({ standards: [e, f], aspects: [] }).seo.title).toBe(
      'ISO/IEC 27001:2022 ISMS vs NIST CSF 2.0 Core: Key Differences',
    )
    const c = makeStandard({ slug: 'c', shortName: 'C'.repeat(40) })
    const d = makeStandard({ slug: 'd', shortName: 'D'.repeat(40) })
    const long = compareStandards({ standards: [c, d], aspects: [] }).seo.title
    expect(long.length).toBeLessThanOrEqual(65)
    expect(long.endsWith('…')).toBe(true)
  })
})

describe('compareStandards properties', () => {
  it('is symmetric: (A, B) and (B, A) give deep-equal models', () => {
    fc.assert(
      fc.property(compareInput, (input) => {
        expect(compareStandards(swapped(input))).toEqual(compareStandards(input))
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic, also when catalog and aspect arrays are shuffled', () => {
    fc.assert(
      fc.property(compareInput, fc.integer(), (input, seed) => {
        const expected = compareStandards(input)
        expect(compareStandards(input)).toEqual(expected)
        const shuffled: CompareInput = {
          ...input,
          aspects: shuffle(input.aspects, seed),
          catalog: {
            standards: shuffle(input.catalog?.standards ?? [], seed + 1),
            comparisons: shuffle(input.catalog?.comparisons ?? [], seed + 2),
            articles: shuffle(input.catalog?.articles ?? [], seed + 3),
          },
        }
        expect(compareStandards(shuffled)).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('is total and keeps its output invariants on arbitrary records', () => {
    fc.assert(
      fc.property(compareInput, (input) => {
        const result = compareStandards(input)
        const { verdict, seo } = result
        expect(verdict.text.length).toBeGreaterThan(0)
        if (verdict.generated) {
          expect(verdict.text).not.toMatch(/\bundefined\b|\bNaN\b|\s\s|^\s|\s$/)
          expect(verdict.text).toMatch(/\.$/)
          // two sentences, neither empty
          expect(verdict.text.split('. Organisations adopt ')).toHaveLength(2)
        }
        expect(seo.description.length).toBeLessThanOrEqual(160)
        expect(seo.title.length).toBeLessThanOrEqual(65)
        expect(seo.canonicalUrl.endsWith(result.pair.path)).toBe(true)
        expect(result.relatedArticles.length).toBeLessThanOrEqual(3)
        expect(result.related.length).toBeLessThanOrEqual(6)
        expect(result.differences.every((d) => !d.same || (d.values[0] !== '—' && d.values[1] !== '—'))).toBe(true)
        expect(result.faq.every((section) => section.items.length > 0)).toBe(true)
        expect(() => JSON.stringify(result.seo.jsonLd)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  it('generates well-punctuated verdicts whenever the facts are plain words', () => {
    const words = fc.lorem({ maxCount: 4 })
    const wordy = fc
      .tuple(standardRecord(), words, words, words, words, fc.option(words))
      .map(([standard, shortName, jurisdiction, publisher, tagline, category]) => ({
        ...standard,
        shortName,
        jurisdiction,
        publisher,
        tagline,
        category: category === null ? null : { slug: 'c', name: category },
      }))
    fc.assert(
      fc.property(wordy, wordy, (a, b) => {
        const { text } = compareStandards({ standards: [a, b], aspects: [] }).verdict
        expect(text).not.toMatch(/\s\s|\s[.,;]|[.,;][.,;]|\b(undefined|null|NaN)\b|^\s|\s$| is (a|an) (from|for|covering)\b/)
        expect(text).toMatch(/(^|\. ).+, while .+\. Organisations adopt [^;]+(; .+)?\.$/)
      }),
      { numRuns: 300 },
    )
  })

  describe('names in other text', () => {
    const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/

    it('drops a name\'s bidi overrides and isolates a right-to-left name, so "A vs B" keeps its order', () => {
      const reversed = makeStandard({ slug: 'evil', shortName: '\u202EEvil\u2069 Std' })
      const hebrew = makeStandard({ slug: 'si-27001', shortName: 'ת"י 27001' })
      const { title, seo, verdict } = compareStandards({ standards: [reversed, hebrew], aspects: [] })
      expect(title).toBe('Evil Std vs \u2068ת"י 27001\u2069')
      expect(seo.title.startsWith(title)).toBe(true)
      expect(verdict.text).not.toMatch(/\u202E/)
      expect(compareStandards({ standards: [iso27032, iso27701], aspects: [] }).title).toBe('ISO 27032 vs ISO 27701')
    })

    it('never lets a bidi control out of a name except a closed isolate around a right-to-left one', () => {
      fc.assert(
        fc.property(compareInput, (input) => {
          const { title, headers } = compareStandards(input)
          for (const name of [headers[0].shortName, headers[1].shortName]) {
            const inner = name.startsWith('\u2068') && name.endsWith('\u2069') ? name.slice(1, -1) : name
            expect(inner).not.toMatch(BIDI_CONTROL)
          }
          expect(title).toBe(`${headers[0].shortName} vs ${headers[1].shortName}`)
        }),
        { numRuns: 300 },
      )
    })
  })
})

/*
 * Issue 12: one resolved model per page, comparative claims that agree with
 * the facts they cite, and no empty or false structure.
 */
describe('compareStandards: one page, one story (issue 12)', () => {
  const ASPECTS = ['scope', 'testing', 'penalties'] as const
  const aspectRecords = ASPECTS.map((slug, order) => ({ slug, name: slug.toUpperCase(), order }))
  // Values are unique markers, so a stray generated value is found by substring.
  const pairWithOverrides = fc
    .record({
      a: standardRecord(fc.constant('alpha')),
      b: standardRecord(fc.constant('beta')),
      own: fc.array(fc.tuple(fc.constantFrom('alpha', 'beta'), fc.constantFrom(...ASPECTS), fc.boolean()), { maxLength: 6 }),
      overridden: fc.array(fc.tuple(fc.constantFrom('alpha', 'beta'), fc.constantFrom(...ASPECTS)), { maxLength: 6 }),
      verdict: fc.option(fc.constant('Editor verdict.'), { nil: null }),
    })
    .map(({ a, b, own, overridden, verdict }) => {
      const values = (slug: string) =>
        own.filter(([s]) => s === slug).map(([s, aspect, alt]) => ({ aspect, value: `generated-${s}-${aspect}${alt ? '-x' : ''}` }))
      return {
        standards: [
          { ...a, aspectValues: values('alpha') },
          { ...b, aspectValues: values('beta') },
        ] as [StandardRecord, StandardRecord],
        comparison: {
          standards: ['alpha', 'beta'] as [string, string],
          verdict,
          aspectOverrides: overridden.map(([standard, aspect]) => ({ standard, aspect, value: `override-${standard}-${aspect}` })),
        },
      }
    })

  it('states only the resolved value of every aspect, in every section', () => {
    fc.assert(
      fc.property(pairWithOverrides, ({ standards, comparison }) => {
        const model = compareStandards({ standards, aspects: aspectRecords, comparison })
        const resolved = (slug: string, aspect: string): string => {
          const override = comparison.aspectOverrides.find((o) => o.standard === slug && o.aspect === aspect)
          if (override) return override.value
          return standards.find((s) => s.slug === slug)?.aspectValues.find((v) => v.aspect === aspect)?.value ?? '—'
        }
        // The table.
        for (const row of model.differences) {
          expect(row.values).toEqual([resolved('alpha', row.aspect.slug), resolved('beta', row.aspect.slug)])
        }
        // "What the other adds", both ways.
        expect(model.adds?.map((a) => `${a.from}>${a.to}`)).toEqual(['alpha>beta', 'beta>alpha'])
        for (const adds of model.adds ?? []) {
          for (const point of adds.points.filter((p) => p.kind === 'aspect')) {
            const slug = point.key.slice('aspect:'.length)
            expect(point.aspect?.to).toBe(resolved(adds.to, slug))
            expect(point.aspect?.from).toBe(resolved(adds.from, slug))
          }
        }
        // No section says a generated value an override replaced.
        const replaced = comparison.aspectOverrides
          .map((o) => standards.find((s) => s.slug === o.standard)?.aspectValues.find((v) => v.aspect === o.aspect)?.value)
          .filter((v): v is string => v !== undefined)
        const stated = JSON.stringify([
          model.differences.map((r) => r.values),
          model.adds,
          model.verdict,
          model.faq,
          model.seo.description,
          model.seo.jsonLd,
        ])
        for (const value of replaced) expect(stated).not.toContain(`"${value}"`)
        for (const value of replaced) expect(stated).not.toContain(`${value} `)
        for (const value of replaced) expect(stated).not.toContain(`${value})`)
      }),
      { numRuns: 200 },
    )
  })

  const months = fc.record({ min: fc.integer({ min: 1, max: 30 }), max: fc.integer({ min: 1, max: 30 }) })
  const factual = fc
    .record({ a: standardRecord(fc.constant('alpha')), b: standardRecord(fc.constant('beta')), ma: months, mb: months })
    .map(({ a, b, ma, mb }) => [
      { ...a, shortName: 'Alpha', implementationMonths: ma },
      { ...b, shortName: 'Beta', implementationMonths: mb },
    ] as [StandardRecord, StandardRecord])
  const rank = { low: 1, medium: 2, high: 3 } as const
  const range = (s: StandardRecord) => {
    const lo = Math.min(s.implementationMonths.min, s.implementationMonths.max)
    const hi = Math.max(s.implementationMonths.min, s.implementationMonths.max)
    return { lo, hi }
  }

  it('makes a comparative claim only when the facts it cites support it, and the same claim everywhere', () => {
    fc.assert(
      fc.property(factual, ([a, b]) => {
        const model = compareStandards({ standards: [a, b], aspects: [] })
        const texts = [model.verdict.text, ...model.faq.flatMap((s) => s.items.map((i) => i.answer)), ...(model.adds ?? []).flatMap((x) => x.points.map((p) => p.text))]
        const byName = { Alpha: a, Beta: b }
        for (const text of texts) {
          // Never "6–12 months against 6–12 months".
          for (const match of text.matchAll(/(\d+(?:–\d+)? months?) against (\d+(?:–\d+)? months?)/g)) expect(match[1]).not.toBe(match[2])
          for (const match of text.matchAll(/(Alpha|Beta) is the heavier lift/g)) {
            const heavy = byName[match[1] as 'Alpha' | 'Beta']
            const light = heavy === a ? b : a
            expect(rank[heavy.complexity]).toBeGreaterThanOrEqual(rank[light.complexity])
            expect(range(heavy).lo).toBeGreaterThanOrEqual(range(light).lo)
            expect(range(heavy).hi).toBeGreaterThanOrEqual(range(light).hi)
            const tie = rank[heavy.complexity] === rank[light.complexity] && range(heavy).lo === range(light).lo && range(heavy).hi === range(light).hi
            expect(tie).toBe(false)
          }
          for (const match of text.matchAll(/(Alpha|Beta) usually costs more/g)) {
            const dear = byName[match[1] as 'Alpha' | 'Beta']
            expect(dear.costBand).toBeGreaterThan((dear === a ? b : a).costBand)
          }
          for (const match of text.matchAll(/(Alpha|Beta) is mandatory where it applies; (Alpha|Beta) is voluntary/g)) {
            expect(byName[match[1] as 'Alpha' | 'Beta'].obligation).toBe('mandatory')
            expect(byName[match[2] as 'Alpha' | 'Beta'].obligation).toBe('voluntary')
          }
          for (const match of text.matchAll(/(?:Only |only )?(Alpha|Beta) can be certified/g)) {
            expect(byName[match[1] as 'Alpha' | 'Beta'].legalNature).toBe('certifiable-standard')
          }
          expect(text).not.toMatch(/to earn independent certification/.test(text) ? /accreditation-standard/ : /$^/)
        }
        // The verdict and FAQ never disagree on who is heavier.
        const heavier = (text: string) => [...text.matchAll(/(Alpha|Beta) is the heavier lift/g)].map((m) => m[1])
        const faqEffort = model.faq[0]?.items.find((i) => i.question.startsWith('Which takes more effort'))?.answer ?? ''
        if (heavier(model.verdict.text).length > 0) expect(heavier(faqEffort)).toEqual(heavier(model.verdict.text))
      }),
      { numRuns: 300 },
    )
  })

  it('never shows empty or false structure', () => {
    fc.assert(
      fc.property(compareInput, (input) => {
        const model = compareStandards(input)
        for (const row of model.differences) {
          if (row.values[0] === '—' && row.values[1] === '—') {
            expect(row.recorded).toBe(false)
            expect(row.same).toBe(false)
          } else expect(row.recorded).toBe(true)
        }
        // A generated pair FAQ on every page, editors' questions first.
        const pair = model.faq[0]
        expect(pair?.standard).toBe(null)
        expect(pair?.items.length).toBeGreaterThanOrEqual(4)
        expect(model.faq.every((s) => s.items.length > 0)).toBe(true)
        for (const adds of model.adds ?? []) {
          for (const point of adds.points) expect(point.text).not.toMatch(/offers no certification of its own|\bcomplements\b|not stated/)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('keeps proper nouns in taglines capitalised', () => {
    const popia = makeStandard({
      slug: 'popia',
      shortName: 'POPIA',
      legalNature: 'law',
      obligation: 'mandatory',
      jurisdiction: 'South Africa',
      publisher: 'Parliament of South Africa',
      tagline: 'South Africa’s data protection law.',
    })
    const gdprLike = makeStandard({ slug: 'gdpr', shortName: 'GDPR', tagline: 'The EU’s data protection law.', jurisdiction: 'European Union' })
    const text = compareStandards({ standards: [popia, gdprLike], aspects: [] }).verdict.text
    expect(text).toContain('covering South Africa’s data protection law')
    expect(text).toContain('covering the EU’s data protection law')
    fc.assert(
      fc.property(fc.constantFrom('Kenya', 'Brazil', 'Japan', 'Ontario'), fc.lorem({ maxCount: 3 }), (place, rest) => {
        const s = makeStandard({ slug: 's', shortName: 'S', jurisdiction: place, tagline: `${place}’s ${rest}` })
        expect(compareStandards({ standards: [s, iso27001], aspects: [] }).verdict.text).toContain(`${place}’s`)
      }),
    )
  })

  it('says laboratories are accredited against an accreditation standard, never certified', () => {
    const lab = makeStandard({ slug: 'iso-17025', shortName: 'ISO 17025', legalNature: 'accreditation-standard' })
    const model = compareStandards({ standards: [lab, iso27001], aspects: [] })
    expect(model.verdict.text).toContain('ISO 17025 to be accredited by a national accreditation body')
    expect(model.verdict.text).not.toMatch(/ISO 17025 to earn independent certification/)
    expect(model.headers.find((h) => h.slug === 'iso-17025')?.legalNatureLabel).toBe('Accreditation standard')
    const certification = model.faq[0]?.items.find((i) => i.question.startsWith('Can an organisation be certified'))
    expect(certification?.answer).toBe(
      'Organisations are certified against ISO 27001, while bodies such as laboratories are accredited against ISO 17025.',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { compareStandards, pairSlug, type Complexity, type LegalNature, type Obligation, type RelationType, type StandardRecord } from '@versus/engine'
import { articles, aspects, categories, comparisons, site, standards } from './index'
import type { Block, StandardSeed } from './types'
import { seedEngineRecord } from './engine-record'

// Exhaustive records: adding a value to an engine enum breaks type-checking here until it is listed.
const LEGAL_NATURES: Record<LegalNature, true> = {
  regulation: true,
  directive: true,
  law: true,
  'certifiable-standard': true,
  'accreditation-standard': true,
  'guidance-standard': true,
  framework: true,
  'industry-scheme': true,
}
const OBLIGATIONS: Record<Obligation, true> = { mandatory: true, voluntary: true }
const COMPLEXITIES: Record<Complexity, true> = { low: true, medium: true, high: true }
const RELATIONS: Record<RelationType, true> = {
  extends: true,
  'builds-on': true,
  'maps-to': true,
  replaces: true,
  complements: true,
  'takes-precedence': true,
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const ASPECT_SLUGS = ['scope', 'industry', 'nature', 'testing', 'penalties']

const standardSlugs = new Set(standards.map((s) => s.slug))
const aspectSlugs = new Set(aspects.map((a) => a.slug))

/** Every string in a value, with a path for error messages. */
function strings(value: unknown, path: string, out: { path: string; text: string }[] = []) {
  if (typeof value === 'string') out.push({ path, text: value })
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out)
  return out
}

const allContent = { categories, aspects, standards, comparisons, articles, site }
const allStrings = strings(allContent, 'content')

function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (typeof b === 'string' ? [b] : b.list))
}

function wordCount(blocks: Block[]): number {
  return blockTexts(blocks)
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

function pairKey(a: string, b: string): string {
  return [a, b].sort().join('|')
}

function standard(slug: string): StandardSeed {
  const found = standards.find((s) => s.slug === slug)
  if (!found) throw new Error(`no standard ${slug}`)
  return found
}

describe('plain text everywhere', () => {
  it('has no markdown syntax, placeholders or stray whitespace', () => {
    const problems: string[] = []
    for (const { path, text } of allStrings) {
      const checks: [RegExp, string][] = [
        [/\*\*/, 'bold **'],
        [/__/, 'underscores __'],
        [/`/, 'backtick'],
        [/^\s*#/m, 'heading #'],
        [/^\s*[-*+] /m, 'list marker'],
        [/^\s*\d+\. /m, 'numbered list marker'],
        [/\[[^\]]*\]\([^)]*\)/, 'markdown link'],
        [/<\/?[a-z][^>]*>/i, 'HTML tag'],
        [/\bundefined\b|\bNaN\b|\[object Object\]/, 'placeholder'],
        [/\bTODO\b|\bTBD\b|lorem ipsum/i, 'unfinished text'],
        [/^\s|\s$/, 'leading or trailing whitespace'],
        [/ {2,}/, 'double space'],
      ]
      for (const [re, what] of checks) if (re.test(text)) problems.push(`${path}: ${what}: ${text.slice(0, 80)}`)
    }
    expect(problems).toEqual([])
  })

  it('states no overlap percentages', () => {
    const offending = allStrings.filter(
      ({ text }) => /%/.test(text) && /overlap|similar|in common|alignment|coverage/i.test(text),
    )
    expect(offending).toEqual([])
  })
})

describe('categories', () => {
  it('have valid, unique slugs and text', () => {
    expect(new Set(categories.map((c) => c.slug)).size).toBe(categories.length)
    for (const c of categories) {
      expect(c.slug).toMatch(SLUG)
      expect(c.name.trim()).not.toBe('')
      expect(c.description.trim()).not.toBe('')
    }
  })

  it('are all used, and every standard uses an existing one', () => {
    const used = new Set(standards.map((s) => s.category))
    expect([...used].sort()).toEqual(categories.map((c) => c.slug).sort())
  })
})

describe('aspects', () => {
  it('are the five seeded rows in order', () => {
    const sorted = [...aspects].sort((a, b) => a.order - b.order)
    expect(sorted.map((a) => a.slug)).toEqual(ASPECT_SLUGS)
    expect(sorted.map((a) => a.order)).toEqual([10, 20, 30, 40, 50])
    for (const a of aspects) {
      expect(a.name.trim()).not.toBe('')
      expect(a.description.trim()).not.toBe('')
    }
  })
})

describe('standards', () => {
  it('are the 15 seeded standards with unique valid slugs', () => {
    expect(standards).toHaveLength(15)
    expect(standardSlugs.size).toBe(standards.length)
    expect(new Set(standards.map((s) => s.shortName)).size).toBe(standards.length)
    for (const s of standards) {
      expect(s.slug).toMatch(SLUG)
      expect(s.slug).not.toContain('-vs-')
    }
  })

  describe.each(standards.map((s) => [s.slug, s] as const))('%s', (_slug, s) => {
    it('has every field filled', () => {
      for (const { path, text } of strings(s, s.slug)) expect(text.trim(), path).not.toBe('')
      for (const [key, value] of Object.entries(s)) {
        expect(value, key).not.toBeUndefined()
        expect(value, key).not.toBeNull()
        if (Array.isArray(value)) expect(value.length, key).toBeGreaterThan(0)
      }
      for (const block of [...s.whatItIs, ...s.whyOrganizationsUseIt, ...s.implementationOverview])
        if (typeof block !== 'string') {
          expect(block.list.length).toBeGreaterThan(0)
          for (const item of block.list) expect(item.trim()).not.toBe('')
        }
    })

    it('has valid enums and numbers', () => {
      expect(LEGAL_NATURES[s.legalNature]).toBe(true)
      expect(OBLIGATIONS[s.obligation]).toBe(true)
      expect(COMPLEXITIES[s.complexity]).toBe(true)
      expect([1, 2, 3, 4]).toContain(s.costBand)
      expect(Number.isInteger(s.editionYear)).toBe(true)
      expect(s.editionYear).toBeGreaterThanOrEqual(1900)
      expect(s.editionYear).toBeLessThanOrEqual(2100)
      expect(s.implementationMonths.min).toBeGreaterThan(0)
      expect(s.implementationMonths.min).toBeLessThanOrEqual(s.implementationMonths.max)
      expect(s.implementationMonths.max).toBeLessThanOrEqual(60)
    })

    it('has an official title carrying the edition year', () => {
      expect(s.officialTitle).toContain(String(s.editionYear))
      // No other year may appear in the title, so badge and title cannot disagree.
      const years = s.officialTitle.match(/\b(19|20)\d{2}\b/g) ?? []
      expect(new Set(years)).toEqual(new Set([String(s.editionYear)]))
    })

    it('keeps lengths within the page layout', () => {
      expect(s.tagline.length).toBeLessThanOrEqual(160)
      expect(s.keyFeatures.length).toBeGreaterThanOrEqual(3)
      expect(s.keyFeatures.length).toBeLessThanOrEqual(7)
      expect(s.keyComponents.length).toBeGreaterThanOrEqual(4)
      expect(s.keyComponents.length).toBeLessThanOrEqual(6)
      expect(s.whatItIs.length).toBeGreaterThanOrEqual(1)
      expect(s.whatItIs.length).toBeLessThanOrEqual(2)
      expect(s.whatItIs.every((b) => typeof b === 'string')).toBe(true)
      expect(s.faq.length).toBeGreaterThanOrEqual(3)
      expect(s.faq.length).toBeLessThanOrEqual(4)
      expect(s.sources.length).toBeGreaterThanOrEqual(1)
      expect(s.sources.length).toBeLessThanOrEqual(3)
    })

    it('has an implementation overview with a paragraph and a list of phases', () => {
      expect(s.implementationOverview.some((b) => typeof b === 'string')).toBe(true)
      expect(s.implementationOverview.some((b) => typeof b !== 'string')).toBe(true)
    })

    it('has a value for exactly the seeded aspects', () => {
      expect(Object.keys(s.aspectValues).sort()).toEqual([...aspectSlugs].sort())
      for (const value of Object.values(s.aspectValues)) expect(value.length).toBeLessThanOrEqual(90)
    })

    it('has FAQ answers of one to three sentences', () => {
      for (const item of s.faq) {
        expect(item.question.trim().endsWith('?')).toBe(true)
        const sentences = item.answer.split(/[.!?](?:\s|$)/).filter((x) => x.trim() !== '')
        expect(sentences.length, item.question).toBeGreaterThanOrEqual(1)
        expect(sentences.length, item.question).toBeLessThanOrEqual(3)
      }
    })

    it('cites https sources', () => {
      for (const src of s.sources) {
        expect(src.label.trim()).not.toBe('')
        expect(src.url).toMatch(/^https:\/\/[^\s]+$/)
      }
      expect(new Set(s.sources.map((x) => x.url)).size).toBe(s.sources.length)
    })

    it('relates only to other existing standards, once each', () => {
      for (const r of s.related) {
        expect(standardSlugs.has(r.standard), r.standard).toBe(true)
        expect(r.standard).not.toBe(s.slug)
        expect(RELATIONS[r.relation]).toBe(true)
      }
      expect(new Set(s.related.map((r) => r.standard)).size).toBe(s.related.length)
    })

    it('has a legal nature that matches its title and obligation', () => {
      const t = s.officialTitle
      expect(t.startsWith('Directive ('), 'directive title').toBe(s.legalNature === 'directive')
      expect(t.startsWith('Regulation ('), 'regulation title').toBe(s.legalNature === 'regulation')
      expect(/\bAct\b/.test(t) && !t.startsWith('Regulation'), 'act title').toBe(s.legalNature === 'law')
      const binding = ['regulation', 'directive', 'law', 'industry-scheme'].includes(s.legalNature)
      expect(s.obligation).toBe(binding ? 'mandatory' : 'voluntary')
      if (s.legalNature === 'guidance-standard') expect(s.aspectValues.nature).toMatch(/not certifiable/)
      if (s.legalNature === 'industry-scheme') expect(s.aspectValues.nature).toMatch(/not a law/)
      if (s.legalNature === 'accreditation-standard') {
        expect(s.aspectValues.nature).toMatch(/accreditation/)
        expect(s.keyFeatures.join(' ')).toMatch(/not through certification/)
      }
    })
  })

  it('gives the expected legal nature to the well-known cases', () => {
    const expected: Record<string, LegalNature> = {
      nis2: 'directive',
      dora: 'regulation',
      gdpr: 'regulation',
      'eu-ai-act': 'regulation',
      popia: 'law',
      'pci-dss': 'industry-scheme',
      'nist-csf-2': 'framework',
      'nist-sp-800-53': 'guidance-standard',
      'iso-27002': 'guidance-standard',
      'iso-27032': 'guidance-standard',
      'iso-27001': 'certifiable-standard',
      'iso-27701': 'certifiable-standard',
      'iso-9001': 'certifiable-standard',
      'iso-17025': 'accreditation-standard',
      'ul-2900-1': 'certifiable-standard',
    }
    for (const [slug, nature] of Object.entries(expected)) expect(standard(slug).legalNature, slug).toBe(nature)
    expect(standard('iso-17025').aspectValues.testing).toMatch(/accreditation/i)
  })

  it('never contradicts an edition year or citation anywhere in the content', () => {
    const problems: string[] = []
    for (const s of standards) {
      // "ISO/IEC 27001:2022", "ISO 9001:2015", "ANSI/CAN/UL 2900-1:2017"
      const designation = s.officialTitle.match(/^((?:[A-Z]+\/)*[A-Z]+ [\d-]+):(\d{4})\b/)
      if (designation) {
        const number = designation[1]!.split(' ')[1]!
        const re = new RegExp(`\\b(?:ISO|IEC|UL)[A-Z/]* ${number}:(\\d{4})`, 'g')
        for (const { path, text } of allStrings)
          for (const m of text.matchAll(re))
            if (m[1] !== String(s.editionYear)) problems.push(`${path}: ${m[0]} (edition is ${s.editionYear})`)
      }
      // "Regulation (EU) 2016/679", "Directive (EU) 2022/2555"
      const citation = s.officialTitle.match(/^(Regulation|Directive) \(EU\) (\d{4})\/(\d+)/)
      if (citation) {
        const re = /\b(Regulation|Directive) \(EU\) (\d{4})\/(\d+)/g
        for (const { path, text } of allStrings)
          for (const m of text.matchAll(re))
            if (m[3] === citation[3] && (m[1] !== citation[1] || m[2] !== citation[2]))
              problems.push(`${path}: ${m[0]} (official citation is ${citation[0]})`)
      }
    }
    expect(problems).toEqual([])
  })

  it('uses the same control count for ISO/IEC 27001 Annex A and ISO/IEC 27002', () => {
    const counts = allStrings
      .filter(({ text }) => /27001|27002|Annex A/.test(text))
      .flatMap(({ text }) => [...text.matchAll(/\b(\d{1,3}) (?:information security )?controls\b/g)].map((m) => m[1]))
    const themed = new Set(['37', '8', '14', '34', '93'])
    for (const c of counts) expect(themed.has(c!), `unexpected control count ${c}`).toBe(true)
  })
})

describe('comparisons', () => {
  it('cover at least 12 distinct pairs of existing standards', () => {
    expect(comparisons.length).toBeGreaterThanOrEqual(12)
    const keys = new Set<string>()
    for (const c of comparisons) {
      const [a, b] = c.standards
      expect(standardSlugs.has(a), a).toBe(true)
      expect(standardSlugs.has(b), b).toBe(true)
      expect(a).not.toBe(b)
      const key = pairKey(a, b)
      expect(keys.has(key), `${a} vs ${b} twice`).toBe(false)
      keys.add(key)
    }
  })

  it('include the four pairs of the reference page', () => {
    const keys = new Set(comparisons.map((c) => pairKey(...c.standards)))
    for (const [a, b] of [
      ['iso-27032', 'iso-27701'],
      ['iso-27032', 'iso-17025'],
      ['iso-9001', 'eu-ai-act'],
      ['ul-2900-1', 'popia'],
    ] as const)
      expect(keys.has(pairKey(a, b)), `${a} vs ${b}`).toBe(true)
  })

  it('name their standards in the order the page shows them ("A, against B" reads as "A vs B"): canonical unless people search it the other way', () => {
    const chosen = comparisons.map((c) => c.standards.join('-vs-')).filter((slug, i) => slug !== pairSlug(...comparisons[i]!.standards))
    expect(chosen.sort()).toEqual(['nis2-vs-iso-27001', 'nist-csf-2-vs-iso-27001', 'nist-sp-800-53-vs-iso-27001', 'pci-dss-vs-iso-27001'])
  })

  it('have a one-line summary each', () => {
    for (const c of comparisons) {
      expect(c.summary.trim()).not.toBe('')
      expect(c.summary.length).toBeLessThanOrEqual(160)
    }
  })

  it('feature about five pairs and leave most verdicts to the engine', () => {
    const featured = comparisons.filter((c) => c.featured).length
    expect(featured).toBeGreaterThanOrEqual(4)
    expect(featured).toBeLessThanOrEqual(6)
    const withVerdict = comparisons.filter((c) => c.verdict !== undefined)
    expect(withVerdict.length).toBeGreaterThanOrEqual(2)
    expect(withVerdict.length).toBeLessThanOrEqual(3)
    for (const c of withVerdict) {
      const sentences = c.verdict!.split(/[.!?](?:\s|$)/).filter((x) => x.trim() !== '')
      expect(sentences, c.standards.join(' vs ')).toHaveLength(2)
    }
  })

  it('have two or three pair-specific questions when they have a FAQ', () => {
    for (const c of comparisons)
      if (c.faq) {
        expect(c.faq.length).toBeGreaterThanOrEqual(2)
        expect(c.faq.length).toBeLessThanOrEqual(3)
      }
  })

  it('override only seeded aspects of their own standards, with a different value', () => {
    const overrides = comparisons.flatMap((c) => (c.aspectOverrides ?? []).map((o) => ({ c, o })))
    expect(overrides.length).toBeGreaterThan(0)
    for (const { c, o } of overrides) {
      expect(aspectSlugs.has(o.aspect), o.aspect).toBe(true)
      expect(c.standards).toContain(o.standard)
      expect(o.value.length).toBeLessThanOrEqual(90)
      expect(o.value).not.toBe(standard(o.standard).aspectValues[o.aspect])
    }
  })
})

describe('articles', () => {
  it('are three, with unique slugs', () => {
    expect(articles).toHaveLength(3)
    expect(new Set(articles.map((a) => a.slug)).size).toBe(articles.length)
  })

  describe.each(articles.map((a) => [a.slug, a] as const))('%s', (_slug, a) => {
    it('is complete and links to existing standards', () => {
      expect(a.slug).toMatch(SLUG)
      expect(a.title.trim()).not.toBe('')
      expect(a.summary.trim()).not.toBe('')
      expect(a.summary.length).toBeLessThanOrEqual(200)
      expect(a.standards.length).toBeGreaterThan(0)
      for (const slug of a.standards) expect(standardSlugs.has(slug), slug).toBe(true)
    })

    it('is 250 to 400 words of paragraphs and lists', () => {
      const words = wordCount(a.body)
      expect(words).toBeGreaterThanOrEqual(250)
      expect(words).toBeLessThanOrEqual(400)
      expect(a.body.some((b) => typeof b === 'string')).toBe(true)
      expect(a.body.some((b) => typeof b !== 'string')).toBe(true)
    })

    it('is published in 2026 with an ISO date', () => {
      expect(a.publishedAt).toMatch(/^2026-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/)
      expect(Number.isNaN(Date.parse(a.publishedAt))).toBe(false)
    })
  })
})

describe('site', () => {
  it('is named Versus and links only to relative paths', () => {
    expect(site.siteName).toBe('Versus')
    expect(site.tagline.trim()).not.toBe('')
    for (const value of Object.values(site.cta)) expect(value.trim()).not.toBe('')
    const urls = [site.cta.linkUrl, ...site.footerLinks.map((l) => l.url)]
    for (const url of urls) expect(url).toMatch(/^\/(?!\/)[a-z0-9/-]*$/)
    expect(site.footerLinks.map((l) => l.url)).toEqual(expect.arrayContaining(['/standards', '/compare']))
    for (const l of site.footerLinks) expect(l.label.trim()).not.toBe('')
  })
})

describe('the seeded comparisons, as the engine words them', () => {
  const bySlug = new Map(standards.map((s) => [s.slug, seedEngineRecord(s)]))
  const models = comparisons.map((c) => {
    const [a, b] = c.standards.map((slug) => bySlug.get(slug)!) as [StandardRecord, StandardRecord]
    return compareStandards({ standards: [a, b], aspects, comparison: { ...c, standards: c.standards } })
  })

  it('never words ISO/IEC 17025 as certified: laboratories are accredited against it', () => {
    const labPairs = models.filter((m) => m.pair.standards.includes('iso-17025'))
    expect(labPairs.length).toBeGreaterThan(0)
    for (const model of labPairs) {
      const text = model.generatedVerdict ?? ''
      expect(text, model.pair.slug).toContain('ISO 17025 to be accredited by a national accreditation body')
      expect(text, model.pair.slug).not.toMatch(/ISO 17025 (to earn independent certification|is a [^.]*certifiable)/)
      const header = model.headers.find((h) => h.slug === 'iso-17025')
      expect(header?.legalNatureLabel).toBe('Accreditation standard')
    }
  })

  it('makes no comparative claim between equal facts, and keeps proper nouns capitalised', () => {
    for (const model of models) {
      for (const text of [model.generatedVerdict ?? '', ...model.faq.flatMap((s) => s.items.map((i) => i.answer))]) {
        for (const match of text.matchAll(/(\d+(?:–\d+)? months?) against (\d+(?:–\d+)? months?)/g)) expect(match[1], model.pair.slug).not.toBe(match[2])
        expect(text, model.pair.slug).not.toMatch(/\bsouth Africa|\beuropean Union|\bunited States/)
      }
    }
  })

  it('lists only real additions under "what the other adds"', () => {
    for (const model of models) {
      for (const adds of model.adds ?? []) {
        for (const point of adds.points) expect(point.text, model.pair.slug).not.toMatch(/offers no certification of its own|complements|not stated/)
      }
    }
  })
})

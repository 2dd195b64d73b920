/**
 * fast-check arbitraries for engine records. Test-only: not exported from the
 * package index.
 */
import fc from 'fast-check'
import type { CompareInput } from '../model'
import type {
  ArticleRecord,
  AspectRecord,
  CategoryRecord,
  ComparisonRecord,
  Complexity,
  CostBand,
  FaqItem,
  LegalNature,
  Obligation,
  RelationType,
  RichText,
  RichTextNode,
  StandardRecord,
} from '../types'

export const LEGAL_NATURES: LegalNature[] = [
  'regulation',
  'directive',
  'law',
  'certifiable-standard',
  'accreditation-standard',
  'guidance-standard',
  'framework',
  'industry-scheme',
]
export const OBLIGATIONS: Obligation[] = ['mandatory', 'voluntary']
export const COMPLEXITIES: Complexity[] = ['low', 'medium', 'high']
export const RELATIONS: RelationType[] = ['extends', 'builds-on', 'maps-to', 'replaces', 'complements', 'takes-precedence']
export const COST_BANDS: CostBand[] = [1, 2, 3, 4]

/** A few real-looking slugs, so generated records collide and link to each other. */
export const SLUG_POOL = ['iso-9001', 'iso-27001', 'iso-27032', 'iso-27701', 'gdpr', 'nis2', 'a', 'a-1', 'a-01', 'a-10', 'b2']
export const ASPECT_POOL = ['scope', 'industry', 'nature', 'testing', 'penalties']

const segment = fc.stringMatching(/^[a-z0-9]{1,6}$/).filter((s) => s !== 'vs')

/** Any valid slug (see isValidSlug). */
export const validSlug: fc.Arbitrary<string> = fc
  .array(segment, { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'))

/** Slugs heavy in digits, to exercise natural ordering. */
export const digitySlug: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.stringMatching(/^[0-9]{1,4}$/), fc.constantFrom('a', 'b', 'iso', 'z9', '0')), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join('-'))

export const pooledSlug: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...SLUG_POOL), validSlug)

/** Text including the awkward cases: empty, blank, odd whitespace, any Unicode, lone surrogates. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constantFrom('  ', '\n\n', '\t x \u00a0 y ', 'EU rules for AI', 'Guidelines for X.', 'ÉCOLE ç', '—'),
  // Bidirectional text: an override, an unmatched isolate end, Hebrew and Arabic names.
  fc.constantFrom('\u202Eevil name', 'ISO\u2069\u202E 1', 'תקן 27001', 'نظام حماية البيانات', 'PDPL \u0646\u0638\u0627\u0645'),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.lorem({ maxCount: 12 }),
)

/** Numbers a careless CMS might hand over. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 80 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0),
)

export const category: fc.Arbitrary<CategoryRecord | null> = fc.option(
  fc.record({ slug: fc.constantFrom('cybersecurity', 'privacy', 'quality', ''), name: anyText }),
  { nil: null },
)

const richTextNode: fc.Arbitrary<RichTextNode> = fc.letrec<{ node: RichTextNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('text'), text: anyText }),
    fc.record({ type: fc.constantFrom('linebreak', 'tab') }),
    fc.record(
      {
        type: fc.constantFrom('paragraph', 'heading', 'list', 'listitem', 'link', 'quote', 'weird', ''),
        text: anyText,
        children: fc.array(tie('node'), { maxLength: 4 }),
      },
      { requiredKeys: ['type'] },
    ),
  ),
})).node

export const richText: fc.Arbitrary<RichText | null> = fc.option(
  richTextNode.map((node) => ({ root: { type: 'root', children: [node] } })),
  { nil: null },
)

export const faqItem: fc.Arbitrary<FaqItem> = fc.record({ question: anyText, answer: anyText })

/** A standard with the given slug arbitrary; every other field arbitrary and often odd. */
export function standardRecord(slug: fc.Arbitrary<string> = pooledSlug): fc.Arbitrary<StandardRecord> {
  return fc.record(
    {
      slug,
      shortName: anyText,
      officialTitle: anyText,
      editionYear: fc.oneof(fc.integer({ min: 1900, max: 2100 }), anyNumber),
      legalNature: fc.constantFrom(...LEGAL_NATURES),
      obligation: fc.constantFrom(...OBLIGATIONS),
      jurisdiction: fc.oneof(fc.constantFrom('International', 'European Union', 'United States'), anyText),
      publisher: fc.oneof(fc.constantFrom('ISO/IEC', 'NIST', 'European Parliament and Council'), anyText),
      category,
      tagline: anyText,
      costBand: fc.constantFrom(...COST_BANDS),
      complexity: fc.constantFrom(...COMPLEXITIES),
      implementationMonths: fc.record({ min: anyNumber, max: anyNumber }),
      keyFeatures: fc.array(anyText, { maxLength: 4 }),
      whatItIs: richText,
      keyComponents: fc.array(anyText, { maxLength: 3 }),
      whyOrganizationsUseIt: richText,
      implementationOverview: richText,
      aspectValues: fc.array(
        fc.record({ aspect: fc.oneof(fc.constantFrom(...ASPECT_POOL), anyText), value: anyText }),
        { maxLength: 6 },
      ),
      faq: fc.array(faqItem, { maxLength: 3 }),
      sources: fc.array(fc.record({ label: anyText, url: fc.oneof(fc.webUrl(), anyText) }), { maxLength: 2 }),
      related: fc.array(fc.record({ standard: pooledSlug, relation: fc.constantFrom(...RELATIONS) }), {
        maxLength: 4,
      }),
      updatedAt: fc.constant('2025-01-01T00:00:00.000Z'),
    },
    { requiredKeys: ['slug', 'shortName', 'officialTitle', 'editionYear', 'legalNature', 'obligation', 'jurisdiction', 'publisher', 'category', 'tagline', 'costBand', 'complexity', 'implementationMonths', 'keyFeatures', 'whatItIs', 'keyComponents', 'whyOrganizationsUseIt', 'implementationOverview', 'aspectValues', 'faq', 'sources', 'related'] },
  )
}

export const aspectRecord: fc.Arbitrary<AspectRecord> = fc.record({
  slug: fc.oneof(fc.constantFrom(...ASPECT_POOL), validSlug),
  name: anyText,
  order: fc.oneof(fc.integer({ min: -3, max: 10 }), anyNumber),
})

/** Aspects with distinct slugs (duplicates keep the first, which shuffling would change). */
export const aspectList: fc.Arbitrary<AspectRecord[]> = fc.uniqueArray(aspectRecord, {
  maxLength: 7,
  selector: (aspect) => aspect.slug,
})

export function comparisonRecord(slug: fc.Arbitrary<string> = pooledSlug): fc.Arbitrary<ComparisonRecord> {
  return fc.record(
    {
      standards: fc.tuple(slug, slug),
      verdict: fc.option(anyText, { nil: null }),
      aspectOverrides: fc.array(
        fc.record({ aspect: fc.constantFrom(...ASPECT_POOL), standard: slug, value: anyText }),
        { maxLength: 3 },
      ),
      faq: fc.array(faqItem, { maxLength: 2 }),
      featured: fc.boolean(),
      summary: fc.option(anyText, { nil: null }),
    },
    { requiredKeys: ['standards'] },
  )
}

export const articleRecord: fc.Arbitrary<ArticleRecord> = fc.record({
  slug: validSlug,
  title: anyText,
  summary: anyText,
  standards: fc.array(pooledSlug, { maxLength: 3 }),
})

export const catalog = fc.record({
  standards: fc.uniqueArray(standardRecord(), { maxLength: 8, selector: (s) => s.slug }),
  comparisons: fc.array(comparisonRecord(), { maxLength: 12 }),
  articles: fc.uniqueArray(articleRecord, { maxLength: 6, selector: (a) => a.slug }),
})

/** A full, well-typed CompareInput with catalog entries whose identities are unique. */
export const compareInput: fc.Arbitrary<CompareInput> = fc.record(
  {
    standards: fc.tuple(standardRecord(), standardRecord()),
    aspects: aspectList,
    comparison: fc.option(comparisonRecord(), { nil: null }),
    catalog,
    site: fc.record({ name: anyText, url: fc.oneof(fc.webUrl(), fc.constant('https://versus.example/'), anyText) }),
  },
  { requiredKeys: ['standards', 'aspects'] },
)

/** Deterministic Fisher–Yates shuffle driven by a seed (tests must not use Math.random). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed >>> 0 || 1
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    const j = state % (i + 1)
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

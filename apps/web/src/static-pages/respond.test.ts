import { beforeEach, describe, expect, it } from 'vitest'
import { articlePage } from '@/content-pages/article'
import { comparisonPage } from '@/content-pages/comparison'
import { aboutPage } from '@/content-pages/about'
import { contactPage } from '@/content-pages/contact'
import { methodologyPage } from '@/content-pages/methodology'
import { suggestPage, suggestThanksPage } from '@/content-pages/suggest'
import { standardPage } from '@/content-pages/standard'
import { installWorld } from '@/test/fixtures'
import { staticPageResponse } from './respond'
import { getStylesheet } from './stylesheet'

beforeEach(() => {
  installWorld()
})

/** Every <script> element's opening tag. */
const scriptTags = (html: string) => html.match(/<script\b[^>]*>/g) ?? []

describe('staticPageResponse', () => {
  it('renders a comparison as a whole HTML document whose only script element is JSON-LD data', async () => {
    const response = await staticPageResponse(await comparisonPage('iso-27001-vs-iso-27002'), '/compare/iso-27001-vs-iso-27002')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(html.startsWith('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>')).toBe(true)
    expect(scriptTags(html)).toEqual(['<script type="application/ld+json">'])
    expect(html).not.toMatch(/_next\/static|self\.__next_f/)
    expect(html).toContain(`<link rel="stylesheet" href="${(await getStylesheet()).path}"/>`)
    expect(html).toContain('<link rel="canonical" href="https://versus.example/compare/iso-27001-vs-iso-27002"/>')
    expect(html).toContain('<meta property="og:image" content="https://versus.example/compare/iso-27001-vs-iso-27002/opengraph-image"/>')
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    expect(html).toMatch(/<h1 class="v-hero__title">ISO 27001 vs ISO 27002/)
    expect(html).toContain('<main id="main" tabindex="-1" class="v-container">')
  })

  it('labels a generated pair and keeps it out of search engines (robots meta and X-Robots-Tag); a reviewed pair has neither', async () => {
    const generated = await staticPageResponse(await comparisonPage('iso-27002-vs-iso-27032'), '/compare/iso-27002-vs-iso-27032')
    expect(generated.status).toBe(200)
    expect(generated.headers.get('x-robots-tag')).toBe('noindex')
    const html = await generated.text()
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect(html).toContain('Generated from the standards’ records — not yet reviewed by an editor.')
    expect(html).toContain('<link rel="canonical" href="https://versus.example/compare/iso-27002-vs-iso-27032"/>')
    expect(html).not.toContain('"@type":"Article"')

    const reviewed = await staticPageResponse(await comparisonPage('iso-27001-vs-iso-27002'), '/compare/iso-27001-vs-iso-27002')
    expect(reviewed.headers.get('x-robots-tag')).toBeNull()
    const reviewedHtml = await reviewed.text()
    expect(reviewedHtml).not.toContain('name="robots"')
    expect(reviewedHtml).not.toContain('data-generated-notice')
    expect(reviewedHtml).toContain('"@type":"Article"')
  })

  it('renders the methodology with the anchors pair pages link to, and no script', async () => {
    const response = await staticPageResponse(await methodologyPage(), '/methodology')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(scriptTags(html)).toEqual([])
    for (const id of ['records', 'overrides', 'reviews', 'estimates', 'coverage', 'inferred', 'editions', 'sources']) {
      expect(html).toContain(`<section id="${id}" aria-labelledby="${id}-heading"`)
      expect(html).toContain(`href="#${id}"`)
    }
    expect(html).toContain('<link rel="canonical" href="https://versus.example/methodology"/>')
    expect(html).toMatch(/<title>How we compare standards \| Versus<\/title>/)
  })

  it('says when and by whom a reviewed pair was reviewed, and dates its JSON-LD from it', async () => {
    const html = await (await staticPageResponse(await comparisonPage('iso-27001-vs-iso-27002'), '/compare/iso-27001-vs-iso-27002')).text()
    expect(html).toContain('Last reviewed <time dateTime="2026-12-01">1 December 2026</time> by Ann Editor.')
    expect(html).toContain('"dateModified":"2026-12-01T00:00:00.000Z"')
    expect(html).toContain('href="/methodology#estimates"')
  })

  it('shows a generated pair the review dates of its two records, and never says the pair was reviewed', async () => {
    const html = await (await staticPageResponse(await comparisonPage('iso-27002-vs-iso-27032'), '/compare/iso-27002-vs-iso-27032')).text()
    expect(html).toContain('Not reviewed as a pair.')
    expect(html).toContain('ISO 27002: no review recorded')
    expect(html).toContain('ISO 27032: <time dateTime="2026-11-28">28 November 2026</time> by the Versus editors')
    expect(html).not.toContain('Last reviewed')
    expect(html).not.toContain('dateModified')
  })

  it('dates a standard’s page from its review', async () => {
    const html = await (await staticPageResponse(await standardPage('iso-27001'), '/standards/iso-27001')).text()
    expect(html).toContain('Last reviewed <time dateTime="2026-11-30">30 November 2026</time> by Ann Editor.')
    expect(html).toContain('"dateModified":"2026-11-30T00:00:00.000Z","lastReviewed":"2026-11-30T00:00:00.000Z"')
  })

  it('renders about, contact, the suggestion form and its thanks page without scripts, the form posting to the site', async () => {
    for (const [page, path, heading] of [
      [await aboutPage(), '/about', 'About Versus'],
      [await contactPage(), '/contact', 'Contact the editors'],
      [await suggestPage(), '/suggest', 'Suggest a comparison'],
      [await suggestThanksPage(), '/suggest/thanks', 'Thank you'],
    ] as const) {
      const response = await staticPageResponse(page, path)
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(scriptTags(html)).toEqual([])
      expect(html).toContain(`<h1 class="v-page-title">${heading}</h1>`)
    }
    const form = await (await staticPageResponse(await suggestPage(), '/suggest')).text()
    expect(form).toMatch(/<form class="v-suggest"[^>]* action="\/api\/suggestions" method="post">/)
    expect(form).toContain('<option value="iso-27032">ISO 27032</option>')
    expect(form).not.toContain('draft-only')
  })

  it('echoes a refused suggestion back as text, never as markup', async () => {
    const page = await suggestPage({ message: 'Please check the form.', input: { message: '<img src=x onerror=alert(1)>' }, errors: { message: 'Too long' } })
    const html = await (await staticPageResponse(page, '/suggest')).text()
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;</textarea>')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('<meta name="robots" content="noindex"/>')
  })

  it('gives standards and articles the site title template and no Open Graph image', async () => {
    const html = await (await staticPageResponse(await standardPage('iso-27001'), '/standards/iso-27001')).text()
    expect(html).toMatch(/<title>[^<]+ \| Versus<\/title>/)
    expect(html).toContain('<meta name="twitter:card" content="summary"/>')
    expect(html).not.toContain('og:image')
    const article = await articlePage('nope')
    expect(article.kind).toBe('not-found')
  })

  it('answers a reversed pair with a permanent redirect to the canonical order', async () => {
    const response = await staticPageResponse(await comparisonPage('iso-27002-vs-iso-27001'), '/compare/iso-27002-vs-iso-27001')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('/compare/iso-27001-vs-iso-27002')
  })

  it('answers a missing standard with the not-found page, suggestions drawn on the server, noindex', async () => {
    const response = await staticPageResponse(await standardPage('iso-2700'), '/standards/iso-2700')
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect(html).toContain('We could not find that page')
    expect(html).toContain('<a href="/standards/iso-27001">ISO 27001</a>')
    expect(scriptTags(html)).toEqual([])
  })
})

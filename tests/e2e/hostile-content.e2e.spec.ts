import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { cmsURL, editorToken } from '../support/admin'
import { artifactPath } from '../support/artifacts'
import {
  ALL,
  COMBINING,
  EMOJI,
  IMG,
  JS_URL,
  MARKDOWN,
  NUL,
  RTL,
  SCRIPT,
  SVG,
  ZERO_WIDTH,
  fill,
  hostileRichText,
  longWord,
  scriptLinkRichText,
} from '../support/hostile'

// An editor publishes a category, an aspect, two standards, their comparison and an article whose
// every text holds markup, script, script links, markdown, odd Unicode and words as long as the
// field allows. Every page that shows them must keep them text: nothing runs, no link runs script,
// JSON-LD stays JSON, and nothing scrolls sideways at 360 or 1280 px. The documents get slugs of
// their own and are deleted at the end.
test.describe.configure({ mode: 'serial' })

const RUN = Date.now().toString(36)
const slug = {
  a: `hostile-${RUN}-a`,
  b: `hostile-${RUN}-b`,
  category: `hostile-${RUN}`,
  aspect: `hostile-${RUN}`,
  article: `hostile-${RUN}`,
}
const pair = `${slug.a}-vs-${slug.b}`
const shortName = { a: fill(40, SCRIPT), b: `${RTL}${EMOJI}${longWord(40 - RTL.length - EMOJI.length)}` }
const jurisdiction = fill(100, `${JS_URL} ${RTL}`)
const articleTitle = fill(200, SCRIPT)

let api: APIRequestContext
const created: { collection: string; id: number | string }[] = []

async function create(collection: string, data: Record<string, unknown>): Promise<{ id: number | string }> {
  const response = await api.post(`${cmsURL}/api/${collection}`, { data })
  expect(response.status(), `create ${collection}: ${(await response.text()).slice(0, 500)}`).toBe(201)
  const { doc } = (await response.json()) as { doc: { id: number | string } }
  created.push({ collection, id: doc.id })
  return doc
}

async function idsBySlug(collection: string): Promise<Record<string, number | string>> {
  const response = await api.get(`${cmsURL}/api/${collection}?depth=0&limit=0&pagination=false`)
  const { docs } = (await response.json()) as { docs: { id: number | string; slug: string }[] }
  return Object.fromEntries(docs.map((doc) => [doc.slug, doc.id]))
}

function hostileStandard(side: 'a' | 'b', refs: { category: unknown; aspects: Record<string, number | string>; related: unknown }) {
  // Each side carries every payload, in a different field, so each field sees several.
  const payloads = side === 'a' ? ALL : [...ALL].reverse()
  const pick = (i: number) => payloads[i % payloads.length] ?? SCRIPT
  return {
    slug: slug[side],
    shortName: shortName[side],
    officialTitle: fill(300, `${side === 'a' ? IMG : SVG} ${MARKDOWN} ${NUL}`),
    editionYear: 2024,
    legalNature: 'framework',
    obligation: side === 'a' ? 'mandatory' : 'voluntary',
    jurisdiction,
    publisher: fill(150, `${SVG} ${COMBINING}`),
    category: refs.category,
    tagline: fill(160, `${MARKDOWN} ${EMOJI} ${ZERO_WIDTH} ${NUL}`),
    costBand: 3,
    complexity: 'high',
    implementationMonths: { min: 1, max: 60 },
    keyFeatures: Array.from({ length: 7 }, (_, i) => ({ text: fill(300, pick(i)) })),
    whatItIs: hostileRichText(),
    keyComponents: Array.from({ length: 5 }, (_, i) => ({ text: fill(400, pick(i + 3)) })),
    whyOrganizationsUseIt: hostileRichText(),
    implementationOverview: hostileRichText(),
    aspectValues: Object.values(refs.aspects).map((aspect, i) => ({ aspect, value: fill(600, pick(i + 1)) })),
    faq: [
      { question: fill(200, SVG), answer: fill(3000, `${SCRIPT}\n\n${IMG}\n\n${MARKDOWN}`) },
      { question: `${RTL} ${EMOJI}?`, answer: longWord(3000) },
    ],
    sources: [
      { label: fill(200, IMG), url: `https://example.org/${encodeURIComponent(SCRIPT)}?q="><svg/onload=window.__pwned=1>` },
    ],
    related: [{ standard: refs.related, relation: 'complements' }],
    _status: 'published',
  }
}

test.beforeAll(async ({ browser, playwright }) => {
  const page = await browser.newPage()
  const token = await editorToken(page)
  await page.close()
  api = await playwright.request.newContext({ extraHTTPHeaders: { authorization: `JWT ${token}` } })

  const category = await create('categories', { slug: slug.category, name: fill(80, IMG), description: fill(1000, SCRIPT) })
  const aspect = await create('aspects', { slug: slug.aspect, name: fill(60, SVG), order: 9999, description: fill(1000, SCRIPT) })
  const aspects = await idsBySlug('aspects')
  const standards = await idsBySlug('standards')
  const a = await create('standards', hostileStandard('a', { category: category.id, aspects, related: standards.gdpr }))
  const b = await create('standards', hostileStandard('b', { category: category.id, aspects, related: a.id }))
  await create('comparisons', {
    // a first: the reviewed pair lives at `pair`, its editor's order
    standardA: a.id,
    standardB: b.id,
    summary: fill(300, `${SCRIPT} ${MARKDOWN}`),
    verdict: fill(2000, `${IMG}\n\n${SVG}\n\n${JS_URL}`),
    aspectOverrides: [
      { aspect: aspects.scope, side: 'b', value: fill(600, SVG) },
      { aspect: aspect.id, side: 'a', value: fill(600, SCRIPT) },
    ],
    faq: [{ question: fill(200, IMG), answer: fill(3000, MARKDOWN) }],
    featured: true,
    _status: 'published',
  })
  await create('articles', {
    slug: slug.article,
    title: articleTitle,
    summary: fill(600, `${IMG} ${MARKDOWN}`),
    body: hostileRichText(),
    standards: [a.id, b.id],
    publishedAt: new Date().toISOString(),
    _status: 'published',
  })
})

test.afterAll(async () => {
  // Dependents first: a comparison before its standards, standards before their category.
  const order = ['comparisons', 'articles', 'standards', 'categories', 'aspects']
  for (const { collection, id } of created.sort((x, y) => order.indexOf(x.collection) - order.indexOf(y.collection))) {
    const response = await api.delete(`${cmsURL}/api/${collection}/${id}`)
    expect(response.ok(), `delete ${collection} ${id}: ${await response.text()}`).toBe(true)
  }
  await api.dispose()
})

test('the CMS refuses what it must not store, and strips NUL', async () => {
  const refused = async (path: string, data: unknown, message: RegExp | string) => {
    const response = await api.post(`${cmsURL}${path}`, { data })
    const body = await response.text()
    expect(response.status(), `${path}: ${body.slice(0, 300)}`).toBe(400)
    if (typeof message === 'string') expect(body).toContain(message)
    else expect(body).toMatch(message)
  }
  const { docs } = (await (await api.get(`${cmsURL}/api/standards?where[slug][equals]=${slug.a}&depth=0`)).json()) as {
    docs: { id: number | string; officialTitle: string; tagline: string; category: number | string }[]
  }
  const a = docs[0]
  if (!a) throw new Error(`standard ${slug.a} missing`)
  expect(a.officialTitle).not.toContain('\u0000')
  expect(a.officialTitle).toContain('nulbyte')
  expect(a.tagline).toContain(`${MARKDOWN} ${EMOJI} ${ZERO_WIDTH} nulbyte`)

  const draft = (fields: Record<string, unknown>) => ({ shortName: 'Refused', category: a.category, _status: 'draft', ...fields })
  await refused('/api/standards?draft=true', draft({ shortName: longWord(41) }), 'At most 40 characters (now 41).')
  await refused('/api/standards?draft=true', draft({ whatItIs: scriptLinkRichText() }), 'A link in this text goes to')
  await refused('/api/standards?draft=true', draft({ whatItIs: scriptLinkRichText(' JaVaScRiPt:alert(1)') }), 'A link in this text goes to')
  await refused('/api/standards?draft=true', draft({ sources: [{ label: 'x', url: JS_URL }] }), /"path":"sources\.0\.url"/)
  await refused('/api/articles?draft=true', { title: 'Refused', summary: 's', _status: 'draft', body: scriptLinkRichText('data:text/html,x') }, 'A link in this text goes to')
  await refused('/api/standards?draft=true', draft({ legalNature: SCRIPT }), 'Pick one of:')

  // The site global's links: refused, and left as they were.
  const before = await (await api.get(`${cmsURL}/api/globals/site?depth=0`)).json()
  for (const data of [{ cta: { ...before.cta, linkUrl: JS_URL } }, { footerLinks: [{ label: 'x', url: '//evil.example' }] }]) {
    const response = await api.post(`${cmsURL}/api/globals/site`, { data })
    expect(response.status(), await response.text()).toBe(400)
  }
  expect(await (await api.get(`${cmsURL}/api/globals/site?depth=0`)).json()).toEqual(before)
})

interface Inspection {
  pwned: unknown
  onAttributes: string[]
  scriptUrls: string[]
  strayScripts: string[]
  jsonLdErrors: string[]
  overflow: string[]
}

/** What in the rendered page came out of content as something other than text. */
function inspect(page: Page): Promise<Inspection> {
  return page.evaluate(() => {
    const onAttributes: string[] = []
    const scriptUrls: string[] = []
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc']
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase()
        if (name.startsWith('on')) onAttributes.push(`<${element.tagName.toLowerCase()} ${name}>`)
        // eslint-disable-next-line no-control-regex
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase()
        if (urlAttributes.includes(name) && /^(javascript|vbscript|data):/.test(value)) {
          scriptUrls.push(`<${element.tagName.toLowerCase()} ${name}="${attribute.value.slice(0, 60)}">`)
        }
      }
    }
    // Next inlines its data as `self.__next_f.push(…)` scripts, which hold the content as strings.
    const strayScripts = Array.from(document.querySelectorAll('script'))
      .filter((s) => !s.src && s.type !== 'application/ld+json' && !/^\s*\(?self\.__next_f/.test(s.textContent ?? ''))
      .filter((s) => (s.textContent ?? '').includes('__pwned'))
      .map((s) => (s.textContent ?? '').slice(0, 80))
    const jsonLdErrors = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).flatMap((s) => {
      try {
        JSON.parse(s.textContent ?? '')
        return []
      } catch (error) {
        return [String(error)]
      }
    })
    // The elements sticking out past the viewport, outside anything that scrolls on its own.
    const overflow: string[] = []
    if (document.documentElement.scrollWidth > window.innerWidth) {
      for (const element of Array.from(document.body.querySelectorAll('*'))) {
        const rect = element.getBoundingClientRect()
        if (rect.right <= window.innerWidth + 1 || rect.width === 0) continue
        let scroller = element.parentElement
        while (scroller && !['auto', 'scroll', 'hidden'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement
        if (scroller && scroller !== document.body && scroller !== document.documentElement) continue
        overflow.push(`<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> right edge ${Math.round(rect.right)} px`)
        if (overflow.length >= 5) break
      }
      if (overflow.length === 0) overflow.push(`document ${document.documentElement.scrollWidth} px wide`)
    }
    return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, onAttributes, scriptUrls, strayScripts, jsonLdErrors, overflow }
  })
}

/** JSON-LD as sent: each block parses, so no "</script>" in content ended one early. */
function jsonLdProblems(html: string): string[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '')
  return blocks.flatMap((block, i) => {
    try {
      JSON.parse(block)
      return block.includes('<') ? [`JSON-LD block ${i} holds a raw "<"`] : []
    } catch (error) {
      return [`JSON-LD block ${i} does not parse: ${String(error)}`]
    }
  })
}

/** Waits until the site serves `path` with `text` in it: a publish reaches pages through the refresh webhook. */
async function live(page: Page, path: string, text: string) {
  await expect(async () => {
    const response = await page.request.get(path)
    expect(response.status(), path).toBe(200)
    expect(await response.text()).toContain(text)
  }).toPass({ timeout: 30_000 })
}

const PAGES: { path: string; shows: string }[] = [
  { path: `/standards/${slug.a}`, shows: `/compare/${pair}` },
  { path: `/standards/${slug.b}`, shows: `/compare/${pair}` },
  { path: `/compare/${pair}`, shows: `/standards/${slug.b}` },
  { path: `/compare/gdpr-vs-${slug.a}-vs-${slug.b}`, shows: slug.b },
  { path: '/', shows: `/compare/${pair}` },
  { path: '/standards', shows: `/standards/${slug.b}` },
  { path: `/standards?category=${slug.category}`, shows: `/standards/${slug.a}` },
  { path: `/standards?jurisdiction=${encodeURIComponent(jurisdiction)}`, shows: `/standards/${slug.a}` },
  { path: `/standards?q=${encodeURIComponent(SCRIPT)}`, shows: 'Standards' },
  { path: '/compare', shows: `pick-${slug.a}` },
  { path: `/compare?s=${slug.a}`, shows: `pick-${slug.b}` },
  { path: `/articles/${slug.article}`, shows: `/standards/${slug.a}` },
  { path: '/articles', shows: `/articles/${slug.article}` },
]

test('every page that shows the content keeps it inert, and fits 360 and 1280 px', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const problems: string[] = []
  for (const { path, shows } of PAGES) {
    await live(page, path, shows)
    const html = await (await page.request.get(path)).text()
    for (const problem of jsonLdProblems(html)) problems.push(`${path}: ${problem}`)
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 })
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      await page.waitForLoadState('networkidle')
      const found = await inspect(page)
      const at = `${path} at ${width} px`
      if (found.pwned !== undefined) problems.push(`${at}: window.__pwned is ${String(found.pwned)}`)
      for (const item of found.onAttributes) problems.push(`${at}: event handler attribute ${item}`)
      for (const item of found.scriptUrls) problems.push(`${at}: script URL ${item}`)
      for (const item of found.strayScripts) problems.push(`${at}: a script from content: ${item}`)
      for (const item of found.jsonLdErrors) problems.push(`${at}: JSON-LD does not parse: ${item}`)
      for (const item of found.overflow) problems.push(`${at}: wider than the viewport: ${item}`)
    }
  }
  expect(problems).toEqual([])
  expect(dialogs).toEqual([])
  // The first screen only: the page, with its 5,000-character words wrapped at 360 px, is taller than a screenshot may be.
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto(`/compare/${pair}`)
  await page.screenshot({ path: artifactPath('hostile-comparison-360.png') })
})

test('the content shows as text, where people read it', async ({ page }) => {
  await page.goto(`/standards/${slug.a}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SCRIPT)
  expect(await page.title()).toContain(SCRIPT)
  await expect(page.getByRole('main')).toContainText(MARKDOWN)
  await expect(page.getByRole('main')).toContainText(longWord(5000))

  await page.goto(`/compare/${pair}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SCRIPT)
  await expect(page.locator('main table').first()).toContainText(fill(600, SVG))

  await page.goto(`/articles/${slug.article}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SCRIPT)
  await expect(page.getByRole('main')).toContainText(IMG)
})

test('filtering and picking hostile standards in the browser runs nothing', async ({ page }) => {
  await page.goto('/standards')
  await page.waitForLoadState('networkidle')
  const form = page.locator('main form').first()
  await form.locator('select[name="category"]').selectOption(slug.category)
  await form.locator('select[name="jurisdiction"]').selectOption(jurisdiction.slice(0, 100))
  await form.locator('input[name="q"]').fill(SCRIPT)
  await form.locator('input[name="q"]').fill(`${IMG} ${RTL}`)
  await form.locator('input[name="q"]').fill('')
  await expect(page.locator(`a[href="/standards/${slug.a}"]`).first()).toBeVisible()
  expect((await inspect(page)).pwned).toBeUndefined()

  await page.goto('/compare')
  await page.waitForLoadState('networkidle')
  await page.locator(`#pick-${slug.a}`).check()
  await page.locator(`#pick-${slug.b}`).check()
  await page.getByRole('button', { name: /^compare/i }).click()
  await expect(page).toHaveURL(new RegExp(`/compare/${pair}$`))
  const found = await inspect(page)
  expect(found.pwned).toBeUndefined()
  expect(found.onAttributes).toEqual([])
})

test('the sitemap, the partner API and the preview image stay well-formed', async ({ page, request }) => {
  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.status()).toBe(200)
  const xml = await sitemap.text()
  expect(xml).toContain(`/compare/${pair}`)
  await page.goto('/')
  const parseError = await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null, xml)
  expect(parseError).toBeNull()

  const model = await request.get(`/api/compare/${pair}`)
  expect(model.status()).toBe(200)
  expect(model.headers()['content-type']).toContain('application/json')
  const body = (await model.json()) as { headers: { shortName: string }[]; seo: { jsonLd: unknown } }
  // Names come out as stored, less any bidi override (it would reverse "A vs B" after it).
  const shown = { a: shortName.a, b: shortName.b.replace(/[\u202a-\u202e\u2066-\u2069]/g, '') }
  expect(shown.b).not.toBe(shortName.b)
  expect(body.headers.map((h) => h.shortName).sort()).toEqual([shown.a, shown.b].sort())

  await page.goto(`/compare/${pair}`)
  expect(await page.title()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(' vs ')
  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(image, 'the comparison names a preview image').toBeTruthy()
  const png = await request.get(new URL(image ?? '', page.url()).pathname)
  expect(png.status()).toBe(200)
  expect(png.headers()['content-type']).toBe('image/png')
  expect((await png.body()).length).toBeGreaterThan(1000)
})

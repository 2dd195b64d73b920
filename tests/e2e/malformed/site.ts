import type { MalformedCase } from './types'

// Requests to the public site (apps/web). Seeded slugs: gdpr, popia, nis2, iso-27001…
const page = (name: string, path: string, extra: Partial<MalformedCase> = {}): MalformedCase => ({
  name: `site ${name}`,
  app: 'site',
  path,
  expect: 'not-found',
  ...extra,
})

const PREFIXES = ['/standards/', '/compare/', '/articles/', '/api/compare/']

const unknownRoutes: MalformedCase[] = [
  page('unknown top-level page', '/nope'),
  page('unknown nested page', '/nope/deeper/still'),
  page('standard page with an extra segment', '/standards/gdpr/extra'),
  page('unknown standard', '/standards/no-such-standard'),
  page('comparison page with an extra segment', '/compare/gdpr-vs-popia/extra'),
  page('article page with an extra segment', '/articles/some-article/extra'),
  page('unknown article', '/articles/no-such-article'),
  page('unknown API route', '/api/nope'),
  page('comparison API without a pair', '/api/compare'),
  page('comparison API with an extra segment', '/api/compare/gdpr-vs-popia/extra'),
  page('unknown Next asset', '/_next/static/chunks/nope.js', { expect: 'not-found' }),
  page('sitemap with a segment', '/sitemap.xml/extra'),
  page('robots with a segment', '/robots.txt/extra'),
  page('OG image with a segment', '/compare/gdpr-vs-popia/opengraph-image/extra'),
  page('the internal filtered route with a segment', '/filtered/standards/extra'),
  page('favicon path with a segment', '/favicon.ico/extra'),
  page('unknown route under /compare/go', '/compare/go/extra'),
]

const traversal: MalformedCase[] = [
  page('encoded traversal at the root', '/..%2f..%2f..%2fetc%2fpasswd'),
  page('encoded dots at the root', '/%2e%2e/%2e%2e/etc/passwd'),
  ...PREFIXES.map((prefix) => page(`encoded traversal under ${prefix}`, `${prefix}..%2f..%2f..%2fpackage.json`)),
  ...PREFIXES.map((prefix) => page(`backslash traversal under ${prefix}`, `${prefix}..%5c..%5cpackage.json`)),
  page('traversal into Next assets', '/_next/static/..%2f..%2f..%2fpackage.json'),
  page('encoded dots into Next assets', '/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json'),
  page('semicolon path parameter', '/standards/..;/..;/package.json'),
  page('raw dot segments', '/standards/../../../../etc/passwd'),
]

const nul: MalformedCase[] = [
  page('NUL at the root', '/%00'),
  ...PREFIXES.map((prefix) => page(`NUL alone under ${prefix}`, `${prefix}%00`)),
  page('NUL after a real standard', '/standards/gdpr%00'),
  page('NUL after a real pair', '/compare/gdpr-vs-popia%00'),
  page('NUL after a real pair in the API', '/api/compare/gdpr-vs-popia%00'),
  page('NUL in the middle of a pair', '/compare/gdpr%00-vs-popia'),
]

const overlong: MalformedCase[] = [
  page('overlong-encoded dots at the root', '/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd'),
  ...PREFIXES.map((prefix) => page(`overlong-encoded slash under ${prefix}`, `${prefix}%C0%AF`)),
  ...PREFIXES.map((prefix) => page(`overlong three-byte slash under ${prefix}`, `${prefix}%E0%80%AF`)),
  // Bytes outside ASCII may not appear unencoded in a request line: the HTTP parser refuses them.
  page('raw overlong bytes in a standard slug', '/standards/\u00c0\u00ae\u00c0\u00ae', { expect: 'client-error' }),
  page('raw Latin-1 bytes in a pair', '/compare/gdpr-vs-p\u00f6pia', { expect: 'client-error' }),
]

const badEncoding: MalformedCase[] = [
  page('a lone percent sign at the root', '/%'),
  page('a bad escape at the root', '/%zz'),
  page('a truncated UTF-8 sequence at the root', '/%E0%A4%A'),
  ...PREFIXES.flatMap((prefix) => [
    page(`a lone percent sign under ${prefix}`, `${prefix}%`),
    page(`a bad escape under ${prefix}`, `${prefix}%zz`),
    page(`a truncated UTF-8 sequence under ${prefix}`, `${prefix}%E0%A4%A`),
    page(`an unpaired surrogate under ${prefix}`, `${prefix}%ED%A0%80`),
  ]),
  page('bad encoding in an unknown route', '/nope/%E0%A4%A'),
  page('bad encoding in a Next asset path', '/_next/static/%E0%A4%A'),
]

// Each size under each prefix: Node's default header limit (16 KB) answers the longer ones with 431.
const longPaths: MalformedCase[] = [8, 16, 32, 64].flatMap((kb) =>
  ['/', '/standards/', '/compare/', '/api/compare/'].map((prefix) =>
    page(`a ${kb} KB path under ${prefix}`, `${prefix}${'a'.repeat(kb * 1024 - prefix.length)}`, {
      expect: kb < 16 ? 'not-found' : 'too-large',
    }),
  ),
)

const doubleSlashes: MalformedCase[] = [
  page('a leading double slash', '//standards', { expect: 'redirect' }),
  page('a double slash inside a path', '/standards//gdpr', { expect: 'redirect' }),
  page('double slashes around a pair', '//compare//gdpr-vs-popia', { expect: 'redirect' }),
  page('three slashes', '///', { expect: 'redirect' }),
  page('a double slash in the API path', '/api//compare/gdpr-vs-popia', { expect: 'redirect' }),
  page('a protocol-relative looking path', '//evil.example/standards', { expect: 'redirect' }),
  page('an encoded protocol-relative path', '/%2F%2Fevil.example'),
  page('a trailing slash', '/standards/gdpr/', { expect: 'redirect' }),
]

const pairs = ['/compare/', '/api/compare/'].flatMap((prefix) => {
  const api = prefix.startsWith('/api')
  const at = (name: string, pair: string, extra: Partial<MalformedCase> = {}) =>
    page(`${api ? 'API ' : ''}pair ${name}`, `${prefix}${pair}`, extra)
  return [
    at('with an empty second slug', 'gdpr-vs-'),
    at('with an empty first slug', '-vs-popia'),
    at('of nothing', '-vs-'),
    at('of just "vs"', 'vs'),
    at('of a standard with itself', 'gdpr-vs-gdpr'),
    at('of a standard with itself in a matrix', 'gdpr-vs-gdpr-vs-popia'),
    at('of five standards', 'gdpr-vs-iso-27001-vs-nis2-vs-pci-dss-vs-popia'),
    at('of twenty standards', Array.from({ length: 20 }, (_, i) => `s${i}`).join('-vs-')),
    at('in uppercase', 'GDPR-vs-POPIA'),
    at('with an uppercase separator', 'gdpr-VS-popia'),
    at('with double hyphens', 'gdpr--vs--popia'),
    at('with a trailing hyphen', 'gdpr-vs-popia-'),
    at('with a trailing separator', 'gdpr-vs-popia-vs-'),
    at('with an unknown standard', 'gdpr-vs-no-such-standard'),
    at('with underscores', 'gdpr_vs_popia'),
    at('with encoded spaces', 'gdpr%20vs%20popia'),
    at('with a file extension', 'gdpr-vs-popia.json'),
    at('with unicode letters', 'gdpr-vs-p%C3%B6pia'),
    at('with an emoji', '%F0%9F%98%80-vs-gdpr'),
    at('with a right-to-left override', 'gdpr-vs-%E2%80%AEpopia'),
    at('with a script tag', '%3Cscript%3Ealert(1)%3C%2Fscript%3E-vs-gdpr', { absent: ['<script>alert(1)</script>'] }),
    ...(api ? [] : [at('in the other order (canonical redirect)', 'popia-vs-gdpr', { expect: 'redirect' })]),
  ]
})

const queries: MalformedCase[] = [
  page('search with a script tag', '/standards?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', {
    expect: 'ok',
    absent: ['<script>alert(1)</script>'],
  }),
  page('search with an attribute break-out', '/standards?q=%22%3E%3Csvg%20onload%3Dalert(1)%3E', {
    expect: 'ok',
    absent: ['<svg onload=alert(1)>'],
  }),
  page('a 10 KB search', `/standards?q=${'x'.repeat(10 * 1024)}`, { expect: 'ok' }),
  page('a filter given as an array', '/standards?category[]=x&category[]=y', { expect: 'ok' }),
  page('a filter with bad percent-encoding', '/standards?category=%E0%A4%A', { expect: 'ok' }),
  page('a filter with NUL', '/standards?obligation=%00', { expect: 'ok' }),
  page('every filter at once, wrong', '/standards?q=&category=__proto__&obligation=maybe&jurisdiction=..&nature=%00', {
    expect: 'ok',
  }),
  page('a picker reason that is markup', '/compare?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E', {
    expect: 'ok',
    absent: ['<script>alert(1)</script>'],
  }),
  page('a picker with 200 selections', `/compare?${Array.from({ length: 200 }, (_, i) => `s=s${i}`).join('&')}`, {
    expect: 'ok',
  }),
  page('the picker target with nothing chosen', '/compare/go', { expect: 'redirect' }),
  page('the picker target with one standard twice', '/compare/go?s=gdpr&s=gdpr', { expect: 'redirect' }),
  page('the picker target with NUL', '/compare/go?s=%00&s=%E0%A4%A', { expect: 'redirect' }),
  page('the picker target with markup', '/compare/go?s=%3Cscript%3E&s=gdpr', { expect: 'redirect' }),
  page('preview to another host', '/api/preview?path=//evil.example&expires=1&sig=00', { expect: 'client-error', status: 400 }),
  page('preview to an absolute URL', '/api/preview?path=https://evil.example/&expires=1&sig=00', {
    expect: 'client-error',
    status: 400,
  }),
  page('preview with a forged signature', '/api/preview?path=/standards/gdpr&expires=9999999999&sig=zz', {
    expect: 'client-error',
    status: 401,
  }),
  page('preview with garbage expiry', '/api/preview?path=/x&expires=abc&sig=zz', { expect: 'client-error', status: 401 }),
  page('preview with nothing', '/api/preview', { expect: 'client-error' }),
  page('image optimizer with a javascript: URL', '/_next/image?url=javascript:alert(1)&w=64&q=75', {
    expect: 'client-error',
    status: 400,
  }),
  page('image optimizer with another host', '/_next/image?url=https://evil.example/x.png&w=64&q=75', {
    expect: 'client-error',
  }),
]

const methods: MalformedCase[] = [
  page('POST to the home page', '/', { method: 'POST', expect: 'client-error', status: 405 }),
  page('PUT to the standards list', '/standards', { method: 'PUT', expect: 'client-error', status: 405 }),
  page('DELETE a comparison page', '/compare/gdpr-vs-popia', { method: 'DELETE', expect: 'client-error', status: 405 }),
  page('POST to the comparison API', '/api/compare/gdpr-vs-popia', { method: 'POST', expect: 'client-error', status: 405 }),
  page('DELETE on the comparison API', '/api/compare/gdpr-vs-popia', { method: 'DELETE', expect: 'client-error', status: 405 }),
  page('GET on the revalidate webhook', '/api/revalidate', { expect: 'client-error', status: 405 }),
  page('the revalidate webhook without its secret', '/api/revalidate', {
    method: 'POST',
    body: '{"tags":["standards"]}',
    headers: { 'content-type': 'application/json' },
    expect: 'client-error',
    status: 401,
  }),
  page('the revalidate webhook with a wrong secret and no JSON', '/api/revalidate', {
    method: 'POST',
    body: 'not json',
    headers: { authorization: 'Bearer wrong' },
    expect: 'client-error',
    status: 401,
  }),
  page('the revalidate webhook with a 10 MB body', '/api/revalidate', {
    method: 'POST',
    body: () => Buffer.alloc(10 * 1024 * 1024, 'a'),
    headers: { 'content-type': 'application/json' },
    expect: 'client-error',
    status: 401,
  }),
  page('a made-up method', '/standards', { method: 'BREW', expect: 'client-error' }),
]

const headers: MalformedCase[] = [
  page('a foreign Host header', '/standards/gdpr', {
    headers: { host: 'evil.example' },
    expect: 'ok',
    absent: ['evil.example'],
  }),
  page('forwarded host and proto', '/compare/gdpr-vs-popia', {
    headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' },
    expect: 'ok',
    absent: ['evil.example', 'javascript:'],
  }),
  page('a garbage draft-mode cookie', '/standards/gdpr', {
    headers: { cookie: '__prerender_bypass=forged; __next_preview_data=%E0%A4%A' },
    expect: 'ok',
    absent: ['Preview — draft content'],
  }),
  page('a 12 KB cookie', '/standards', { headers: { cookie: `x=${'a'.repeat(12 * 1024)}` }, expect: 'ok' }),
  page('a 32 KB header', '/standards', { headers: { 'x-filler': 'a'.repeat(32 * 1024) }, expect: 'too-large' }),
]

// Issue 14: generated addresses naming nothing (each would otherwise be filed in Next's cache), our
// preview session forged or expired, and request headers only Next itself may set.
const generated: MalformedCase[] = [
  page("an unknown pair's image", '/compare/gdpr-vs-no-such-standard/opengraph-image'),
  page("the image of something that is no pair", '/compare/junk/opengraph-image'),
  page('an image with a made-up suffix', '/compare/gdpr-vs-popia/opengraph-imagex'),
  page("an unknown pair's checklist", '/compare/gdpr-vs-no-such-standard/checklist/gdpr.csv'),
  page('a checklist of a standard outside the pair', '/compare/gdpr-vs-popia/checklist/nis2.csv'),
  page('a checklist that is no CSV', '/compare/gdpr-vs-popia/checklist/gdpr.exe'),
  page('a requirement of an unknown standard', '/standards/no-such-standard/requirements/a-5-1'),
  page('a requirement segment the site never writes', '/standards/iso-27001/requirements/A.5.1'),
  page('a requirement segment with markup', '/standards/iso-27001/requirements/%3Cscript%3E', { absent: ['<script>'] }),
  page('a 300-character requirement segment', `/standards/iso-27001/requirements/${'a'.repeat(300)}`),
  page('an edition diff of an unknown standard', '/standards/no-such-standard/editions/a-1--a-2'),
  page('an edition diff that names one edition', '/standards/iso-27001/editions/iso-27001-2022'),
  page('the crosswalk API for an unknown standard', '/api/crosswalk/no-such-standard/gdpr'),
  page('the partner API for a pair of nothing', '/api/compare/junk'),
]

const previewSessions: MalformedCase[] = [
  page("Next's draft cookie with a forged session of ours", '/standards/gdpr', {
    headers: { cookie: `__prerender_bypass=forged; versus_draft=${'a'.repeat(40)}.${'0'.repeat(64)}` },
    expect: 'ok',
    absent: ['Preview — draft content'],
  }),
  page('a forged session of ours alone', '/standards/gdpr', {
    headers: { cookie: `versus_draft=${'a'.repeat(40)}.${'0'.repeat(64)}` },
    expect: 'ok',
    absent: ['Preview — draft content'],
  }),
  page('a session of ours that is no token', '/compare/gdpr-vs-popia', {
    headers: { cookie: '__prerender_bypass=forged; versus_draft=%E0%A4%A' },
    expect: 'ok',
    absent: ['Preview — draft content'],
  }),
  page('a 4 KB session of ours', '/standards/gdpr', {
    headers: { cookie: `__prerender_bypass=forged; versus_draft=${'a'.repeat(4096)}` },
    expect: 'ok',
    absent: ['Preview — draft content'],
  }),
  page('a preview link naming a user that is no id', '/api/preview?path=/standards/gdpr&expires=9999999999&user=a%20b&sig=00', {
    expect: 'client-error',
  }),
  ...['x-prerender-revalidate', 'x-prerender-revalidate-if-generated', 'x-nextjs-data', 'x-middleware-subrequest', 'x-invoke-path'].map(
    (name) => page(`a client-sent ${name}`, '/standards/gdpr', { headers: { [name]: 'forged' }, expect: 'ok', absent: ['Preview — draft content'] }),
  ),
]

export const siteCases: MalformedCase[] = [
  ...unknownRoutes,
  ...traversal,
  ...nul,
  ...overlong,
  ...badEncoding,
  ...longPaths,
  ...doubleSlashes,
  ...pairs,
  ...queries,
  ...methods,
  ...headers,
  ...generated,
  ...previewSessions,
]

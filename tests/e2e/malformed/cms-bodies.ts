import { json, type MalformedCase } from './types'

// Writes to the CMS with bodies that are not what each endpoint takes, and the sign-in endpoints.
// No case signs in with the run's real editor email: five failed logins would lock that account.
const send = (name: string, path: string, body: string | (() => Buffer), extra: Partial<MalformedCase> = {}): MalformedCase => ({
  name: `cms ${name}`,
  app: 'cms',
  method: 'POST',
  path,
  body,
  headers: json,
  signedIn: true,
  expect: 'client-error',
  ...extra,
})

// A standard that would pass validation but for its missing category (so no case can ever create
// one), to vary one field at a time; the answer must name the field varied.
const validStandard = {
  shortName: 'Malformed Corpus',
  officialTitle: 'Malformed Corpus Standard 2024',
  editionYear: 2024,
  legalNature: 'framework',
  obligation: 'voluntary',
  jurisdiction: 'International',
  publisher: 'Nobody',
  tagline: 'Never saved.',
  costBand: 1,
  complexity: 'low',
  implementationMonths: { min: 1, max: 2 },
  keyFeatures: [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
  _status: 'published',
}

/** Rich text whose tree is `levels` nodes deep below the root. */
function nested(levels: number): unknown {
  let node: Record<string, unknown> = { type: 'text', text: 'x' }
  for (let i = 1; i < levels; i++) node = { type: 'quote', children: [node] }
  return { root: { type: 'root', children: [node] } }
}

const standard = (name: string, fields: Record<string, unknown>) =>
  send(`standard with ${name}`, '/api/standards', JSON.stringify({ ...validStandard, ...fields }), {
    mentions: `"path":"${Object.keys(fields)[0]}`,
  })

const wrongTypes: MalformedCase[] = [
  standard('an object for the short name', { shortName: { $gt: '' } }),
  standard('a number for the short name', { shortName: 42 }),
  standard('an array for the short name', { shortName: ['a', 'b'] }),
  standard('a word for the edition year', { editionYear: 'abc' }),
  standard('a fraction for the edition year', { editionYear: 2024.5 }),
  standard('a huge edition year', { editionYear: 1e308 }),
  standard('a word for the cost band', { costBand: 'cheap' }),
  standard('an unknown legal nature', { legalNature: '<script>' }),
  standard('a word for the implementation months', { implementationMonths: 'soon' }),
  standard('reversed implementation months', { implementationMonths: { min: 9, max: 2 } }),
  standard('a string for the key features', { keyFeatures: 'one, two, three' }),
  standard('numbers for the key features', { keyFeatures: [1, 2, 3] }),
  standard('nulls for the key features', { keyFeatures: [null, null, null] }),
  standard('a word for the category', { category: 'abc' }),
  standard('an unknown category id', { category: 999999999 }),
  standard('an ObjectId for the category', { category: '507f1f77bcf86cd799439011' }),
  standard('a word for an aspect', { aspectValues: [{ aspect: 'x', value: 'y' }] }),
  standard('an object for a related standard', { related: [{ standard: {}, relation: 'extends' }] }),
  standard('a string for rich text', { whatItIs: 'plain string' }),
  standard('rich text without children', { whatItIs: { root: { type: 'root', children: 'x' } } }),
  standard('rich text of the wrong shape', { whatItIs: { root: 'x' } }),
  standard('a javascript: source URL', { sources: [{ label: 'x', url: 'javascript:alert(1)' }] }),
  standard('a data: source URL', { sources: [{ label: 'x', url: 'data:text/html,<script>alert(1)</script>' }] }),
  standard('an unknown status', { _status: 'bogus' }),
  standard('a slug with markup', { slug: '<script>alert(1)</script>' }),
  standard('a slug with a pair separator', { slug: 'a-vs-b' }),
  standard('a 5,000-character short name', { shortName: 'x'.repeat(5000) }),
  standard('a 100,000-character tagline', { tagline: 'x'.repeat(100_000) }),
  standard('101 key features', { keyFeatures: Array.from({ length: 101 }, (_, i) => ({ text: `f${i}` })) }),
  send('draft standard with a 50,000-character short name', '/api/standards?draft=true', JSON.stringify({ shortName: 'x'.repeat(50_000), _status: 'draft' })),
  send('draft standard with 10,000 FAQ rows', '/api/standards?draft=true', JSON.stringify({
    shortName: 'Too many questions',
    _status: 'draft',
    faq: Array.from({ length: 10_000 }, () => ({ question: 'q', answer: 'a' })),
  })),
  // Payload skips field validation on drafts: the types must still be right.
  ...(
    [
      ['an object for the short name', { shortName: { $gt: '' } }],
      ['a word for the edition year', { editionYear: 'abc' }],
      ['a word for the category', { category: 'abc' }],
      ['an unknown category id', { category: 999999999 }],
      ['an object for the key features', { keyFeatures: { text: 'x' } }],
      ['rich text of the wrong shape', { whatItIs: { root: 'x' } }],
    ] as const
  ).map(([what, fields]) =>
    send(`draft standard with ${what}`, '/api/standards?draft=true', JSON.stringify({ shortName: 'Draft', _status: 'draft', ...fields }), {
      mentions: `"path":"${Object.keys(fields)[0]}`,
    }),
  ),
  // Write bodies are checked against Payload's JSON Schema of the collection with our limits
  // (apps/cms/src/lib/write-schema.ts), drafts included.
  ...(
    [
      ['rich text nested 41 levels deep', { whatItIs: nested(41) }],
      ['a javascript: link in its rich text', { whatItIs: { root: { type: 'root', children: [{ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [] }] } } }],
      ['an autolink to data: in its rich text', { whatItIs: { root: { type: 'root', children: [{ type: 'autolink', url: 'data:text/html,x', children: [] }] } } }],
      ['a rich-text node without a type', { whatItIs: { root: { type: 'root', children: [{ children: [] }] } } }],
      ['2 MB of rich text', { whatItIs: { root: { type: 'root', children: [{ type: 'text', text: 'x'.repeat(2_000_000) }] } } }],
      ['101 FAQ rows', { faq: Array.from({ length: 101 }, () => ({ question: 'q', answer: 'a' })) }],
      ['a row that is not a set of fields', { keyFeatures: ['a', 'b', 'c'] }],
      ['a group that is a number', { implementationMonths: 3 }],
      ['a row count other than 0', { keyFeatures: 3 }],
      ['true for the short name', { shortName: true }],
      ['a list for the category', { category: [1] }],
      ['a populated category without an id', { category: { name: 'x' } }],
      ['a 3,000-character source URL', { sources: [{ label: 'x', url: `https://example.org/${'a'.repeat(3000)}` }] }],
      ['an unknown legal nature', { legalNature: 'treaty' }],
    ] as const
  ).map(([what, fields]) =>
    send(`draft standard with ${what}`, '/api/standards?draft=true', JSON.stringify({ shortName: 'Draft', _status: 'draft', ...fields }), {
      mentions: `"path":"${Object.keys(fields)[0]}`,
    }),
  ),
  send('article with a number for its date', '/api/articles?draft=true', '{"title":"x","_status":"draft","publishedAt":{"$gt":0}}', { mentions: '"path":"publishedAt' }),
  send('article with an object among its standards', '/api/articles?draft=true', '{"title":"x","_status":"draft","standards":[{"slug":"gdpr"}]}', {
    mentions: '"path":"standards',
  }),
  send('site global with a 101-row footer', '/api/globals/site', JSON.stringify({ footerLinks: Array.from({ length: 101 }, () => ({ label: 'x', url: '/' })) })),
  send('standard in a 10 MB body', '/api/standards?draft=true', () =>
    Buffer.from(JSON.stringify({ shortName: 'x'.repeat(10 * 1024 * 1024), _status: 'draft' })),
  ),
]

const shapes: MalformedCase[] = [
  send('standard that is not JSON', '/api/standards', 'not json'),
  send('standard with an empty body', '/api/standards', ''),
  send('standard that is null', '/api/standards', 'null'),
  send('standard that is an array', '/api/standards', '[{"shortName":"x"}]'),
  send('standard that is a string', '/api/standards', '"x"'),
  send('standard that is a number', '/api/standards', '42'),
  send('standard with a __proto__ key', '/api/standards', '{"__proto__":{"isAdmin":true},"shortName":"x"}'),
  send('standard with constructor.prototype', '/api/standards', '{"constructor":{"prototype":{"polluted":true}},"shortName":"x"}'),
  send('standard with deeply nested JSON', '/api/standards', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
  send('standard sent as plain text', '/api/standards', JSON.stringify(validStandard), { headers: { 'content-type': 'text/plain' } }),
  send('standard sent as a form', '/api/standards', 'shortName=x&category=1', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }),
  send('standard sent as broken multipart', '/api/standards', '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnot json\r\n--x--\r\n', {
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
  }),
  send('standard with a charset trick', '/api/standards', JSON.stringify(validStandard), {
    headers: { 'content-type': 'application/json; charset=utf-7' },
  }),
  send('bulk update with an unparseable where', '/api/standards?where=notjson', '{"tagline":"x"}', { method: 'PATCH' }),
  send('bulk update with a word for an id', '/api/standards?where[id][equals]=abc', '{"tagline":"x"}', { method: 'PATCH' }),
  send('bulk delete with a word for a relationship', '/api/standards?where[category][equals]=abc', '', { method: 'DELETE' }),
  send('comparison of two words', '/api/comparisons', '{"standardA":"x","standardB":"y"}'),
  send('comparison of objects', '/api/comparisons', '{"standardA":{},"standardB":[]}'),
  send('comparison with a word for an override aspect', '/api/comparisons', '{"aspectOverrides":[{"aspect":"x","side":"c","value":1}]}'),
  send('article with a string for its standards', '/api/articles', '{"title":"x","summary":"y","standards":"gdpr"}'),
  send('article with a word for its date', '/api/articles', '{"title":"x","summary":"y","publishedAt":"yesterday"}'),
  send('category that is an array', '/api/categories', '[]'),
  send('aspect with a word for its order', '/api/aspects', '{"name":"x","order":"first"}'),
  send('site global with a javascript: link', '/api/globals/site', '{"cta":{"heading":"x","linkLabel":"y","linkUrl":"javascript:alert(1)"}}'),
  send('site global with a protocol-relative link', '/api/globals/site', '{"footerLinks":[{"label":"x","url":"//evil.example"}]}'),
  send('site global with a string for its links', '/api/globals/site', '{"footerLinks":"x"}'),
  send('user created by an editor-level body', '/api/users', '{"email":"new@example.com","password":"x","role":"admin"}', {
    signedIn: false,
  }),
  send('import that is not JSON', '/api/transfer/import?dryRun=1', 'not json'),
  send('import of the wrong format', '/api/transfer/import?dryRun=1', '{"format":"versus/999"}'),
  send('import that is an array', '/api/transfer/import?dryRun=1', '[]'),
  send('import without signing in', '/api/transfer/import?dryRun=1', '{}', { signedIn: false, status: 401 }),
  send('a write without signing in', '/api/standards', JSON.stringify(validStandard), { signedIn: false }),
]

const auth: MalformedCase[] = [
  send('login without fields', '/api/users/login', '{}', { signedIn: false }),
  send('login with wrong types', '/api/users/login', '{"email":1,"password":[]}', { signedIn: false }),
  send('login with objects', '/api/users/login', '{"email":{"$ne":null},"password":{"$ne":null}}', { signedIn: false }),
  send('login that is not JSON', '/api/users/login', 'not json', { signedIn: false }),
  send('login with an empty body', '/api/users/login', '', { signedIn: false }),
  send('login with NUL in the email', '/api/users/login', '{"email":"nobody\\u0000@example.com","password":"x"}', {
    signedIn: false,
  }),
  send('login with a 100 KB email', '/api/users/login', JSON.stringify({ email: `${'a'.repeat(100_000)}@example.com`, password: 'x' }), {
    signedIn: false,
  }),
  send('login of an unknown user', '/api/users/login', '{"email":"nobody@example.com","password":"wrong"}', { signedIn: false }),
  send('login as a form', '/api/users/login', 'email=a&password=b', {
    signedIn: false,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }),
  send('login by GET', '/api/users/login', '', { signedIn: false, method: 'GET', body: undefined }),
  send('first user again', '/api/users/first-register', '{"email":"second@example.com","password":"x"}', { signedIn: false }),
  send('forgot password with an object', '/api/users/forgot-password', '{"email":{"$ne":null}}', { signedIn: false }),
  send('forgot password without an email', '/api/users/forgot-password', '{}', { signedIn: false }),
  send('reset password with a forged token', '/api/users/reset-password', '{"token":"forged","password":"x"}', { signedIn: false }),
  send('reset password with wrong types', '/api/users/reset-password', '{"token":[],"password":{}}', { signedIn: false }),
  send('verify with a forged token', '/api/users/verify/forged', '', { signedIn: false }),
  send('unlock without signing in', '/api/users/unlock', '{"email":"nobody@example.com"}', { signedIn: false }),
  send('refresh without a token', '/api/users/refresh-token', '', { signedIn: false }),
  send('refresh with a forged token', '/api/users/refresh-token', '', {
    signedIn: false,
    headers: { authorization: 'JWT forged.token.here' },
  }),
  send('me with a forged token', '/api/users/me', '', {
    signedIn: false,
    method: 'GET',
    body: undefined,
    headers: { authorization: 'JWT eyJhbGciOiJub25lIn0.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIn0.' },
    expect: 'ok',
    absent: ['"email"'],
  }),
  send('drafts with a forged cookie', '/api/standards?draft=true&depth=0', '', {
    signedIn: false,
    method: 'GET',
    body: undefined,
    headers: { cookie: 'payload-token=forged' },
    expect: 'ok',
    absent: ['"_status":"draft"'],
  }),
  send('drafts with a forged preview token', '/api/standards?draft=true&depth=0', '', {
    signedIn: false,
    method: 'GET',
    body: undefined,
    headers: { 'x-versus-preview': '9999999999.forged' },
    expect: 'ok',
    absent: ['"_status":"draft"'],
  }),
  send('logout without a session', '/api/users/logout', '', { signedIn: false }),
]

export const cmsBodyCases: MalformedCase[] = [...wrongTypes, ...shapes, ...auth]

import type { MalformedCase } from './types'

// Reads against the CMS REST API (apps/cms, Payload): ids of the wrong shape for each adapter,
// and query strings a visitor can type.
const get = (name: string, path: string, extra: Partial<MalformedCase> = {}): MalformedCase => ({
  name: `cms ${name}`,
  app: 'cms',
  path,
  expect: 'client-error',
  ...extra,
})

const COLLECTIONS = ['standards', 'comparisons', 'articles', 'aspects', 'categories', 'users']

// 24 hex digits is a MongoDB ObjectId, the wrong shape on SQLite; an integer is the wrong shape on MongoDB.
const BAD_IDS: [string, string][] = [
  ['a word', 'not-an-id'],
  ['a huge number', '999999999999'],
  ['an ObjectId-shaped id', '507f1f77bcf86cd799439011'],
  ['NUL', '%00'],
  ['a negative number', '-1'],
  ['a fraction', '1.5'],
  ['an exponent', '1e3'],
  ['a hex literal', '0x10'],
  ['a truncated UTF-8 sequence', '%E0%A4%A'],
  ['an encoded traversal', '..%2f..%2fusers'],
  ['a quote', "1'%20OR%20'1'='1"],
]

const ids: MalformedCase[] = COLLECTIONS.flatMap((collection) =>
  BAD_IDS.map(([what, id]) =>
    get(`${collection} by ${what}`, `/api/${collection}/${id}`, {
      // Visitors may not read users at all, and an address that does not decode is a 400: any 4xx
      // will do there, and must not say more.
      expect: collection === 'users' || id.startsWith('%E0') ? 'client-error' : 'not-found',
    }),
  ),
)

// Payload routes versions for everything; aspects, categories, users and the site global keep none.
const versions: MalformedCase[] = ['aspects', 'categories', 'users', 'globals/site'].flatMap((entity) => [
  get(`versions of ${entity}`, `/api/${entity}/versions`, { signedIn: true, expect: 'not-found' }),
  get(`a version of ${entity}`, `/api/${entity}/versions/1`, { signedIn: true, expect: 'not-found' }),
  get(`a version of ${entity} by a word`, `/api/${entity}/versions/not-an-id`, { expect: 'not-found' }),
  get(`restoring a version of ${entity}`, `/api/${entity}/versions/1`, { method: 'POST', signedIn: true, expect: 'not-found' }),
])

const signedInIds: MalformedCase[] = [
  get('update a standard by a word', '/api/standards/not-an-id', {
    method: 'PATCH',
    signedIn: true,
    body: '{"tagline":"x"}',
    headers: { 'content-type': 'application/json' },
    expect: 'not-found',
  }),
  get('delete a comparison by a word', '/api/comparisons/not-an-id', { method: 'DELETE', signedIn: true, expect: 'not-found' }),
  get('delete an article by NUL', '/api/articles/%00', { method: 'DELETE', signedIn: true, expect: 'not-found' }),
  get('a standard version by a word', '/api/standards/versions/not-an-id', { signedIn: true }),
  get('a comparison version by an ObjectId', '/api/comparisons/versions/507f1f77bcf86cd799439011', {
    signedIn: true,
    expect: 'not-found',
  }),
  get('restore a standard version by a word', '/api/standards/versions/not-an-id', { method: 'POST', signedIn: true }),
  get('versions of a standard by a word', '/api/standards/versions?where[parent][equals]=not-an-id', { signedIn: true }),
  get('the generated model of a comparison by a word', '/api/comparisons/not-an-id/generated', {
    signedIn: true,
    expect: 'not-found',
  }),
  get('the generated model of two words', '/api/comparisons/generated?a=x&b=y', { signedIn: true, expect: 'not-found' }),
  get('the generated model of one standard twice', '/api/comparisons/generated?a=1&b=1', { signedIn: true, status: 400 }),
  get('the generated model with NUL', '/api/comparisons/generated?a=%00&b=%00', { signedIn: true }),
  get('the generated model without standards', '/api/comparisons/generated', { signedIn: true, status: 400 }),
  get('completeness of a standard by a word', '/api/editorial/completeness?standard=not-an-id', { signedIn: true, expect: 'not-found' }),
  get('completeness of a standard by NUL', '/api/editorial/completeness?standard=%00', { signedIn: true, expect: 'not-found' }),
  get('completeness without signing in', '/api/editorial/completeness', { status: 401 }),
  get('suggestions for a negative limit', '/api/editorial/suggestions?limit=-5', { signedIn: true, status: 400 }),
  get('suggestions for a word for a limit', '/api/editorial/suggestions?limit=abc', { signedIn: true, status: 400 }),
  // Preferences are keyed by name, so any word is a key: an unknown one answers 200 with no value.
  get('an unknown user preference', '/api/payload-preferences/not-a-key', { signedIn: true, expect: 'ok' }),
  get('a document lock by a word', '/api/payload-locked-documents/not-an-id', { signedIn: true }),
  get('unknown global', '/api/globals/nope', { expect: 'not-found' }),
  get('unknown collection', '/api/nope', { expect: 'not-found' }),
  get('unknown collection with an id', '/api/nope/1', { expect: 'not-found' }),
  get('unknown route under a collection', '/api/standards/1/nope/deeper', { expect: 'not-found' }),
  // Methods a route does not take: Next's own 405 for the GraphQL route, Payload's answer for REST.
  // Each carries the CMS's security headers like every other answer (the corpus checks them all).
  get('PUT on the GraphQL route', '/api/graphql', { method: 'PUT', body: '{}', status: 405 }),
  get('DELETE on the GraphQL route', '/api/graphql', { method: 'DELETE', status: 405 }),
  get('PATCH on the GraphQL route', '/api/graphql', { method: 'PATCH', body: '{}', status: 405 }),
  get('unknown method on a collection', '/api/standards', { method: 'PROPFIND' }),
  get('MKCOL on a collection', '/api/standards', { method: 'MKCOL' }),
  get('a bad escape in a custom endpoint', '/api/comparisons/%E0%A4%A/generated', { signedIn: true }),
]

const list = (name: string, query: string, extra: Partial<MalformedCase> = {}) => get(name, `/api/standards?${query}`, extra)

const deepWhere = (levels: number) => {
  let key = 'where'
  for (let i = 0; i < levels; i++) key += i % 2 === 0 ? '[or][0]' : '[and][0]'
  return `${key}[slug][equals]=gdpr`
}

const queries: MalformedCase[] = [
  list('negative limit', 'limit=-1'),
  // Visitors may ask for at most 100 documents a page (lib/anonymous-limits.ts); editors for more.
  list('limit in exponent notation', 'limit=1e9&depth=0'),
  list('limit in exponent notation, signed in', 'limit=1e9&depth=0', { expect: 'ok', signedIn: true }),
  list('a word for limit', 'limit=abc'),
  list('two limits', 'limit=abc&limit=1'),
  list('a fractional limit', 'limit=1.5'),
  list('a word for page', 'page=abc'),
  list('page zero', 'page=0'),
  list('a negative page', 'page=-1'),
  list('a page far past the end', 'page=1e9&depth=0', { expect: 'ok' }),
  list('depth 999', 'depth=999'),
  list('depth 4, one more than allowed', 'depth=4'),
  list('a negative depth', 'depth=-1'),
  list('a word for depth', 'depth=abc'),
  list('depth as an array (read as its one number)', 'depth[]=1&limit=1', { expect: 'ok' }),
  list('sort by __proto__', 'sort=__proto__&depth=0', { expect: 'ok' }),
  list('sort by constructor', 'sort=constructor&depth=0', { expect: 'ok' }),
  // Not a field name: refused with a message by the read-argument schema (query-check.ts), as any
  // malformed parameter (Payload ignored them and answered the unsorted list).
  list('sort by NUL', 'sort=%00&depth=0'),
  list('sort by a lone minus', 'sort=-&depth=0'),
  list('a traversal locale', 'locale=..&depth=0', { expect: 'ok' }),
  list('a NUL locale', 'locale=%00&depth=0', { expect: 'ok' }),
  list('where that is not JSON', 'where=notjson'),
  list('where with broken JSON', 'where=%7Bbad'),
  list('data that is not JSON', 'data=notjson'),
  list('a word for an id', 'where[id][equals]=abc&depth=0'),
  list('a word in an id list', 'where[id][in]=abc,1&depth=0'),
  list('an id list of 1,000', `where[id][in]=${Array.from({ length: 1000 }, (_, i) => i + 1).join(',')}&depth=0`),
  list('a word for a relationship', 'where[category][equals]=abc&depth=0'),
  list('a word for a relationship in an array', 'where[aspectValues.aspect][equals]=x&depth=0'),
  list('a word for a related standard', 'where[related.standard][equals]=x&depth=0'),
  list('a word for a number', 'where[editionYear][equals]=abc&depth=0'),
  list('a word for a number comparison', 'where[editionYear][greater_than]=abc&depth=0'),
  list('a word for a grouped number', 'where[implementationMonths.min][equals]=x&depth=0'),
  list('a word for a date', 'where[createdAt][greater_than]=notadate&depth=0'),
  list('exists with a word', 'where[slug][exists]=maybe&depth=0'),
  list('a geographic operator on text', 'where[slug][near]=1,2&depth=0'),
  list('within on text', 'where[slug][within]=x&depth=0'),
  list('intersects on text', 'where[slug][intersects]=x&depth=0'),
  list('an unknown operator', 'where[slug][foo]=x&depth=0'),
  list('an unknown field', 'where[nope][equals]=x&depth=0'),
  list('a hidden field', 'where[hash][equals]=x&depth=0'),
  list('an object for equals', 'where[slug][equals][a]=b&depth=0'),
  list('an object for like', 'where[slug][like][a]=b&depth=0'),
  list('a nested relationship query through like', 'where[category.name][like][or][0][id][exists]=true&depth=0'),
  list('where nested 100 levels', `${deepWhere(100)}&depth=0`),
  list('where nested 9 levels', `${deepWhere(9)}&depth=0`),
  list('150 or-conditions', `${Array.from({ length: 150 }, (_, i) => `where[or][${i}][slug][equals]=s${i}`).join('&')}&depth=0`),
  list('a query string past the header limit', `${Array.from({ length: 1000 }, (_, i) => `where[or][${i}][slug][equals]=s${i}`).join('&')}`, {
    expect: 'too-large',
  }),
  list('a regex bomb for like', 'where[slug][like]=(a%2B)%2B$&depth=0', { expect: 'ok' }),
  list('regex metacharacters for like', 'where[slug][like]=.*%5B%5D(%7C)%5E$%5C&depth=0', { expect: 'ok' }),
  list('a percent wildcard for like', 'where[slug][like]=%25&depth=0', { expect: 'ok' }),
  list('an id matched as text (the admin search)', 'where[id][like]=abc&depth=0', { expect: 'ok' }),
  // The query-string parser drops these keys, so the list answers unfiltered.
  list('where on __proto__', 'where[__proto__][equals]=x&depth=0&limit=1', { expect: 'ok' }),
  list('where on constructor.prototype', 'where[constructor][prototype][equals]=x&depth=0&limit=1', { expect: 'ok' }),
  list('select __proto__', 'select[__proto__]=true&depth=0', { expect: 'ok' }),
  list('populate an unknown collection', 'populate[nope][x]=true&depth=0', { expect: 'ok' }),
  list('draft as a word', 'draft=maybe&depth=0', { expect: 'ok', absent: ['"_status":"draft"'] }),
  list('drafts asked for by a visitor', 'draft=true&depth=0', { expect: 'ok', absent: ['"_status":"draft"'] }),
  list('trash asked for by a visitor', 'trash=true&depth=0', { expect: 'ok' }),
  list('the hidden draft status by a visitor', 'where[_status][equals]=draft&depth=0', {
    expect: 'ok',
    absent: ['"_status":"draft"'],
  }),
  // Globals read `depth` only when it is a number, so a word is ignored.
  get('a word for the depth of a global', '/api/globals/site?depth=abc', { expect: 'ok' }),
  get('depth 999 on a global', '/api/globals/site?depth=999'),
  get('where that is not JSON on versions', '/api/standards/versions?where=notjson', { signedIn: true }),
  get('a word for a version parent', '/api/comparisons/versions?where[parent][in]=a,b', { signedIn: true }),
  get('a word for a count', '/api/standards/count?where[category][equals]=abc'),
  get('a word for a user id', '/api/users?where[id][equals]=abc', { signedIn: true }),
  get('an article filtered by a word', '/api/articles?where[standards][contains]=abc&depth=0'),
  get('an article dated by a word', '/api/articles?where[publishedAt][less_than]=yesterday&depth=0'),
  get('a comparison by a word for a standard', '/api/comparisons?where[standardA][in]=x,y&depth=0'),
  get('an aspect ordered by a word', '/api/aspects?where[order][greater_than_equal]=first'),
  // Issue 14: operators of the wrong shape for their field answered 500 "An unknown error occurred".
  ...['standards', 'comparisons', 'articles', 'aspects', 'categories'].map((collection) =>
    get(`all on a single-value field of ${collection}`, `/api/${collection}?where[slug][all][0]=a&depth=0`),
  ),
  get('all on a single-value field, as a plain value', '/api/standards?where[shortName][all]=a&depth=0'),
  get('like on a number', '/api/standards?where[editionYear][like]=20&depth=0'),
  get('contains on a date', '/api/articles?where[publishedAt][contains]=2024&depth=0'),
  // Anonymous reads are capped (limit ≤ 100, depth ≤ 2; whole lists only at depth 0).
  list('limit 101 by a visitor', 'limit=101&depth=0'),
  list('depth 3 by a visitor', 'depth=3&limit=1'),
  list('depth 3 signed in (allowed)', 'depth=3&limit=1', { expect: 'ok', signedIn: true }),
  list('a whole list at depth 1 by a visitor', 'limit=0&depth=1'),
  list('a whole list without pagination at depth 1 by a visitor', 'pagination=false&depth=1'),
  list('a whole list at depth 0 by a visitor (what the site reads)', 'limit=0&pagination=false&depth=0', { expect: 'ok' }),
  list('100 documents at depth 2 by a visitor (allowed)', 'limit=100&depth=2', { expect: 'ok' }),
]

export const cmsRestCases: MalformedCase[] = [...ids, ...versions, ...signedInIds, ...queries]

/**
 * Who may do what, over the real HTTP API: every role × every collection and global × every
 * operation, through REST and through GraphQL, asserted cell by cell against the POLICY table below.
 * Each cell is observed, never assumed: the probe tries the operation on documents the actor owns and
 * documents someone else owns, on published and on draft documents, and reads the database afterwards
 * to see what really happened. One SQLite database; the access rules do not depend on the adapter
 * (access.int.spec.ts runs the Local API on every adapter).
 */
import { getPayload } from 'payload'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../src/config'
import type { User } from '../src/payload-types'
import { adapters, incomplete, standardData } from './helpers'
import { httpClient } from './http'
import type { GraphQLResponse, HttpClient, HttpResponse } from './http'

type Role = 'visitor' | 'editor' | 'admin'
type Operation = 'create' | 'read' | 'update' | 'delete' | 'readDrafts' | 'readVersions'
/**
 * - allow: on any document.
 * - own: only on the actor's own documents (their user account, their admin preferences).
 * - published: read published documents only; drafts stay invisible. For the crosswalk collections,
 *   which have no drafts: only what the site may show (no draft edition or set, nothing of a standard
 *   never published, no set naming a hidden edition, no requirement or row of a hidden edition or set).
 * - deny: refused, and nothing changes.
 * - absent: the API has no such operation (no route, no GraphQL field): nobody can.
 */
type Outcome = 'allow' | 'own' | 'published' | 'deny' | 'absent'
type SubjectSlug =
  | 'standards'
  | 'comparisons'
  | 'articles'
  | 'aspects'
  | 'categories'
  | 'editions'
  | 'requirements'
  | 'mapping-sets'
  | 'mappings'
  | 'users'
  | 'payload-preferences'
  | 'payload-locked-documents'
  | 'payload-kv'
  | 'payload-migrations'
  | 'site'

// prettier-ignore
const POLICY: [SubjectSlug, Operation, visitor: Outcome, editor: Outcome, admin: Outcome][] = [
  // subject                   operation        visitor      editor      admin
  ['standards',                'create',        'deny',      'allow',    'allow'],
  ['standards',                'read',          'published', 'allow',    'allow'],
  ['standards',                'update',        'deny',      'allow',    'allow'],
  ['standards',                'delete',        'deny',      'allow',    'allow'],
  ['standards',                'readDrafts',    'deny',      'allow',    'allow'],
  ['standards',                'readVersions',  'deny',      'allow',    'allow'],

  ['comparisons',              'create',        'deny',      'allow',    'allow'],
  ['comparisons',              'read',          'published', 'allow',    'allow'],
  ['comparisons',              'update',        'deny',      'allow',    'allow'],
  ['comparisons',              'delete',        'deny',      'allow',    'allow'],
  ['comparisons',              'readDrafts',    'deny',      'allow',    'allow'],
  ['comparisons',              'readVersions',  'deny',      'allow',    'allow'],

  ['articles',                 'create',        'deny',      'allow',    'allow'],
  ['articles',                 'read',          'published', 'allow',    'allow'],
  ['articles',                 'update',        'deny',      'allow',    'allow'],
  ['articles',                 'delete',        'deny',      'allow',    'allow'],
  ['articles',                 'readDrafts',    'deny',      'allow',    'allow'],
  ['articles',                 'readVersions',  'deny',      'allow',    'allow'],

  ['aspects',                  'create',        'deny',      'allow',    'allow'],
  ['aspects',                  'read',          'allow',     'allow',    'allow'],
  ['aspects',                  'update',        'deny',      'allow',    'allow'],
  ['aspects',                  'delete',        'deny',      'allow',    'allow'],
  ['aspects',                  'readDrafts',    'absent',    'absent',   'absent'],
  ['aspects',                  'readVersions',  'absent',    'absent',   'absent'],

  ['categories',               'create',        'deny',      'allow',    'allow'],
  ['categories',               'read',          'allow',     'allow',    'allow'],
  ['categories',               'update',        'deny',      'allow',    'allow'],
  ['categories',               'delete',        'deny',      'allow',    'allow'],
  ['categories',               'readDrafts',    'absent',    'absent',   'absent'],
  ['categories',               'readVersions',  'absent',    'absent',   'absent'],

  ['editions',                 'create',        'deny',      'allow',    'allow'],
  ['editions',                 'read',          'published', 'allow',    'allow'],
  ['editions',                 'update',        'deny',      'allow',    'allow'],
  ['editions',                 'delete',        'deny',      'allow',    'allow'],
  ['editions',                 'readDrafts',    'absent',    'absent',   'absent'],
  ['editions',                 'readVersions',  'absent',    'absent',   'absent'],

  ['requirements',             'create',        'deny',      'allow',    'allow'],
  ['requirements',             'read',          'published', 'allow',    'allow'],
  ['requirements',             'update',        'deny',      'allow',    'allow'],
  ['requirements',             'delete',        'deny',      'allow',    'allow'],
  ['requirements',             'readDrafts',    'absent',    'absent',   'absent'],
  ['requirements',             'readVersions',  'absent',    'absent',   'absent'],

  ['mapping-sets',             'create',        'deny',      'allow',    'allow'],
  ['mapping-sets',             'read',          'published', 'allow',    'allow'],
  ['mapping-sets',             'update',        'deny',      'allow',    'allow'],
  ['mapping-sets',             'delete',        'deny',      'allow',    'allow'],
  ['mapping-sets',             'readDrafts',    'absent',    'absent',   'absent'],
  ['mapping-sets',             'readVersions',  'absent',    'absent',   'absent'],

  ['mappings',                 'create',        'deny',      'allow',    'allow'],
  ['mappings',                 'read',          'published', 'allow',    'allow'],
  ['mappings',                 'update',        'deny',      'allow',    'allow'],
  ['mappings',                 'delete',        'deny',      'allow',    'allow'],
  ['mappings',                 'readDrafts',    'absent',    'absent',   'absent'],
  ['mappings',                 'readVersions',  'absent',    'absent',   'absent'],

  ['users',                    'create',        'deny',      'deny',     'allow'],
  ['users',                    'read',          'deny',      'own',      'allow'],
  ['users',                    'update',        'deny',      'own',      'allow'],
  ['users',                    'delete',        'deny',      'deny',     'allow'],
  ['users',                    'readDrafts',    'absent',    'absent',   'absent'],
  ['users',                    'readVersions',  'absent',    'absent',   'absent'],

  // The admin's per-user UI state (column choices, nav state).
  ['payload-preferences',      'create',        'deny',      'own',      'own'],
  ['payload-preferences',      'read',          'deny',      'own',      'own'],
  ['payload-preferences',      'update',        'deny',      'own',      'own'],
  ['payload-preferences',      'delete',        'deny',      'own',      'own'],
  ['payload-preferences',      'readDrafts',    'absent',    'absent',   'absent'],
  ['payload-preferences',      'readVersions',  'absent',    'absent',   'absent'],

  // "Someone is editing this document": every editor sees, takes over and releases any lock.
  ['payload-locked-documents', 'create',        'deny',      'allow',    'allow'],
  ['payload-locked-documents', 'read',          'deny',      'allow',    'allow'],
  ['payload-locked-documents', 'update',        'deny',      'allow',    'allow'],
  ['payload-locked-documents', 'delete',        'deny',      'allow',    'allow'],
  ['payload-locked-documents', 'readDrafts',    'absent',    'absent',   'absent'],
  ['payload-locked-documents', 'readVersions',  'absent',    'absent',   'absent'],

  // Payload's internal key-value store: server-side only.
  ['payload-kv',               'create',        'deny',      'deny',     'deny'],
  ['payload-kv',               'read',          'deny',      'deny',     'deny'],
  ['payload-kv',               'update',        'deny',      'deny',     'deny'],
  ['payload-kv',               'delete',        'deny',      'deny',     'deny'],
  ['payload-kv',               'readDrafts',    'absent',    'absent',   'absent'],
  ['payload-kv',               'readVersions',  'absent',    'absent',   'absent'],

  // Which migrations ran: not exposed over HTTP at all.
  ['payload-migrations',       'create',        'absent',    'absent',   'absent'],
  ['payload-migrations',       'read',          'absent',    'absent',   'absent'],
  ['payload-migrations',       'update',        'absent',    'absent',   'absent'],
  ['payload-migrations',       'delete',        'absent',    'absent',   'absent'],
  ['payload-migrations',       'readDrafts',    'absent',    'absent',   'absent'],
  ['payload-migrations',       'readVersions',  'absent',    'absent',   'absent'],

  // A global is one document: it is never created or deleted, and keeps no drafts or versions.
  ['site',                     'create',        'absent',    'absent',   'absent'],
  ['site',                     'read',          'allow',     'allow',    'allow'],
  ['site',                     'update',        'deny',      'allow',    'allow'],
  ['site',                     'delete',        'absent',    'absent',   'absent'],
  ['site',                     'readDrafts',    'absent',    'absent',   'absent'],
  ['site',                     'readVersions',  'absent',    'absent',   'absent'],
]

const ROLES: Role[] = ['visitor', 'editor', 'admin']
const TRANSPORTS = ['REST', 'GraphQL'] as const
type Transport = (typeof TRANSPORTS)[number]

type Id = number | string
type Doc = Record<string, unknown> & { id?: Id }

interface Actor {
  role: Role
  user: User | null
  token?: string
}

/** What a probe saw; anything but one of the policy's outcomes fails the cell. */
type Observed = Outcome | `inconsistent: ${string}`

/** How one subject appears in the API and how to make documents of it. */
interface Subject {
  slug: SubjectSlug
  kind: 'collection' | 'global'
  /** GraphQL names: the single-document query (also the type) and the list query. */
  one: string
  many: string
  /** A text field the probes write and read back. */
  marker: string
  drafts: boolean
  /** Documents belong to a user: the users themselves, or documents with a `user` field. */
  owned?: 'self' | 'user-field'
  /** `GET /api/<slug>/:id` is taken by a custom endpoint (preferences are addressed by key). */
  noRestById?: boolean
}

const SUBJECTS: Record<SubjectSlug, Subject> = {
  standards: { slug: 'standards', kind: 'collection', one: 'Standard', many: 'Standards', marker: 'tagline', drafts: true },
  comparisons: { slug: 'comparisons', kind: 'collection', one: 'Comparison', many: 'Comparisons', marker: 'summary', drafts: true },
  articles: { slug: 'articles', kind: 'collection', one: 'Article', many: 'Articles', marker: 'title', drafts: true },
  aspects: { slug: 'aspects', kind: 'collection', one: 'Aspect', many: 'Aspects', marker: 'name', drafts: false },
  categories: { slug: 'categories', kind: 'collection', one: 'Category', many: 'Categories', marker: 'name', drafts: false },
  editions: { slug: 'editions', kind: 'collection', one: 'Edition', many: 'Editions', marker: 'label', drafts: false },
  requirements: { slug: 'requirements', kind: 'collection', one: 'Requirement', many: 'Requirements', marker: 'summary', drafts: false },
  'mapping-sets': { slug: 'mapping-sets', kind: 'collection', one: 'MappingSet', many: 'MappingSets', marker: 'title', drafts: false },
  mappings: { slug: 'mappings', kind: 'collection', one: 'Mapping', many: 'Mappings', marker: 'gapNote', drafts: false },
  users: { slug: 'users', kind: 'collection', one: 'User', many: 'Users', marker: 'name', drafts: false, owned: 'self' },
  'payload-preferences': {
    slug: 'payload-preferences',
    kind: 'collection',
    one: 'PayloadPreference',
    many: 'PayloadPreferences',
    marker: 'key',
    drafts: false,
    owned: 'user-field',
    noRestById: true,
  },
  'payload-locked-documents': {
    slug: 'payload-locked-documents',
    kind: 'collection',
    one: 'PayloadLockedDocument',
    many: 'PayloadLockedDocuments',
    marker: 'globalSlug',
    drafts: false,
  },
  'payload-kv': { slug: 'payload-kv', kind: 'collection', one: 'PayloadKv', many: 'PayloadKvs', marker: 'key', drafts: false },
  'payload-migrations': {
    slug: 'payload-migrations',
    kind: 'collection',
    one: 'PayloadMigration',
    many: 'PayloadMigrations',
    marker: 'name',
    drafts: false,
  },
  site: { slug: 'site', kind: 'global', one: 'Site', many: 'Site', marker: 'siteName', drafts: false },
}

/** A route or GraphQL field that does not exist (as opposed to one that refuses). */
function restAbsent(response: HttpResponse): boolean {
  if (response.status === 501) return true
  const message = (response.body as { message?: unknown } | null)?.message
  return response.status === 404 && typeof message === 'string' && message.startsWith('Route not found')
}

function graphqlAbsent(response: GraphQLResponse): boolean {
  return response.errors.some((error) => /^(Cannot query field|Unknown type|Unknown argument)/.test(error.message))
}

const ok = (status: number) => status >= 200 && status < 300

describe('access matrix over REST and GraphQL (sqlite)', () => {
  const adapter = adapters()[0]!
  const config = createConfig({ databaseURI: adapter.databaseURI('access-matrix') })
  let payload: Payload
  let http: HttpClient
  const actors = {} as Record<Role, Actor>
  let categoryId: Id
  /** Published standards whose pairs new comparisons take, one unused pair each time. */
  const pairPool: [Id, Id][] = []
  let counter = 0
  const unique = (label: string) => `${label}-${++counter}-${Math.random().toString(36).slice(2, 6)}`

  /** Per drafted collection: a published document with a newer draft on top, and a never-published one. */
  const drafted = {} as Record<'standards' | 'comparisons' | 'articles', { published: Id; publishedMarker: string; draftMarker: string; draftOnly: Id }>
  /** Per plain collection: one document everyone is meant to see (or not). */
  const plain = {} as Record<string, Id>
  /**
   * Per crosswalk collection: a document the site shows, and documents it hides (each for another
   * reason: a draft edition or set, a standard never published, a set naming a hidden edition).
   */
  const gated = {} as Record<'editions' | 'requirements' | 'mapping-sets' | 'mappings', { visible: Id; hidden: Record<string, Id> }>
  /** What new crosswalk documents hang on: published standards' current editions, a requirement in each, a shown set. */
  const crosswalk = {} as { standard: Id; source: Id; target: Id; sourceRequirement: Id; targetRequirement: Id; set: Id }

  function other(actor: Actor): User {
    return actor.role === 'admin' ? actors.editor.user! : actors.admin.user!
  }

  async function login(email: string, password: string): Promise<string> {
    const response = await http.request('POST', '/api/users/login', { body: { email, password } })
    const token = (response.body as { token?: string } | null)?.token
    if (!token) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`)
    return token
  }

  async function makeUser(role: 'admin' | 'editor'): Promise<Actor> {
    const email = `${unique(role)}@example.test`
    const password = `${role}-password-1`
    const user = await payload.create({ collection: 'users', data: { email, password, role, name: role } })
    return { role, user, token: await login(email, password) }
  }

  /** Local API (no access control): a new document of `subject`, owned by `owner` where that applies. */
  async function seed(subject: Subject, owner: User, status: 'draft' | 'published' = 'draft'): Promise<Id> {
    const marker = unique(subject.marker)
    const collection = subject.slug as CollectionSlug
    const draft = status === 'draft'
    let data: Record<string, unknown>
    switch (subject.slug) {
      case 'standards':
        data = standardData({ shortName: unique('Standard'), category: categoryId, tagline: marker, _status: status })
        break
      case 'comparisons': {
        const [a, b] = pairPool.pop()!
        data = { standardA: a, standardB: b, summary: marker, _status: status }
        break
      }
      case 'articles':
        data = { title: marker, summary: 'An article.', _status: status }
        break
      case 'aspects':
        data = { name: marker, order: counter }
        break
      case 'categories':
        data = { name: marker }
        break
      case 'users':
        data = { email: `${marker}@example.test`, password: 'a-password-123', name: marker, role: 'editor' }
        break
      case 'editions':
      case 'requirements':
      case 'mapping-sets':
      case 'mappings':
        data = crosswalkData(subject.slug, marker)
        break
      case 'payload-preferences':
        data = { key: marker, value: { columns: [] }, user: { relationTo: 'users', value: owner.id } }
        break
      case 'payload-locked-documents':
        data = { globalSlug: marker, user: { relationTo: 'users', value: owner.id } }
        break
      case 'payload-kv':
        data = { key: marker, data: { n: 1 } }
        break
      default:
        throw new Error(`no documents of ${subject.slug} are seeded`)
    }
    // Preferences always belong to the user of the request that writes them.
    const doc = await payload.create({ collection, data: incomplete(data), draft, user: owner })
    return doc.id
  }

  /** The marker of document `id` as stored (latest draft included), or null once it is gone. */
  async function stored(subject: Subject, id: Id | null): Promise<string | null> {
    if (subject.kind === 'global') {
      const site = await payload.findGlobal({ slug: 'site' })
      return (site as Doc)[subject.marker] as string
    }
    const { docs } = await payload.find({
      collection: subject.slug as CollectionSlug,
      where: { id: { equals: id } },
      draft: subject.drafts,
      limit: 1,
      depth: 0,
    })
    const doc = docs[0] as Doc | undefined
    return doc ? (doc[subject.marker] as string) : null
  }

  /** A valid new crosswalk document, shown to visitors, whose marker field (and id, where it has one) is `marker`. */
  function crosswalkData(slug: 'editions' | 'requirements' | 'mapping-sets' | 'mappings', marker: string): Record<string, unknown> {
    switch (slug) {
      case 'editions':
        return { standard: crosswalk.standard, slug: marker, label: marker, year: 2024, status: 'current' }
      case 'requirements':
        return { edition: crosswalk.source, refId: marker, summary: marker, assessable: true }
      case 'mapping-sets':
        return { slug: marker, title: marker, sourceEdition: crosswalk.source, targetEdition: crosswalk.target, publisher: 'Matrix', method: 'crosswalk', status: 'complete' }
      case 'mappings':
        return { set: crosswalk.set, sources: [crosswalk.sourceRequirement], targets: [crosswalk.targetRequirement], relationship: 'related', gapNote: marker }
    }
  }

  /**
   * Data a caller sends to create a document (an owned one names `owner`, who may not be the caller).
   * GraphQL's input types require a slug and take select values as enum names, so the data gives a
   * slug and avoids values with hyphens (where one is required, it is spelled for the transport).
   */
  function createData(subject: Subject, owner: User, marker: string, transport: Transport): Record<string, unknown> {
    switch (subject.slug) {
      case 'standards':
        return standardData({ shortName: marker, slug: marker, legalNature: 'framework', category: categoryId, tagline: marker, _status: 'draft' }) as Record<string, unknown>
      case 'comparisons': {
        const [a, b] = pairPool.pop()!
        return { standardA: a, standardB: b, summary: marker, _status: 'draft' }
      }
      case 'articles':
        return { title: marker, slug: marker, summary: 'An article.', _status: 'draft' }
      case 'aspects':
        return { name: marker, slug: marker, order: 99 }
      case 'categories':
        return { name: marker, slug: marker }
      case 'editions':
        return { ...crosswalkData(subject.slug, marker), textLicence: transport === 'GraphQL' ? 'ids_only' : 'ids-only' }
      case 'mappings':
        return { ...crosswalkData(subject.slug, marker), reviewStatus: 'unreviewed' }
      case 'requirements':
      case 'mapping-sets':
        return crosswalkData(subject.slug, marker)
      case 'users':
        return { email: `${marker}@example.test`, password: 'a-password-123', name: marker, role: 'editor' }
      case 'payload-preferences':
        return { key: marker, value: { columns: [] }, user: { relationTo: 'users', value: owner.id } }
      case 'payload-locked-documents':
        return { globalSlug: marker, user: { relationTo: 'users', value: owner.id } }
      case 'payload-kv':
        return { key: marker, data: { n: 2 } }
      case 'payload-migrations':
        return { name: marker, batch: 1 }
      case 'site':
        return { siteName: marker }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // One transport = the same handful of primitive calls, over REST or over GraphQL.

  interface Attempt {
    absent: boolean
    /** The API answered as if it had done it. */
    ok: boolean
  }

  interface Transport_ {
    create(subject: Subject, data: Record<string, unknown>, actor: Actor): Promise<Attempt>
    update(subject: Subject, id: Id | null, data: Record<string, unknown>, actor: Actor): Promise<Attempt>
    remove(subject: Subject, id: Id | null, actor: Actor): Promise<Attempt>
    /** Every way this transport reads one document: by id and by a list query. 'absent' when neither exists. */
    reads(subject: Subject, id: Id | null, draft: boolean, actor: Actor): Promise<(Doc | null)[] | 'absent'>
    /** Ids of versions listed, null when refused, 'absent' when there is no such query. */
    versions(subject: Subject, actor: Actor): Promise<Id[] | null | 'absent'>
    /** Whether asking for drafts can return a draft status at all. */
    draftStatusExists(subject: Subject, actor: Actor): Promise<boolean>
  }

  const draftQuery = (subject: Subject) => (subject.drafts ? '?draft=true' : '')

  const rest: Transport_ = {
    async create(subject, data, { token }) {
      const path = subject.kind === 'global' ? `/api/${subject.slug}` : `/api/${subject.slug}${draftQuery(subject)}`
      const response = await http.request('POST', path, { token, body: data })
      return { absent: restAbsent(response), ok: ok(response.status) }
    },
    async update(subject, id, data, { token }) {
      const response =
        subject.kind === 'global'
          ? await http.request('POST', `/api/globals/${subject.slug}`, { token, body: data })
          : await http.request('PATCH', `/api/${subject.slug}/${id}${draftQuery(subject)}`, { token, body: data })
      return { absent: restAbsent(response), ok: ok(response.status) }
    },
    async remove(subject, id, { token }) {
      if (subject.kind === 'global') {
        const response = await http.request('DELETE', `/api/globals/${subject.slug}`, { token })
        return { absent: restAbsent(response), ok: ok(response.status) }
      }
      if (subject.noRestById) {
        const response = await http.request('DELETE', `/api/${subject.slug}?where[id][equals]=${id}`, { token })
        const deleted = (response.body as { docs?: unknown[] } | null)?.docs?.length ?? 0
        return { absent: restAbsent(response), ok: ok(response.status) && deleted > 0 }
      }
      const response = await http.request('DELETE', `/api/${subject.slug}/${id}`, { token })
      return { absent: restAbsent(response), ok: ok(response.status) }
    },
    async reads(subject, id, draft, { token }) {
      const flag = draft ? 'draft=true' : 'draft=false'
      if (subject.kind === 'global') {
        const response = await http.request('GET', `/api/globals/${subject.slug}?${flag}`, { token })
        if (restAbsent(response)) return 'absent'
        return [ok(response.status) ? (response.body as Doc) : null]
      }
      const responses = [await http.request('GET', `/api/${subject.slug}?where[id][equals]=${id}&depth=0&${flag}`, { token })]
      if (!subject.noRestById) responses.push(await http.request('GET', `/api/${subject.slug}/${id}?depth=0&${flag}`, { token }))
      if (responses.every(restAbsent)) return 'absent'
      return responses.map((response, index) => {
        if (!ok(response.status)) return null
        if (index === 0) return ((response.body as { docs?: Doc[] }).docs ?? [])[0] ?? null
        return response.body as Doc
      })
    },
    async versions(subject, { token }) {
      const path = subject.kind === 'global' ? `/api/globals/${subject.slug}/versions` : `/api/${subject.slug}/versions`
      const response = await http.request('GET', `${path}?limit=100&depth=0`, { token })
      if (restAbsent(response)) return 'absent'
      if (!ok(response.status)) return null
      return ((response.body as { docs?: Doc[] }).docs ?? []).map((doc) => doc.id!)
    },
    async draftStatusExists(subject, actor) {
      const reads = await rest.reads(subject, plainId(subject, actor), true, actor)
      if (reads === 'absent') return false
      const list = await http.request('GET', subject.kind === 'global' ? `/api/globals/${subject.slug}?draft=true` : `/api/${subject.slug}?draft=true&limit=100`, {
        token: actor.token,
      })
      const docs = ok(list.status) ? ((list.body as { docs?: Doc[] }).docs ?? [list.body as Doc]) : []
      return [...reads, ...docs].some((doc) => doc !== null && '_status' in doc)
    },
  }

  function gqlAttempt(response: GraphQLResponse, field: string): Attempt {
    return { absent: graphqlAbsent(response), ok: response.errors.length === 0 && response.data?.[field] != null }
  }

  const graphql: Transport_ = {
    async create(subject, data, { token }) {
      const field = `create${subject.one}`
      const draft = subject.drafts ? ', draft: true' : ''
      const response = await http.graphql(
        `mutation ($data: mutation${subject.one}Input!) { ${field}(data: $data${draft}) { __typename } }`,
        { data },
        { token },
      )
      return gqlAttempt(response, field)
    },
    async update(subject, id, data, { token }) {
      const field = `update${subject.one}`
      const response =
        subject.kind === 'global'
          ? await http.graphql(`mutation ($data: mutation${subject.one}Input!) { ${field}(data: $data) { __typename } }`, { data }, { token })
          : await http.graphql(
              `mutation ($data: mutation${subject.one}UpdateInput!) { ${field}(id: ${id}, data: $data${subject.drafts ? ', draft: true' : ''}) { __typename } }`,
              { data },
              { token },
            )
      return gqlAttempt(response, field)
    },
    async remove(subject, id, { token }) {
      const field = `delete${subject.one}`
      const response = await http.graphql(
        subject.kind === 'global' ? `mutation { ${field} { __typename } }` : `mutation { ${field}(id: ${id}) { __typename } }`,
        {},
        { token },
      )
      return gqlAttempt(response, field)
    },
    async reads(subject, id, draft, { token }) {
      const fields = subject.kind === 'global' ? subject.marker : `id ${subject.marker}`
      if (subject.kind === 'global') {
        const response = await http.graphql(`{ ${subject.one}(draft: ${draft}) { ${fields} } }`, {}, { token })
        if (graphqlAbsent(response)) return 'absent'
        return [(response.data?.[subject.one] as Doc | null) ?? null]
      }
      const byId = await http.graphql(`{ ${subject.one}(id: ${id}, draft: ${draft}) { ${fields} } }`, {}, { token })
      const list = await http.graphql(
        `{ ${subject.many}(draft: ${draft}, where: { id: { equals: ${id} } }) { docs { ${fields} } } }`,
        {},
        { token },
      )
      if (graphqlAbsent(byId) && graphqlAbsent(list)) return 'absent'
      return [
        (byId.data?.[subject.one] as Doc | null) ?? null,
        ((list.data?.[subject.many] as { docs?: Doc[] } | null)?.docs ?? [])[0] ?? null,
      ]
    },
    async versions(subject, { token }) {
      const field = subject.kind === 'global' ? `versions${subject.one}` : `versions${subject.many}`
      const response = await http.graphql(`{ ${field}(limit: 100) { docs { id } } }`, {}, { token })
      if (graphqlAbsent(response)) return 'absent'
      const docs = (response.data?.[field] as { docs?: Doc[] } | null)?.docs
      return docs ? docs.map((doc) => doc.id!) : null
    },
    async draftStatusExists(subject, { token }) {
      const query =
        subject.kind === 'global'
          ? `{ ${subject.one}(draft: true) { _status } }`
          : `{ ${subject.many}(draft: true, limit: 100) { docs { _status } } }`
      const response = await http.graphql(query, {}, { token })
      return !graphqlAbsent(response)
    },
  }

  const transports: Record<Transport, Transport_> = { REST: rest, GraphQL: graphql }

  function plainId(subject: Subject, actor: Actor): Id | null {
    if (subject.kind === 'global') return null
    if (subject.owned) return (actor.user ?? other(actor)).id
    return plain[subject.slug] ?? drafted[subject.slug as keyof typeof drafted]?.published ?? 1
  }

  // ---------------------------------------------------------------------------------------------
  // Probes: do the operation, look at the database, name what happened.

  type Effect = 'done' | 'refused' | 'absent' | `inconsistent: ${string}`

  function effect(attempt: Attempt, changed: boolean, what: string): Effect {
    if (attempt.absent && !changed) return 'absent'
    if (attempt.ok && changed) return 'done'
    if (!attempt.ok && !changed) return 'refused'
    return `inconsistent: ${what} ${changed ? 'happened although the API refused' : 'did not happen although the API answered success'}`
  }

  /** Own and someone else's document, or just one document, to one outcome. */
  function combine(own: Effect | null, others: Effect): Observed {
    for (const e of [own, others]) if (e?.startsWith('inconsistent')) return e as Observed
    if (others === 'absent' && (own === null || own === 'absent')) return 'absent'
    if (own === null) return others === 'done' ? 'allow' : 'deny'
    if (own === 'done' && others === 'done') return 'allow'
    if (own === 'done' && others === 'refused') return 'own'
    if (own === 'refused' && others === 'refused') return 'deny'
    return `inconsistent: own ${own}, others' ${others}`
  }

  function visibility(reads: (Doc | null)[] | 'absent', id: Id | null): 'yes' | 'no' | 'absent' | 'mixed' {
    if (reads === 'absent') return 'absent'
    const seen = reads.map((doc) => doc !== null && (id === null || String(doc.id) === String(id)))
    if (seen.every(Boolean)) return 'yes'
    if (!seen.some(Boolean)) return 'no'
    return 'mixed'
  }

  async function probeCreate(subject: Subject, actor: Actor, api: Transport_): Promise<Observed> {
    const marker = unique(subject.marker)
    const owner = other(actor)
    const attempt = await api.create(subject, createData(subject, owner, marker, api === graphql ? 'GraphQL' : 'REST'), actor)
    if (subject.kind === 'global' || subject.slug === 'payload-migrations') {
      return attempt.absent && !attempt.ok ? 'absent' : `inconsistent: create answered ${JSON.stringify(attempt)}`
    }
    const { docs } = await payload.find({
      collection: subject.slug as CollectionSlug,
      where: { [subject.marker]: { equals: marker } },
      draft: subject.drafts,
      depth: 0,
    })
    const created = docs[0] as Doc | undefined
    const result = effect(attempt, Boolean(created), 'create')
    if (result !== 'done' || subject.owned !== 'user-field') return combine(null, result)
    // Asked to create a document for someone else: the API either did (allow) or made it the caller's (own).
    const user = (created!.user as { value?: Id | { id: Id } }).value
    const userId = typeof user === 'object' ? user.id : user
    return String(userId) === String(actor.user?.id) ? 'own' : 'allow'
  }

  async function probeRead(subject: Subject, actor: Actor, api: Transport_): Promise<Observed> {
    if (subject.slug === 'payload-migrations') {
      return (await api.reads(subject, 1, false, actor)) === 'absent' ? 'absent' : 'inconsistent: migrations are readable'
    }
    if (subject.drafts) {
      const fixture = drafted[subject.slug as keyof typeof drafted]
      const published = visibility(await api.reads(subject, fixture.published, false, actor), fixture.published)
      const draftOnly = visibility(await api.reads(subject, fixture.draftOnly, false, actor), fixture.draftOnly)
      if (published === 'yes' && draftOnly === 'yes') return 'allow'
      if (published === 'yes' && draftOnly === 'no') return 'published'
      if (published === 'no' && draftOnly === 'no') return 'deny'
      return `inconsistent: published ${published}, draft ${draftOnly}`
    }
    const seen = (v: ReturnType<typeof visibility>): Effect =>
      v === 'yes' ? 'done' : v === 'no' ? 'refused' : v === 'absent' ? 'absent' : 'inconsistent: read by id and by list disagree'
    const fixture = gated[subject.slug as keyof typeof gated]
    if (fixture) {
      const shown = visibility(await api.reads(subject, fixture.visible, false, actor), fixture.visible)
      const hidden: [string, ReturnType<typeof visibility>][] = []
      for (const [why, id] of Object.entries(fixture.hidden)) hidden.push([why, visibility(await api.reads(subject, id, false, actor), id)])
      if (shown === 'yes' && hidden.every(([, v]) => v === 'yes')) return 'allow'
      if (shown === 'yes' && hidden.every(([, v]) => v === 'no')) return 'published'
      if (shown === 'no' && hidden.every(([, v]) => v === 'no')) return 'deny'
      return `inconsistent: shown ${shown}, ${hidden.map(([why, v]) => `${why} ${v}`).join(', ')}`
    }
    if (subject.owned) {
      const theirs = subject.owned === 'self' ? other(actor).id : await seed(subject, other(actor))
      const mine = actor.user ? (subject.owned === 'self' ? actor.user.id : await seed(subject, actor.user)) : null
      return combine(
        mine === null ? null : seen(visibility(await api.reads(subject, mine, false, actor), mine)),
        seen(visibility(await api.reads(subject, theirs, false, actor), theirs)),
      )
    }
    const id = plainId(subject, actor)
    return combine(null, seen(visibility(await api.reads(subject, id, false, actor), id)))
  }

  async function probeWrite(operation: 'update' | 'delete', subject: Subject, actor: Actor, api: Transport_): Promise<Observed> {
    if (subject.slug === 'payload-migrations') {
      const attempt = operation === 'update' ? await api.update(subject, 1, { name: 'x' }, actor) : await api.remove(subject, 1, actor)
      return attempt.absent && !attempt.ok ? 'absent' : `inconsistent: migrations ${operation} answered ${JSON.stringify(attempt)}`
    }
    if (subject.kind === 'global') {
      if (operation === 'delete') {
        const attempt = await api.remove(subject, null, actor)
        return attempt.absent && !attempt.ok ? 'absent' : `inconsistent: global delete answered ${JSON.stringify(attempt)}`
      }
      const marker = unique(subject.marker)
      const attempt = await api.update(subject, null, { [subject.marker]: marker }, actor)
      return combine(null, effect(attempt, (await stored(subject, null)) === marker, 'update'))
    }

    // Users delete themselves in this probe: a fresh account stands in for the shared one.
    const self = operation === 'delete' && subject.owned === 'self' && actor.user ? await makeUser(actor.role as 'admin' | 'editor') : actor
    const attemptOn = async (id: Id): Promise<Effect> => {
      if (operation === 'update') {
        const marker = unique(subject.marker)
        const attempt = await api.update(subject, id, { [subject.marker]: marker }, self)
        return effect(attempt, (await stored(subject, id)) === marker, 'update')
      }
      const attempt = await api.remove(subject, id, self)
      return effect(attempt, (await stored(subject, id)) === null, 'delete')
    }
    if (subject.owned) {
      const theirs = await seed(subject, other(actor))
      const mine = self.user ? (subject.owned === 'self' ? self.user.id : await seed(subject, self.user)) : null
      // Someone else's first: a user who deletes their own account is signed out by it.
      const others = await attemptOn(theirs)
      return combine(mine === null ? null : await attemptOn(mine), others)
    }
    return combine(null, await attemptOn(await seed(subject, other(actor))))
  }

  async function probeReadDrafts(subject: Subject, actor: Actor, api: Transport_): Promise<Observed> {
    if (!subject.drafts) {
      return (await api.draftStatusExists(subject, actor)) ? 'inconsistent: documents carry a draft status' : 'absent'
    }
    const fixture = drafted[subject.slug as keyof typeof drafted]
    const draftOnly = visibility(await api.reads(subject, fixture.draftOnly, true, actor), fixture.draftOnly)
    const latest = await api.reads(subject, fixture.published, true, actor)
    if (latest === 'absent') return 'inconsistent: no draft reads'
    const markers = latest.map((doc) => doc?.[subject.marker])
    const draftContent = markers.every((m) => m === fixture.draftMarker)
      ? 'yes'
      : markers.every((m) => m === fixture.publishedMarker || m === undefined)
        ? 'no'
        : 'mixed'
    if (draftOnly === 'yes' && draftContent === 'yes') return 'allow'
    if (draftOnly === 'no' && draftContent === 'no') return 'deny'
    return `inconsistent: draft-only document ${draftOnly}, draft content ${draftContent} (${markers.join(', ')})`
  }

  async function probeReadVersions(subject: Subject, actor: Actor, api: Transport_): Promise<Observed> {
    const listed = await api.versions(subject, actor)
    if (!subject.drafts) {
      // REST answers `/versions` of an unversioned collection like an unknown document.
      if (listed === 'absent' || listed === null || listed.length === 0) return 'absent'
      return `inconsistent: ${listed.length} versions listed`
    }
    if (listed === 'absent') return 'inconsistent: no versions query'
    if (listed === null) return 'deny'
    const fixture = drafted[subject.slug as keyof typeof drafted]
    const { docs } = await payload.findVersions({
      collection: subject.slug as CollectionSlug,
      where: { parent: { equals: fixture.draftOnly } },
      depth: 0,
    })
    return docs.some((version) => listed.map(String).includes(String(version.id)))
      ? 'allow'
      : 'inconsistent: versions listed without the draft document'
  }

  async function observe(subject: Subject, operation: Operation, actor: Actor, api: Transport_): Promise<Observed> {
    switch (operation) {
      case 'create':
        return probeCreate(subject, actor, api)
      case 'read':
        return probeRead(subject, actor, api)
      case 'update':
      case 'delete':
        return probeWrite(operation, subject, actor, api)
      case 'readDrafts':
        return probeReadDrafts(subject, actor, api)
      case 'readVersions':
        return probeReadVersions(subject, actor, api)
    }
  }

  beforeAll(async () => {
    payload = await getPayload({ config })
    // Refusals are the point here; GraphQL would log each one with a stack.
    payload.logger.level = 'fatal'
    http = httpClient(config)

    // Created by nobody on an empty database: the first user becomes an admin (create-first-user).
    const admin = await payload.create({
      collection: 'users',
      data: incomplete({ email: 'matrix-admin@example.test', password: 'admin-password-1', name: 'admin' }),
    })
    actors.visitor = { role: 'visitor', user: null }
    actors.admin = { role: 'admin', user: admin, token: await login('matrix-admin@example.test', 'admin-password-1') }
    actors.editor = await makeUser('editor')

    categoryId = (await payload.create({ collection: 'categories', data: incomplete({ name: 'Matrix' }) })).id
    const pool: Id[] = []
    for (let i = 0; i < 9; i++) pool.push(await seed(SUBJECTS.standards, admin, 'published'))
    for (let i = 0; i < pool.length; i++) for (let j = i + 1; j < pool.length; j++) pairPool.push([pool[i]!, pool[j]!])

    for (const slug of ['standards', 'comparisons', 'articles'] as const) {
      const subject = SUBJECTS[slug]
      const published = await seed(subject, admin, 'published')
      const publishedMarker = (await stored(subject, published))!
      const draftMarker = unique('draft-on-top')
      await payload.update({ collection: slug, id: published, data: { [subject.marker]: draftMarker, _status: 'draft' }, draft: true })
      drafted[slug] = { published, publishedMarker, draftMarker, draftOnly: await seed(subject, admin, 'draft') }
    }
    for (const slug of ['aspects', 'categories', 'payload-locked-documents', 'payload-kv'] as const) {
      plain[slug] = await seed(SUBJECTS[slug], admin)
    }

    // Crosswalk content: what the site shows, and what it hides for each reason it has.
    const make = async (collection: 'editions' | 'requirements' | 'mapping-sets' | 'mappings', data: Record<string, unknown>): Promise<Id> =>
      (await payload.create({ collection, data: incomplete(data), context: { disableRevalidate: true } })).id
    const edition = (label: string, standard: Id, status: string) => make('editions', { standard, slug: unique(label), label: unique(label), year: 2024, status })
    const requirement = (label: string, editionId: Id) => make('requirements', { edition: editionId, refId: unique(label), summary: unique(label) })
    const set = (label: string, source: Id, target: Id, status: string) =>
      make('mapping-sets', { slug: unique(label), title: unique(label), sourceEdition: source, targetEdition: target, publisher: 'Matrix', method: 'crosswalk', status })
    const row = (set: Id, source: Id, target: Id) => make('mappings', { set, sources: [source], targets: [target], relationship: 'related', gapNote: unique('row') })

    const source = await edition('source-edition', pool[0]!, 'current')
    const target = await edition('target-edition', pool[1]!, 'superseded')
    const draftEdition = await edition('draft-edition', pool[0]!, 'draft')
    const unpublishedStandard = await edition('edition-of-draft-standard', drafted.standards.draftOnly, 'current')
    const sourceRequirement = await requirement('source-requirement', source)
    const targetRequirement = await requirement('target-requirement', target)
    const inDraftEdition = await requirement('draft-edition-requirement', draftEdition)
    const ofUnpublishedStandard = await requirement('draft-standard-requirement', unpublishedStandard)
    const shownSet = await set('shown-set', source, target, 'complete')
    const draftSet = await set('draft-set', source, target, 'draft')
    const deprecatedSet = await set('deprecated-set', source, target, 'deprecated')
    const toDraftEdition = await set('set-to-draft-edition', source, draftEdition, 'complete')
    const fromUnpublishedStandard = await set('set-from-draft-standard', unpublishedStandard, target, 'complete')
    crosswalk.standard = pool[0]!
    Object.assign(crosswalk, { source, target, sourceRequirement, targetRequirement, set: shownSet })
    gated.editions = { visible: source, hidden: { 'draft edition': draftEdition, 'edition of an unpublished standard': unpublishedStandard } }
    gated.requirements = {
      visible: sourceRequirement,
      hidden: { 'requirement of a draft edition': inDraftEdition, 'requirement of an unpublished standard': ofUnpublishedStandard },
    }
    gated['mapping-sets'] = {
      visible: shownSet,
      hidden: { 'draft set': draftSet, 'deprecated set': deprecatedSet, 'set to a draft edition': toDraftEdition, 'set from an unpublished standard': fromUnpublishedStandard },
    }
    gated.mappings = {
      visible: await row(shownSet, sourceRequirement, targetRequirement),
      hidden: {
        'row of a draft set': await row(draftSet, sourceRequirement, targetRequirement),
        'row of a set to a draft edition': await row(toDraftEdition, sourceRequirement, inDraftEdition),
        'row of a set from an unpublished standard': await row(fromUnpublishedStandard, ofUnpublishedStandard, targetRequirement),
      },
    }
    for (const slug of ['editions', 'requirements', 'mapping-sets', 'mappings'] as const) plain[slug] = gated[slug].visible
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  const cells = POLICY.flatMap(([subject, operation, ...expected]) =>
    TRANSPORTS.flatMap((transport) => ROLES.map((role, index) => ({ subject, operation, transport, role, expected: expected[index]! }))),
  )

  it('covers every subject × operation exactly once', () => {
    const operations: Operation[] = ['create', 'read', 'update', 'delete', 'readDrafts', 'readVersions']
    const expected = Object.keys(SUBJECTS).flatMap((subject) => operations.map((operation) => `${subject} ${operation}`))
    expect(POLICY.map(([subject, operation]) => `${subject} ${operation}`).sort()).toEqual(expected.sort())
  })

  it.each(cells)('$transport: $role $operation $subject → $expected', async ({ subject, operation, transport, role, expected }) => {
    expect(await observe(SUBJECTS[subject], operation, actors[role], transports[transport])).toBe(expected)
  })
})

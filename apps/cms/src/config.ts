import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import type { SanitizedConfig } from 'payload'

import { Articles } from './collections/Articles'
import { Aspects } from './collections/Aspects'
import { Categories } from './collections/Categories'
import { Comparisons } from './collections/Comparisons'
import { Editions } from './collections/Editions'
import { MappingSets } from './collections/MappingSets'
import { Mappings } from './collections/Mappings'
import { Requirements } from './collections/Requirements'
import { Standards } from './collections/Standards'
import { SiteRefreshOutbox } from './collections/SiteRefreshOutbox'
import { Users } from './collections/Users'
import { VisitorSuggestions } from './collections/VisitorSuggestions'
import { adminTranslations, editorialNavLinks, editorialViews } from './components/editorial-admin'
import { databaseAdapter } from './db/adapter'
import type { AdapterOptions } from './db/adapter'
import { completenessEndpoint } from './endpoints/completeness'
import { crosswalkDataEndpoint } from './endpoints/crosswalk-data'
import { suggestionsEndpoint } from './endpoints/suggestions'
import { Site } from './globals/Site'
import { accessQuery } from './graphql/access-query'
import { armorRules, blockFieldSuggestionsRule } from './graphql/armor'
import { explainClientErrors } from './hooks/explainClientErrors'
import { exposeValidationErrors } from './hooks/exposeValidationErrors'
import { cmsURL, siteURL } from './lib/env'
import { QUERY_LIMITS } from './lib/query-check'
import { DEFAULT_MAX_TEXT_LENGTH } from './lib/write-schema'
import { resumeSiteRefresh } from './lib/site-refresh-dispatch'
import { transferEndpoints, transferNavLinks, transferViews } from './transfer/admin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export interface VersusConfigOptions {
  /** Overrides `DATABASE_URI` (tests pass their own). */
  databaseURI?: string
  /** Overrides `PAYLOAD_SECRET`. */
  secret?: string
  /** SQLite schema handling (see `databaseAdapter`); tests that run migrations themselves pass `'none'`. */
  schema?: AdapterOptions['schema']
  /**
   * `'sync'` for command-line scripts (seed, import, export): each line is
   * written as it happens, so progress shows while they run and nothing is
   * lost when they exit.
   */
  logger?: 'sync'
}

function requireSecret(secret: string | undefined): string {
  if (!secret) {
    throw new Error(
      'PAYLOAD_SECRET is not set. Start the CMS with `npm start` or `npm run dev` at the repository root: ' +
        'they generate the secrets into DATA_DIR and pass them on. To run the CMS alone, export PAYLOAD_SECRET first.',
    )
  }
  return secret
}

export function createConfig(options: VersusConfigOptions = {}): Promise<SanitizedConfig> {
  const origins = [...new Set([siteURL(), cmsURL()])]
  return buildConfig({
    serverURL: cmsURL(),
    secret: requireSecret(options.secret ?? process.env.PAYLOAD_SECRET),
    admin: {
      user: Users.slug,
      importMap: { baseDir: dirname },
      meta: {
        titleSuffix: ' — Versus CMS',
        // The site's mark (apps/web/src/app/icon.svg), served from public/; /favicon.ico redirects to it.
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
      },
      // Gravatar needs the network; the built-in icon does not.
      avatar: 'default',
      components: {
        graphics: { Logo: '/components/admin-graphics#AdminLogo', Icon: '/components/admin-graphics#AdminIcon' },
        beforeDashboard: ['/components/editorial-dashboard#EditorialDashboard'],
        afterNavLinks: [...editorialNavLinks, ...transferNavLinks],
        // Names and contrast Payload's own components miss (docs/known-issues.md, "Admin accessibility").
        providers: ['/components/admin-a11y#AdminA11y'],
        views: { ...editorialViews, ...transferViews },
      },
    },
    i18n: { translations: adminTranslations },
    collections: [
      Standards,
      Comparisons,
      Articles,
      Aspects,
      Categories,
      Editions,
      Requirements,
      MappingSets,
      Mappings,
      VisitorSuggestions,
      Users,
      SiteRefreshOutbox,
    ],
    globals: [Site],
    editor: lexicalEditor(),
    db: databaseAdapter(options.databaseURI ?? process.env.DATABASE_URI, { schema: options.schema }),
    cors: origins,
    csrf: origins,
    // Limits a visitor cannot lift (docs/api.md, "Limits"): population depth, text length, and for
    // GraphQL the query's depth and complexity; introspection stays off in production (Payload's default).
    maxDepth: QUERY_LIMITS.maxDepth,
    defaultMaxTextLength: DEFAULT_MAX_TEXT_LENGTH,
    graphQL: {
      disable: false,
      // Payload's own cost bound (a relationship costs 10, any other field 1), beside GraphQL Armor's.
      maxComplexity: 1000,
      validationRules: () => [...armorRules(), blockFieldSuggestionsRule],
      queries: (_graphql, { Query }) => accessQuery(Query.fields as never),
    },
    endpoints: [suggestionsEndpoint, completenessEndpoint, crosswalkDataEndpoint, ...transferEndpoints],
    hooks: { afterError: [exposeValidationErrors, explainClientErrors] },
    telemetry: false,
    // Refreshes a previous run left undelivered (lib/site-refresh-dispatch.ts).
    onInit: resumeSiteRefresh,
    ...(options.logger ? { logger: options.logger } : {}),
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  })
}

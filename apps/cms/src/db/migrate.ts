/**
 * `npm run migrate -w @versus/cms`: the deploy step that brings the database
 * to this release, then exits. SQLite: the migrations not run yet, each in one
 * transaction (atomic-migrations.ts), exactly as the CMS would run them on its
 * first request. MongoDB: connects and builds any missing index. Then, on
 * either, recounts the comparisons' stale overrides (MongoDB has no migration
 * to fill a new count in; writes only counts that are off). Reads the same
 * environment as the CMS (DATABASE_URI, DATA_DIR, PAYLOAD_SECRET).
 */
import { createLocalReq, getPayload } from 'payload'

import { createConfig } from '../config'
import { refreshStaleCounts } from '../lib/stale-counts'

// Run with NODE_ENV=production (the npm script sets it): a development database is pushed, never migrated.
const payload = await getPayload({ config: createConfig({ logger: 'sync' }) })
const recounted = await refreshStaleCounts(await createLocalReq({}, payload))
payload.logger.info(`Database is up to date (${payload.db.name}); ${recounted} stale-override counts corrected.`)
await payload.destroy()
process.exit(0)

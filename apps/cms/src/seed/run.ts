/**
 * `npm run seed`: upserts the demo content into the database the environment
 * names (see src/db/adapter.ts), then exits. Creates no users.
 */
import { getPayload } from 'payload'

import { createConfig } from '../config'
import { seed } from './seed'

const payload = await getPayload({ config: createConfig({ logger: 'sync' }) })
try {
  const report = await seed(payload, undefined, { onProgress: (phase) => payload.logger.info(`seed: writing ${phase}…`) })
  for (const [collection, counts] of Object.entries(report)) {
    payload.logger.info(
      `seed ${collection}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`,
    )
  }
  process.exit(0)
} catch (error) {
  payload.logger.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}

// Secrets are never committed: each one comes from the environment, or from DATA_DIR/secrets.json,
// which is generated on first use (with a warning) and readable only by its owner.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

export const SECRET_NAMES = ['PAYLOAD_SECRET', 'REVALIDATE_SECRET', 'PREVIEW_SECRET']

export async function ensureSecrets(dataDir, env) {
  await mkdir(dataDir, { recursive: true })
  const file = path.join(dataDir, 'secrets.json')
  let stored = {}
  try {
    stored = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    if (error.code !== 'ENOENT') throw new Error(`${file} is not valid JSON: fix or delete it (${error.message})`)
  }
  const secrets = {}
  const generated = []
  for (const name of SECRET_NAMES) {
    if (env[name]) secrets[name] = env[name]
    else if (typeof stored[name] === 'string' && stored[name].length >= 32) secrets[name] = stored[name]
    else {
      secrets[name] = randomBytes(32).toString('hex')
      stored[name] = secrets[name]
      generated.push(name)
    }
  }
  if (generated.length > 0) {
    await writeFile(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 })
    console.warn(
      `[versus] warning: ${generated.join(', ')} not set; generated and kept in ${file}. ` +
        'Set them in the environment for production.',
    )
  }
  return secrets
}

import { mkdirSync } from 'node:fs'
import path from 'node:path'

const dir = path.resolve(import.meta.dirname, '..', 'artifacts')

/** Where a browser test saves a screenshot a person should look at (kept by CI as an artifact). */
export function artifactPath(name: string): string {
  mkdirSync(dir, { recursive: true })
  return path.join(dir, name)
}

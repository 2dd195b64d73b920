import { load } from 'js-yaml'

import { CSV_MAGIC } from './crosswalk-csv/vocabulary'

export type CrosswalkFormat = 'ciso-assistant' | 'oscal-catalog' | 'oscal-mapping-collection' | 'crosswalk-csv'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The first line that is neither blank nor a `#` comment. */
function firstDataLine(text: string): string | null {
  for (const line of text.split(/\r?\n/, 200)) {
    const trimmed = line.trim()
    if (trimmed !== '' && !trimmed.startsWith('#')) return trimmed
  }
  return null
}

/**
 * Which crosswalk format a file is in, by its content (never its name), or
 * `null`. JSON is OSCAL only when its single root key is `catalog` or
 * `mapping-collection`, so a Versus transfer file (`{"format": "versus/1", …}`)
 * is never claimed. YAML is CISO Assistant's when it has an `objects` map with a
 * framework or requirement mapping sets. CSV needs our first line or a column
 * row with `source` and `target`.
 *
 * @example
 * detectFormat('{"catalog": {"uuid": "…", "metadata": {}, "groups": []}}') //=> 'oscal-catalog'
 * detectFormat('{"format": "versus/1", "standards": []}') //=> null
 */
export function detectFormat(text: string): CrosswalkFormat | null {
  if (typeof text !== 'string') return null
  const body = text.replace(/^\uFEFF/, '')
  const start = body.trimStart()
  if (start.startsWith('{')) {
    let doc: unknown
    try {
      doc = JSON.parse(body)
    } catch {
      return null
    }
    if (!isRecord(doc)) return null
    const keys = Object.keys(doc).filter((k) => k !== '$schema')
    if (keys.length !== 1) return null
    if (keys[0] === 'catalog' && isRecord(doc.catalog)) return 'oscal-catalog'
    if (keys[0] === 'mapping-collection' && isRecord(doc['mapping-collection'])) return 'oscal-mapping-collection'
    return null
  }
  if (start.startsWith(`# ${CSV_MAGIC}`) || start.startsWith(`#${CSV_MAGIC}`)) return 'crosswalk-csv'
  if (/^objects:/m.test(body)) {
    let doc: unknown
    try {
      doc = load(body)
    } catch {
      return null
    }
    if (!isRecord(doc) || !isRecord(doc.objects)) return null
    const objects = doc.objects
    if ('framework' in objects || 'requirement_mapping_sets' in objects || 'requirement_mapping_set' in objects) {
      return 'ciso-assistant'
    }
    return null
  }
  const header = firstDataLine(body)
  if (header !== null && !header.startsWith('[')) {
    const cells = header.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase())
    if (cells.includes('source') && cells.includes('target')) return 'crosswalk-csv'
  }
  return null
}

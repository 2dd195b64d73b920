/**
 * Every mapping set as files others can read: OSCAL 1.2 mapping-collection JSON and the crosswalk
 * CSV (`@versus/content` writes both; the same set always gives the same bytes). Drafts included:
 * this is the editors' export, not the site's view. The `versus/1` file has no place for crosswalk
 * content, so a full backup is the `versus/1` file plus these.
 */
import type { CrosswalkBundle } from '@versus/content'
import { toCrosswalkCsv, toOscalMappingCollection } from '@versus/content'
import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import { readBundle } from '../crosswalk/read-bundle'

export interface CrosswalkExportFile {
  /** `<set-id>.oscal.json` or `<set-id>.csv`. */
  name: string
  content: string
}

/** All stored crosswalk content (every standard's editions, requirements, sets and rows, drafts too). */
export async function readAllCrosswalks(payload: Payload): Promise<CrosswalkBundle> {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const standards = await payload.db.find({ collection: 'standards', limit: 0, pagination: false, req } as never)
  const slugs = (standards as unknown as { docs: { slug: string }[] }).docs.map((doc) => doc.slug)
  const result = await readBundle(req, slugs, { draft: true })
  if (!('bundle' in result)) return { editions: [], requirements: [], sets: [], mappings: [] }
  return result.bundle
}

export function crosswalkSetFiles(bundle: CrosswalkBundle, setId: string): CrosswalkExportFile[] {
  return [
    { name: `${setId}.oscal.json`, content: `${JSON.stringify(toOscalMappingCollection(bundle, setId), null, 2)}\n` },
    { name: `${setId}.csv`, content: toCrosswalkCsv(bundle, setId) },
  ]
}

/** Two files per mapping set, sorted by set id. */
export async function exportCrosswalkFiles(payload: Payload): Promise<CrosswalkExportFile[]> {
  const bundle = await readAllCrosswalks(payload)
  return bundle.sets.flatMap((set) => crosswalkSetFiles(bundle, set.id))
}

/**
 * Every edition's catalog as OSCAL 1.1 catalog JSON, and every mapping set as OSCAL 1.2
 * mapping-collection JSON and the crosswalk CSV (`@versus/content` writes them; the same content
 * always gives the same bytes), plus `index.json`, which lists the files in the order an import
 * must read them (catalogs, a predecessor before its successor, then sets). Drafts included: this
 * is the editors' export, not the site's view. The `versus/1` file has no place for crosswalk
 * content, so a full backup is the `versus/1` file plus these; `npm run import -- crosswalks/index.json`
 * reads them all back (crosswalk-folder.ts).
 */
import type { CrosswalkBundle, EditionEntry } from '@versus/content'
import { toCrosswalkCsv, toOscalCatalog, toOscalMappingCollection } from '@versus/content'
import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import { readBundle } from '../crosswalk/read-bundle'

export interface CrosswalkExportFile {
  /** `<edition-id>.catalog.json`, `<set-id>.oscal.json`, `<set-id>.csv` or `index.json`. */
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

/** Format name of the folder's `index.json`. */
export const CROSSWALK_INDEX_FORMAT = 'versus-crosswalks/1'
export const CROSSWALK_INDEX_FILE = 'index.json'

export function crosswalkCatalogFile(bundle: CrosswalkBundle, editionId: string): CrosswalkExportFile {
  return { name: `${editionId}.catalog.json`, content: `${JSON.stringify(toOscalCatalog(bundle, editionId), null, 2)}\n` }
}

/** Editions by id, each after the edition it supersedes when that is in the list too. */
export function predecessorsFirst(editions: EditionEntry[]): EditionEntry[] {
  const byId = new Map(editions.map((e) => [e.id, e]))
  const out: EditionEntry[] = []
  const done = new Set<string>()
  const visit = (edition: EditionEntry, path: Set<string>) => {
    if (done.has(edition.id) || path.has(edition.id)) return
    const previous = edition.supersedes ? byId.get(edition.supersedes) : undefined
    if (previous) visit(previous, new Set([...path, edition.id]))
    done.add(edition.id)
    out.push(edition)
  }
  for (const edition of [...editions].sort((a, b) => a.id.localeCompare(b.id))) visit(edition, new Set())
  return out
}

/**
 * One catalog per edition, two files per mapping set, and `index.json` naming them in import order
 * (the CSV of a set is left out there: its OSCAL file carries the same rows).
 */
export async function exportCrosswalkFiles(payload: Payload): Promise<CrosswalkExportFile[]> {
  const bundle = await readAllCrosswalks(payload)
  const catalogs = predecessorsFirst(bundle.editions).map((edition) => crosswalkCatalogFile(bundle, edition.id))
  const sets = bundle.sets.flatMap((set) => crosswalkSetFiles(bundle, set.id))
  if (catalogs.length === 0 && sets.length === 0) return []
  const order = [...catalogs.map((f) => f.name), ...sets.filter((f) => f.name.endsWith('.oscal.json')).map((f) => f.name)]
  const index = { name: CROSSWALK_INDEX_FILE, content: `${JSON.stringify({ format: CROSSWALK_INDEX_FORMAT, files: order }, null, 2)}\n` }
  return [...catalogs, ...sets, index]
}

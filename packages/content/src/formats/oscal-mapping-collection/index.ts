/**
 * OSCAL 1.2 mapping-collection (JSON) → mapping sets and rows. Read leniently
 * (real files stray from the model), with every departure reported:
 * - each `mapping` is one source-resource → target-resource pair; mappings
 *   with the same pair are one set. A resource's edition comes from the
 *   options, then our `edition` prop (on the reference or its back-matter
 *   resource), then is derived from the resource's title or href, with a warning;
 * - a set's id, publisher, method, comprehensiveness, licence… come from our
 *   props when the file is a Versus export; otherwise the id is
 *   "<source>--<target>", the publisher the `creator` party, the method
 *   `set-theory` (OSCAL maps are typed) and `comprehensive` false (the model
 *   says nothing may be inferred from what is not mapped);
 * - `id-ref`s are refIds; an OSCAL control id ("ac-2.1") is read the NIST way
 *   ("AC-2(1)") and a statement ("ac-2_smt.a") is collapsed to its control;
 * - a map's rationale is its own, else its mapping's, else the provenance's
 *   (not inherited in our own exports, which write every row's rationale).
 */
import type { MappingMethod, MappingSetStatus } from '@versus/engine'

import type { MappingEntry, MappingSetEntry } from '../../crosswalk-bundle'
import { deriveEditionIds } from '../known-editions'
import { nistControlLabel } from '../oscal-catalog'
import type { ParseResult } from '../problem'
import { emptyBundle, ProblemList } from '../problem'
import { readRationale, readRelationship } from '../relationships'
import { OSCAL_NS, PROP, VERSUS_NS } from './vocabulary'

export interface OscalMappingOptions {
  /** Our edition ids for the source and target resources, when the file does not say. */
  sourceEdition?: string
  targetEdition?: string
  /** Set id (only for a file with one resource pair); default from the file, else "<source>--<target>". */
  setId?: string
  /** Publisher when the file names none. */
  publisher?: string
}

type Node = Record<string, unknown>

const METHODS: readonly MappingMethod[] = ['set-theory', 'crosswalk', 'supportive', 'edition-transition']
const STATUSES: readonly MappingSetStatus[] = ['draft', 'complete', 'not-complete', 'deprecated', 'superseded']
const OSCAL_METHODS = ['human', 'automation', 'hybrid']

function isRecord(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

function ourProps(node: Node | undefined, name: string): string[] {
  if (!node || !Array.isArray(node.props)) return []
  return node.props
    .filter((p): p is Node => isRecord(p) && p.ns === VERSUS_NS && p.name === name && typeof p.value === 'string')
    .map((p) => p.value as string)
}

function ourProp(node: Node | undefined, name: string): string | null {
  return ourProps(node, name)[0] ?? null
}

export function parseOscalMappingCollection(source: string, options: OscalMappingOptions = {}): ParseResult {
  const problems = new ProblemList()
  const bundle = emptyBundle()
  let doc: unknown
  try {
    doc = JSON.parse(source)
  } catch (error) {
    problems.error('(file)', '', `not valid JSON: ${(error as Error).message}`)
    return { bundle, problems: problems.items }
  }
  const root = isRecord(doc) ? doc['mapping-collection'] : undefined
  if (!isRecord(root)) {
    problems.error('(file)', 'mapping-collection', 'not an OSCAL mapping collection: no `mapping-collection` object')
    return { bundle, problems: problems.items }
  }
  const metadata = isRecord(root.metadata) ? root.metadata : undefined
  if (!metadata) problems.error('mapping-collection', 'metadata', 'missing')
  else if (!str(metadata.title)) problems.error('mapping-collection.metadata', 'title', 'missing')
  if (!str(root.uuid)) problems.error('mapping-collection', 'uuid', 'missing')
  const ours = ourProp(metadata, PROP.setId) !== null

  const provenance = isRecord(root.provenance) ? root.provenance : undefined
  let status: MappingSetStatus = 'complete'
  if (!provenance) problems.error('mapping-collection', 'provenance', 'missing (OSCAL requires method, matching-rationale and status)')
  else {
    const method = str(provenance.method)
    if (!method) problems.error('mapping-collection.provenance', 'method', 'missing')
    else if (!OSCAL_METHODS.includes(method)) {
      problems.warning('mapping-collection.provenance', 'method', `"${method}" is not human, automation or hybrid: ignored`)
    }
    const rationale = provenance['matching-rationale']
    if (rationale === undefined) problems.error('mapping-collection.provenance', 'matching-rationale', 'missing')
    else if (readRationale(rationale) === null) {
      problems.error('mapping-collection.provenance', 'matching-rationale', `must be syntactic, semantic or functional, not ${JSON.stringify(rationale)}`)
    }
    const rawStatus = str(provenance.status)
    if (!rawStatus) problems.error('mapping-collection.provenance', 'status', 'missing')
    else if (!(STATUSES as readonly string[]).includes(rawStatus)) {
      problems.error('mapping-collection.provenance', 'status', `must be one of ${STATUSES.join(', ')}, not "${rawStatus}"`)
    } else status = rawStatus as MappingSetStatus
  }
  const provenanceRationale = ours ? null : readRationale(provenance?.['matching-rationale'])

  const backMatter = isRecord(root['back-matter']) ? root['back-matter'] : undefined
  const resources = new Map<string, Node>()
  if (backMatter && Array.isArray(backMatter.resources)) {
    for (const r of backMatter.resources) if (isRecord(r) && typeof r.uuid === 'string') resources.set(r.uuid, r)
  }

  const warnedDerived = new Set<string>()
  const editionOf = (reference: unknown, where: string, field: string, given: string | undefined): string | null => {
    if (given) return given
    if (!isRecord(reference)) {
      problems.error(where, field, 'missing')
      return null
    }
    const href = str(reference.href)
    if (!href) problems.error(where, `${field}.href`, 'missing')
    if (!str(reference.type)) problems.error(where, `${field}.type`, 'missing')
    const linked = href?.startsWith('#') ? resources.get(href.slice(1)) : undefined
    const named = ourProp(reference, PROP.edition) ?? ourProp(linked, PROP.edition)
    if (named) return named
    const name = str(linked?.title) ?? href?.replace(/^#/, '').replace(/^.*\//, '').replace(/\.(json|xml|ya?ml)$/i, '') ?? null
    if (!name) return null
    const derived = deriveEditionIds(name).edition
    if (!warnedDerived.has(derived)) {
      warnedDerived.add(derived)
      problems.warning(where, field, `no edition named: read "${name}" as edition "${derived}"; pass sourceEdition/targetEdition to choose`)
    }
    return derived
  }

  const refOf = (item: unknown, where: string): string | null => {
    if (!isRecord(item)) {
      problems.error(where, '', 'must be an object with type and id-ref')
      return null
    }
    const idRef = str(item['id-ref'])
    if (!idRef) {
      problems.error(where, 'id-ref', 'missing')
      return null
    }
    const type = str(item.type)
    if (type !== 'control' && type !== 'statement') {
      problems.warning(where, 'type', `"${String(item.type)}" is not control or statement: id-ref read as a requirement id`)
    }
    if (ours) return idRef
    if (type === 'statement') {
      const control = idRef.replace(/_smt.*$/, '')
      problems.warning(where, 'id-ref', `statement "${idRef}" read as its control "${nistControlLabel(control)}"`)
      return nistControlLabel(control)
    }
    return /^[a-z]{2}-\d+(\.\d+)?$/.test(idRef) ? nistControlLabel(idRef) : idRef
  }

  const mappings = root.mappings
  if (!Array.isArray(mappings) || mappings.length === 0) {
    problems.error('mapping-collection', 'mappings', 'missing or empty')
    return { bundle, problems: problems.items }
  }
  const sets = new Map<string, MappingSetEntry>()
  mappings.forEach((mapping: unknown, index) => {
    const where = `mappings[${index}]`
    if (!isRecord(mapping)) {
      problems.error(where, '', 'must be an object')
      return
    }
    const sourceEdition = editionOf(mapping['source-resource'], where, 'source-resource', options.sourceEdition)
    const targetEdition = editionOf(mapping['target-resource'], where, 'target-resource', options.targetEdition)
    if (!Array.isArray(mapping.maps)) problems.error(where, 'maps', 'missing')
    else if (mapping.maps.length === 0) problems.warning(where, 'maps', 'empty (OSCAL asks for at least one map): a set without rows')
    if (!sourceEdition || !targetEdition) return
    const pair = `${sourceEdition}--${targetEdition}`
    let set = sets.get(pair)
    if (!set) {
      set = newSet(sourceEdition, targetEdition, where)
      sets.set(pair, set)
    }
    const setId = set.id
    const mappingRationale = ours ? null : readRationale(mapping['matching-rationale'])
    const maps: unknown[] = Array.isArray(mapping.maps) ? mapping.maps : []
    maps.forEach((map, m) => {
      const at = `${where}.maps[${m}]`
      if (!isRecord(map)) {
        problems.error(at, '', 'must be an object')
        return
      }
      const rawRelationship = isRecord(map.relationship) ? map.relationship.type : map.relationship
      const relationship = readRelationship(rawRelationship)
      if (rawRelationship === undefined || relationship === null) {
        problems.error(at, 'relationship', rawRelationship === undefined ? 'missing' : `unknown relationship ${JSON.stringify(rawRelationship)}`)
      }
      const ns = str(map.ns) ?? OSCAL_NS
      if (relationship !== null && ns !== OSCAL_NS && ns !== VERSUS_NS) {
        problems.warning(at, 'ns', `relationship "${String(rawRelationship)}" in namespace ${ns} read as "${relationship}"`)
      }
      let rationale = mappingRationale ?? provenanceRationale
      if (map['matching-rationale'] !== undefined) {
        rationale = readRationale(map['matching-rationale'])
        if (rationale === null) {
          problems.error(at, 'matching-rationale', `must be syntactic, semantic or functional, not ${JSON.stringify(map['matching-rationale'])}`)
        }
      }
      const side = (name: 'sources' | 'targets'): string[] | null => {
        const items = map[name]
        if (!Array.isArray(items) || items.length === 0) {
          if (relationship === 'not-related' && items !== undefined && Array.isArray(items)) return []
          problems.error(at, name, 'missing or empty')
          return null
        }
        const refs = items.map((item, i) => refOf(item, `${at}.${name}[${i}]`))
        return refs.every((r): r is string => r !== null) ? refs : null
      }
      const sources = side('sources')
      const targets = side('targets')
      let strength: number | null = null
      const rawStrength = ourProp(map, PROP.strength)
      if (rawStrength !== null) {
        strength = Number(rawStrength)
        if (!/^\d+$/.test(rawStrength) || strength > 10) {
          problems.error(at, `props.${PROP.strength}`, `must be a whole number from 0 to 10, not "${rawStrength}"`)
          strength = null
        }
      }
      const notes: string[] = []
      if (Array.isArray(map.qualifiers)) {
        for (const q of map.qualifiers) {
          if (isRecord(q) && (q.subject === 'target' || q.subject === 'both') && q.predicate === 'has-requirement') {
            const d = str(q.description)
            if (d) notes.push(typeof q.description === 'string' ? q.description : d)
          }
        }
      }
      if (!sources || !targets || relationship === null) return
      const row: MappingEntry = {
        set: setId,
        sources,
        targets,
        relationship,
        rationale: rationale ?? null,
        strength,
        gapNote: notes.length > 0 ? notes.join('\n\n') : null,
      }
      bundle.mappings.push(row)
    })
  })

  function newSet(sourceEdition: string, targetEdition: string, where: string): MappingSetEntry {
    const pairId = `${sourceEdition}--${targetEdition}`
    const fileId = ourProp(metadata, PROP.setId)
    const id = options.setId ?? (sets.size === 0 ? fileId : null) ?? pairId
    let method: MappingMethod = 'set-theory'
    const rawMethod = ourProp(metadata, PROP.method)
    if (rawMethod !== null) {
      if ((METHODS as readonly string[]).includes(rawMethod)) method = rawMethod as MappingMethod
      else problems.error('mapping-collection.metadata', `props.${PROP.method}`, `must be one of ${METHODS.join(', ')}, not "${rawMethod}"`)
    }
    let publisher = ourProp(metadata, PROP.publisher) ?? creatorName() ?? options.publisher
    if (!publisher) {
      problems.error(where, 'publisher', 'the file names no creator party: pass the publisher option')
      publisher = 'unknown'
    }
    const comprehensive = ourProp(metadata, PROP.comprehensive)
    if (comprehensive !== null && comprehensive !== 'yes' && comprehensive !== 'no') {
      problems.error('mapping-collection.metadata', `props.${PROP.comprehensive}`, `must be yes or no, not "${comprehensive}"`)
    }
    const coveredTargets = ourProps(metadata, PROP.coveredTarget)
    const coveredSources = ourProps(metadata, PROP.coveredSource)
    const set: MappingSetEntry = {
      id,
      title: str(metadata?.title),
      sourceEdition,
      targetEdition,
      publisher,
      author: ourProp(metadata, PROP.author),
      method,
      comprehensive: comprehensive === 'yes',
      licence: ourProp(metadata, PROP.licence),
      sourceUrl: ourProp(metadata, PROP.sourceUrl),
      reviewedAt: ourProp(metadata, PROP.reviewedAt),
      status,
      coveredTargets: coveredTargets.length > 0 ? coveredTargets : null,
      coveredSources: coveredSources.length > 0 ? coveredSources : null,
    }
    bundle.sets.push(set)
    return set
  }

  function creatorName(): string | null {
    if (!metadata || !Array.isArray(metadata.parties)) return null
    const parties = metadata.parties.filter(isRecord)
    const responsible = Array.isArray(metadata['responsible-parties']) ? metadata['responsible-parties'].filter(isRecord) : []
    const creator = responsible.find((r) => r['role-id'] === 'creator')
    const uuid = Array.isArray(creator?.['party-uuids']) ? creator['party-uuids'][0] : undefined
    return str(parties.find((p) => p.uuid === uuid)?.name) ?? str(parties[0]?.name)
  }

  return { bundle, problems: problems.items }
}

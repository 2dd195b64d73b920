/**
 * CISO Assistant library YAML (intuitem's `backend/library/libraries/*.yaml`)
 * → a crosswalk bundle. A library holds a `framework` (a tree of
 * `requirement_nodes`) and/or requirement mapping sets (`requirement_mapping_sets`,
 * or the older singular `requirement_mapping_set`).
 *
 * Decisions (docs: packages/content/src/formats/README.md):
 * - a framework urn is resolved to our edition through `options.editions`,
 *   then CISO_ASSISTANT_EDITIONS; an unknown one gets ids derived from the urn
 *   and a warning;
 * - a node without `ref_id` (headings such as ISO 27001:2013's "core" and
 *   "annex-a") gets the last segment of its urn as refId;
 * - a requirement's `text` is its `description` only when the edition's
 *   licence is `full-text`; titles are kept unless it is `ids-only`;
 * - sets whose urn or ref_id ends in `-revert` are generated inverses: dropped;
 * - rows with the same sources, targets and relationship are merged;
 * - a set between two editions of one standard is an `edition-transition`;
 *   a set whose rows are all `intersect` with no rationale (how CISO Assistant
 *   encodes NIST's informative references) is an untyped `crosswalk` and its
 *   rows become `related`; any other set is `set-theory`.
 */
import type { MappingMethod, MappingRationale, MappingRelationship } from '@versus/engine'
import { load } from 'js-yaml'

import type { EditionEntry, MappingEntry, MappingSetEntry, RequirementEntry } from '../../crosswalk-bundle'
import type { EditionInfo } from '../known-editions'
import { CISO_ASSISTANT_EDITIONS, deriveEditionIds, editionEntry, findYear } from '../known-editions'
import type { ParseResult } from '../problem'
import { emptyBundle, ProblemList } from '../problem'
import { readRationale, readRelationship } from '../relationships'

export interface CisoAssistantOptions {
  /** Framework urn → our edition; overrides the built-in defaults. */
  editions?: Readonly<Record<string, EditionInfo>>
  /**
   * Edition id → the refIds its catalog already has (e.g. from the CMS), to
   * resolve the requirement urns of a mapping file whose frameworks are not in
   * it: CISO Assistant writes a node urn as its ref_id lower-cased, so
   * `…:iso27001-2022:a.5.1` is matched without case to "A.5.1". Without it,
   * the urn's last segment is upper-cased (exact for the built-in frameworks;
   * a warning for others).
   */
  knownRefIds?: Readonly<Record<string, readonly string[]>>
  /** Set id → method, overriding the rule above (e.g. a hand-typed all-`intersect` set). */
  setMethods?: Readonly<Record<string, MappingMethod>>
}

type Node = Record<string, unknown>

function isRecord(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'number') return String(value)
  return null
}

/** The last `:`-separated segment of a urn. */
function urnTail(urn: string): string {
  return urn.slice(urn.lastIndexOf(':') + 1)
}

/** The framework segment of a requirement node urn: `urn:intuitem:risk:req_node:<framework>:<node>`. */
function nodeFramework(urn: string): string | null {
  const parts = urn.split(':')
  return parts.length >= 6 && parts[3] === 'req_node' ? (parts[4] ?? null) : null
}

function isRevert(set: Node): boolean {
  return [set.urn, set.ref_id].some((v) => typeof v === 'string' && /-revert$/i.test(v.trim()))
}

export function parseCisoAssistantLibrary(source: string, options: CisoAssistantOptions = {}): ParseResult {
  const problems = new ProblemList()
  const bundle = emptyBundle()
  let doc: unknown
  try {
    doc = load(source)
  } catch (error) {
    problems.error('(file)', '', `not valid YAML: ${(error as Error).message.split('\n')[0]}`)
    return { bundle, problems: problems.items }
  }
  if (!isRecord(doc) || !isRecord(doc.objects)) {
    problems.error('(file)', 'objects', 'not a CISO Assistant library: no `objects` map')
    return { bundle, problems: problems.items }
  }
  const library = doc
  const objects = doc.objects
  const resolved = new Map<string, EditionEntry>()
  const warnedUnknown = new Set<string>()

  /** Our edition for a framework urn (known, given, or derived with a warning). */
  const editionFor = (urn: string, where: string, field: string, framework?: Node): EditionEntry => {
    const known = resolved.get(urn)
    if (known) return known
    const info = options.editions?.[urn] ?? CISO_ASSISTANT_EDITIONS[urn]
    const label = text(framework?.ref_id) ?? text(framework?.name) ?? urnTail(urn)
    const year =
      findYear(urnTail(urn), text(framework?.ref_id), text(framework?.name), text(library.publication_date)) ?? 0
    let entry: EditionEntry
    if (info) {
      entry = editionEntry(info, { label, year })
    } else {
      const ids = deriveEditionIds(urnTail(urn))
      entry = editionEntry({ ...ids }, { label, year })
      if (!warnedUnknown.has(urn)) {
        warnedUnknown.add(urn)
        problems.warning(
          where,
          field,
          `unknown framework ${urn}: read as edition "${ids.edition}" of standard "${ids.standard}"${year === 0 ? ', year unknown (0)' : ''}; pass it in the editions option to choose the ids`,
        )
      }
    }
    resolved.set(urn, entry)
    return entry
  }

  /** Requirement urn → refId, filled by the framework of this file, then by rule. */
  const refIds = new Map<string, string>()

  if (objects.framework !== undefined) {
    if (!isRecord(objects.framework)) problems.error('objects.framework', '', 'must be a map')
    else readFramework(objects.framework)
  }

  function readFramework(framework: Node): void {
    const urn = text(framework.urn)
    if (!urn) {
      problems.error('objects.framework', 'urn', 'missing')
      return
    }
    const edition = editionFor(urn, 'objects.framework', 'urn', framework)
    bundle.editions.push(edition)
    const nodes = framework.requirement_nodes
    if (!Array.isArray(nodes)) {
      problems.error('objects.framework', 'requirement_nodes', 'missing or not a list')
      return
    }
    const seen = new Map<string, string>()
    // First pass: every node's refId, so parents may come after children.
    nodes.forEach((node: unknown, index) => {
      const where = `requirement_nodes[${index}]`
      if (!isRecord(node)) {
        problems.error(where, '', 'must be a map')
        return
      }
      const nodeUrn = text(node.urn)
      if (!nodeUrn) {
        problems.error(where, 'urn', 'missing')
        return
      }
      const refId = text(node.ref_id) ?? urnTail(nodeUrn)
      const other = seen.get(refId)
      if (other !== undefined) {
        problems.error(`${where} (${nodeUrn})`, 'ref_id', `"${refId}" is also the ref_id of ${other}`)
        return
      }
      if (refIds.has(nodeUrn)) {
        problems.error(`${where} (${nodeUrn})`, 'urn', 'appears twice')
        return
      }
      seen.set(refId, nodeUrn)
      refIds.set(nodeUrn, refId)
    })
    const order = new Map<string | null, number>()
    nodes.forEach((node: unknown, index) => {
      if (!isRecord(node)) return
      const nodeUrn = text(node.urn)
      if (!nodeUrn || seen.get(refIds.get(nodeUrn) ?? '') !== nodeUrn) return
      const where = `requirement_nodes[${index}] (${nodeUrn})`
      const refId = refIds.get(nodeUrn)!
      let parent: string | null = null
      const parentUrn = text(node.parent_urn)
      if (parentUrn) {
        parent = refIds.get(parentUrn) ?? null
        if (parent === null) problems.error(where, 'parent_urn', `no node ${parentUrn} in this framework`)
        else if (parentUrn === nodeUrn) {
          problems.error(where, 'parent_urn', 'a node cannot be its own parent')
          parent = null
        }
      }
      if (node.assessable !== undefined && typeof node.assessable !== 'boolean') {
        problems.error(where, 'assessable', `must be true or false, not ${JSON.stringify(node.assessable)}`)
      }
      const position = (order.get(parent) ?? 0) + 1
      order.set(parent, position)
      const requirement: RequirementEntry = {
        edition: edition.id,
        refId,
        parent,
        assessable: node.assessable === true,
        title: edition.textLicence === 'ids-only' ? null : text(node.name),
        text: edition.textLicence === 'full-text' ? text(node.description) : null,
        order: position,
      }
      bundle.requirements.push(requirement)
    })
  }

  const setNodes: { node: unknown; where: string }[] = []
  if (objects.requirement_mapping_set !== undefined) {
    setNodes.push({ node: objects.requirement_mapping_set, where: 'objects.requirement_mapping_set' })
  }
  if (objects.requirement_mapping_sets !== undefined) {
    if (!Array.isArray(objects.requirement_mapping_sets)) {
      problems.error('objects.requirement_mapping_sets', '', 'must be a list')
    } else {
      objects.requirement_mapping_sets.forEach((node: unknown, index) =>
        setNodes.push({ node, where: `requirement_mapping_sets[${index}]` }),
      )
    }
  }
  if (objects.framework === undefined && setNodes.length === 0) {
    problems.error('(file)', 'objects', 'holds neither a framework nor requirement mapping sets')
  }

  for (const { node, where } of setNodes) {
    if (!isRecord(node)) {
      problems.error(where, '', 'must be a map')
      continue
    }
    if (isRevert(node)) {
      problems.warning(
        `${where} (${text(node.urn) ?? text(node.ref_id)})`,
        '',
        'dropped: a generated `-revert` set (the inverse is computed from the forward set)',
      )
      continue
    }
    readSet(node, where)
  }

  function readSet(node: Node, at: string): void {
    const where = `${at} (${text(node.urn) ?? text(node.ref_id) ?? 'no urn'})`
    const sourceUrn = text(node.source_framework_urn)
    const targetUrn = text(node.target_framework_urn)
    if (!sourceUrn) problems.error(where, 'source_framework_urn', 'missing')
    if (!targetUrn) problems.error(where, 'target_framework_urn', 'missing')
    const rows = node.requirement_mappings
    if (!Array.isArray(rows)) problems.error(where, 'requirement_mappings', 'missing or not a list')
    if (!sourceUrn || !targetUrn || !Array.isArray(rows)) return
    const source = editionFor(sourceUrn, where, 'source_framework_urn')
    const target = editionFor(targetUrn, where, 'target_framework_urn')
    const id = `${source.id}--${target.id}`
    if (bundle.sets.some((s) => s.id === id)) {
      problems.error(where, '', `a second set from ${source.id} to ${target.id} in the same file`)
      return
    }
    const sourceFramework = urnTail(sourceUrn)
    const targetFramework = urnTail(targetUrn)
    const lookup = (editionId: string): Map<string, string> | null => {
      const known = options.knownRefIds?.[editionId]
      return known ? new Map(known.map((refId) => [refId.toLowerCase(), refId])) : null
    }
    const lookups = new Map([
      [sourceFramework, { edition: source, refIds: lookup(source.id), builtIn: sourceUrn in CISO_ASSISTANT_EDITIONS, field: 'source_framework_urn' }],
      [targetFramework, { edition: target, refIds: lookup(target.id), builtIn: targetUrn in CISO_ASSISTANT_EDITIONS, field: 'target_framework_urn' }],
    ])
    const guessed = new Set<string>()
    const resolve = (urn: unknown, framework: string, rowWhere: string, field: string): string | null => {
      const value = text(urn)
      if (!value) {
        problems.error(rowWhere, field, 'missing')
        return null
      }
      const known = refIds.get(value)
      if (known) return known
      if (nodeFramework(value) !== framework) {
        problems.error(rowWhere, field, `${value} is not a node of framework ${framework}`)
        return null
      }
      const side = lookups.get(framework)!
      const tail = urnTail(value)
      if (side.refIds) {
        const refId = side.refIds.get(tail.toLowerCase())
        if (refId === undefined) problems.error(rowWhere, field, `${value}: no requirement "${tail}" in ${side.edition.id}`)
        return refId ?? null
      }
      // CISO Assistant lower-cases the ref_id into the urn; the built-in frameworks print their ids upper-case.
      if (!side.builtIn && !guessed.has(framework)) {
        guessed.add(framework)
        problems.warning(where, side.field, `requirement ids of ${side.edition.id} guessed by upper-casing urns ("${tail}" → "${tail.toUpperCase()}"); import its framework in the same file or pass knownRefIds`)
      }
      return tail.toUpperCase()
    }

    const rowsOut: MappingEntry[] = []
    const byKey = new Map<string, MappingEntry>()
    let typedSeen = false
    rows.forEach((row: unknown, index) => {
      const rowWhere = `${at}.requirement_mappings[${index}]`
      if (!isRecord(row)) {
        problems.error(rowWhere, '', 'must be a map')
        return
      }
      const from = resolve(row.source_requirement_urn, sourceFramework, rowWhere, 'source_requirement_urn')
      const to = resolve(row.target_requirement_urn, targetFramework, rowWhere, 'target_requirement_urn')
      const relationship = readRelationship(row.relationship)
      if (relationship === null) {
        problems.error(rowWhere, 'relationship', `unknown relationship ${JSON.stringify(row.relationship)}`)
      }
      let rationale: MappingRationale | null = null
      if (row.rationale !== undefined && row.rationale !== null) {
        rationale = readRationale(row.rationale)
        if (rationale === null) {
          problems.error(rowWhere, 'rationale', `must be syntactic, semantic or functional, not ${JSON.stringify(row.rationale)}`)
        }
      }
      let strength: number | null = null
      const rawStrength = row.strength_of_relationship
      if (rawStrength !== undefined && rawStrength !== null) {
        if (typeof rawStrength === 'number' && Number.isInteger(rawStrength) && rawStrength >= 0 && rawStrength <= 10) {
          strength = rawStrength
        } else {
          problems.error(rowWhere, 'strength_of_relationship', `must be a whole number from 0 to 10, not ${JSON.stringify(rawStrength)}`)
        }
      }
      if (from === null || to === null || relationship === null) return
      if ((relationship !== 'intersect' && relationship !== 'related') || rationale !== null) typedSeen = true
      const key = JSON.stringify([from, to, relationship])
      const previous = byKey.get(key)
      if (previous) {
        previous.rationale ??= rationale
        previous.strength ??= strength
        problems.warning(rowWhere, '', `duplicate of an earlier row (${from} ${relationship} ${to}): merged`)
        return
      }
      const entry: MappingEntry = { set: id, sources: [from], targets: [to], relationship, rationale, strength }
      byKey.set(key, entry)
      rowsOut.push(entry)
    })

    let method: MappingMethod =
      source.standard === target.standard ? 'edition-transition' : typedSeen || rowsOut.length === 0 ? 'set-theory' : 'crosswalk'
    method = options.setMethods?.[id] ?? method
    if (method === 'crosswalk' || method === 'supportive') {
      for (const row of rowsOut) row.relationship = 'related' satisfies MappingRelationship
      if (!typedSeen && rowsOut.length > 0 && !options.setMethods?.[id]) {
        problems.warning(where, '', 'every row is `intersect` without a rationale: read as an untyped crosswalk (rows `related`)')
      }
    }
    const copyright = text(library.copyright)
    const set: MappingSetEntry = {
      id,
      title: `${source.label} → ${target.label}`,
      sourceEdition: source.id,
      targetEdition: target.id,
      publisher: text(library.provider) ?? text(library.packager) ?? 'unknown',
      author: null,
      method,
      comprehensive: false,
      licence: null,
      sourceUrl: copyright ? (/https?:\/\/\S+/.exec(copyright)?.[0] ?? null) : null,
      reviewedAt: null,
      status: 'complete',
    }
    if (!text(library.provider)) problems.warning(where, 'provider', `the library names no provider: publisher set to "${set.publisher}"`)
    bundle.sets.push(set)
    bundle.mappings.push(...rowsOut)
  }

  return { bundle, problems: problems.items }
}

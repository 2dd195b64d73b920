import type { EditionBridge, MappingIssue } from '../model'
import type { CatalogRecord, MappingRecord, MappingRelationship, MappingSetRecord } from '../types'
import type { IndexedCatalog, PairFact, SetInfo } from '../_lib/mappings'
import { RELATIONSHIP_RANK, STATUSES, byPosition, compose, indexCatalog, isRecord, issue, orientMappings, pairFacts, readSets } from '../_lib/mappings'

export interface BridgeInput {
  /** The set to carry, e.g. ISO/IEC 27001:2013 → NIS2. */
  set: MappingSetRecord
  /** Its rows (rows of other sets are ignored). */
  mappings: MappingRecord[]
  /** The edition transition, e.g. ISO/IEC 27001:2013 → 2022, stored either way round. */
  transition: MappingSetRecord
  transitionMappings: MappingRecord[]
  /** Catalogs of the old edition, the new edition and the set's other side. */
  catalogs: CatalogRecord[]
}

interface Carried {
  source: string
  target: string
  relationship: MappingRelationship
  strength: number | null
  rationale: MappingRecord['rationale']
  gapNote: string | null
  sourcePos: number
  targetPos: number
}

/**
 * @name bridgeEdition
 * @summary Carries a mapping set to a new edition through an edition-transition set, flagged as derived.
 *
 * @description
 * With a set between an old edition and another standard, and a transition
 * set between the old edition and its successor, returns a set between the
 * new edition and the other standard. Each link is composed pair by pair with
 * the same sound rules as inferMappings (../computeCoverage/README.md): only
 * what follows from both links survives, the rest is counted in `dropped`.
 * The result has `derivedFrom`, every row `derived: true`, and is never
 * comprehensive, so computeCoverage leaves it out unless `includeDerived`.
 * Old-edition requirements with links but no successor are listed in
 * `untransitioned`. Total: missing catalogs or unrelated sets give an empty
 * bridge and an issue.
 *
 * @param input - The set, the transition, their rows and the three catalogs
 * @returns The derived set and rows, with what was carried, dropped and left behind
 *
 * @example
 * bridgeEdition({ set: iso2013ToNis2, mappings, transition: iso2013To2022, transitionMappings, catalogs }).set
 * //=> { id: 'iso2013-nis2@iso2013-2022', sourceEdition: 'iso-27001-2022', targetEdition: 'nis2-ir-2024', derivedFrom: {…}, comprehensive: false, … }
 */

/**
 * Which of two carried links for the same source, target and relationship stays: the stronger (an
 * unstated strength counts as 10, a stated one wins a tie), then by note, so input order never matters.
 */
function outranks(next: Carried, held: Carried): boolean {
  const strength = (c: Carried) => c.strength ?? 10
  if (strength(next) !== strength(held)) return strength(next) > strength(held)
  if ((next.strength === null) !== (held.strength === null)) return next.strength !== null
  const note = (c: Carried) => `${c.rationale ?? ''}\u0000${c.gapNote ?? ''}`
  return note(next) < note(held)
}

export function bridgeEdition(input: BridgeInput): EditionBridge {
  const raw: Partial<BridgeInput> = isRecord(input) ? input : {}
  const issues: MappingIssue[] = []
  const sets = readSets([raw.set, raw.transition], issues)
  const [set, transition] = [...sets.values()] as (SetInfo | undefined)[]
  const catalogs = new Map<string, IndexedCatalog>()
  for (const catalog of Array.isArray(raw.catalogs) ? raw.catalogs : []) {
    const indexed = indexCatalog(catalog)
    if (indexed.editionId !== '' && !catalogs.has(indexed.editionId)) catalogs.set(indexed.editionId, indexed)
  }
  const fail = (message: string): EditionBridge => ({
    set: { ...(isRecord(raw.set) ? raw.set : ({} as MappingSetRecord)), comprehensive: false },
    mappings: [],
    carried: 0,
    dropped: 0,
    untransitioned: [],
    issues: [...issues, issue('unknown-edition', message)],
  })
  if (!set || !transition) return fail('A set and a transition set, with distinct ids, are needed.')
  const sides = [set.sourceEdition, set.targetEdition]
  const old = sides.includes(transition.sourceEdition) ? transition.sourceEdition : sides.includes(transition.targetEdition) ? transition.targetEdition : null
  if (old === null || set.sourceEdition === set.targetEdition) return fail(`The transition "${transition.id}" shares no edition with "${set.id}".`)
  const successor = transition.sourceEdition === old ? transition.targetEdition : transition.sourceEdition
  const other = set.sourceEdition === old ? set.targetEdition : set.sourceEdition
  const [oldCat, newCat, otherCat] = [catalogs.get(old), catalogs.get(successor), catalogs.get(other)]
  if (!oldCat || !newCat || !otherCat) return fail(`Catalogs of "${old}", "${successor}" and "${other}" are needed.`)
  for (const catalog of [oldCat, newCat, otherCat]) issues.push(...catalog.issues)

  // The given sets are used whatever their status: the caller chose them.
  const only = (info: SetInfo) => new Map([[info.id, info]])
  const orient = { statuses: STATUSES, includeDerived: true }
  const oldIsSource = set.sourceEdition === old
  // Walk new → old → other, or other → old → new, so the composed row keeps the set's direction.
  const [firstRows, secondRows] = oldIsSource
    ? [
        orientMappings(newCat, oldCat, only(transition), raw.transitionMappings, orient, issues).rows,
        orientMappings(oldCat, otherCat, only(set), raw.mappings, orient, issues).rows,
      ]
    : [
        orientMappings(otherCat, oldCat, only(set), raw.mappings, orient, issues).rows,
        orientMappings(oldCat, newCat, only(transition), raw.transitionMappings, orient, issues).rows,
      ]
  type Fact = PairFact & { row: (typeof firstRows)[number] }
  const factsOf = (rows: typeof firstRows) => {
    const out: Fact[] = []
    const buffer: PairFact[] = []
    for (const row of rows) {
      buffer.length = 0
      pairFacts(row, buffer)
      for (const fact of buffer) out.push({ ...fact, row })
    }
    return out
  }
  const second = new Map<string, Fact[]>()
  for (const fact of factsOf(secondRows)) {
    const list = second.get(fact.source.id)
    if (list) list.push(fact)
    else second.set(fact.source.id, [fact])
  }
  const first = factsOf(firstRows)
  const linked = new Set<string>()
  const transitioned = new Set<string>()
  for (const fact of oldIsSource ? first : factsOf(secondRows)) {
    if (fact.relationship !== 'not-related') transitioned.add((oldIsSource ? fact.target : fact.source).id)
  }
  for (const fact of oldIsSource ? factsOf(secondRows) : first) linked.add((oldIsSource ? fact.source : fact.target).id)

  const carried = new Map<string, Carried>()
  let dropped = 0
  for (const a of first) {
    for (const b of second.get(a.target.id) ?? []) {
      const relationship = compose(a.relationship, b.relationship)
      if (relationship === null) {
        dropped++
        continue
      }
      const setRow = oldIsSource ? b.row : a.row
      const strengths = [a.row.strength, b.row.strength].filter((s): s is number => s !== null)
      const strength = strengths.length === 0 ? null : Math.round(strengths.reduce((p, s) => p * (s / 10), 10) * 10) / 10
      const next: Carried = {
        source: a.source.id,
        target: b.target.id,
        relationship,
        strength,
        rationale: setRow.rationale,
        gapNote: setRow.gapNote,
        sourcePos: a.source.position,
        targetPos: b.target.position,
      }
      const key = `${next.source}\u0000${next.target}\u0000${relationship}`
      const held = carried.get(key)
      if (!held || outranks(next, held)) carried.set(key, next)
    }
  }

  const id = `${set.id}@${transition.id}`
  const rows = [...carried.values()].sort(
    (x, y) => x.targetPos - y.targetPos || x.sourcePos - y.sourcePos || RELATIONSHIP_RANK[x.relationship] - RELATIONSHIP_RANK[y.relationship],
  )
  const untransitioned = [...linked]
    .filter((rid) => !transitioned.has(rid))
    .map((rid) => oldCat.byId.get(rid))
    .filter((req) => req !== undefined)
    .sort(byPosition)
    .map((req) => req.id)
  const base = raw.set as MappingSetRecord
  return {
    set: {
      ...base,
      id,
      sourceEdition: oldIsSource ? successor : other,
      targetEdition: oldIsSource ? other : successor,
      comprehensive: false,
      coveredTargets: null,
      coveredSources: null,
      derivedFrom: { set: set.id, transition: transition.id },
    },
    mappings: rows.map((r) => ({
      setId: id,
      sources: [r.source],
      targets: [r.target],
      relationship: r.relationship,
      rationale: r.rationale,
      strength: r.strength,
      gapNote: r.gapNote,
      derived: true,
    })),
    carried: rows.length,
    dropped,
    untransitioned,
    issues,
  }
}

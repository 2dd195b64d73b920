/**
 * OSCAL 1.1 catalog (JSON) → one edition and its requirements. Groups (and
 * sub-groups) become non-assessable headings; controls and their nested
 * controls (enhancements) become assessable requirements. A control's refId
 * is its `label` prop as NIST prints it ("AC-2", "AC-2(1)"), not the
 * zero-padded one; without a label, the id read the NIST way ("ac-2.1" →
 * "AC-2(1)"). The statement part's prose, with parameters written as
 * "[Assignment: …]" / "[Selection: …]", is the requirement's `text` when the
 * edition's licence is `full-text`. Withdrawn controls are skipped.
 */
import { slugify } from '@versus/engine'

import type { RequirementEntry } from '../../crosswalk-bundle'
import type { EditionInfo } from '../known-editions'
import { deriveEditionIds, editionEntry, findYear, NIST_800_53_R5 } from '../known-editions'
import type { ParseResult } from '../problem'
import { emptyBundle, ProblemList } from '../problem'
import { EDITION_PROP, REQUIREMENT_PROP, SUMMARY_PART, VERSUS_NS } from './vocabulary'

export interface OscalCatalogOptions {
  /** Our edition for this catalog; by default derived from `metadata.title` (SP 800-53 r5 is known). */
  edition?: EditionInfo
}

type Node = Record<string, unknown>

function isRecord(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

function props(node: Node): Node[] {
  return Array.isArray(node.props) ? node.props.filter(isRecord) : []
}

/** Values of a prop of our namespace (toOscalCatalog writes them). */
function ourProps(node: Node, name: string): string[] {
  return props(node)
    .filter((p) => p.ns === VERSUS_NS && p.name === name)
    .map((p) => str(p.value))
    .filter((v): v is string => v !== null)
}

const ourProp = (node: Node, name: string): string | null => ourProps(node, name)[0] ?? null

/** Our summary part, when the catalog is one of our exports. */
function summaryOf(node: Node): string | null {
  const part = Array.isArray(node.parts) ? node.parts.find((p): p is Node => isRecord(p) && p.ns === VERSUS_NS && p.name === SUMMARY_PART) : undefined
  return part ? str(part.prose) : null
}

/** Our position prop, when present and a whole number. */
function orderOf(node: Node, fallback: number | null): number | null {
  const value = Number(ourProp(node, REQUIREMENT_PROP.order))
  return ourProp(node, REQUIREMENT_PROP.order) !== null && Number.isInteger(value) ? value : fallback
}

const EDITION_STATUSES = ['current', 'superseded', 'withdrawn', 'draft'] as const
const TEXT_LICENCES = ['full-text', 'titles-and-ids', 'ids-only'] as const

/** The edition our export wrote into the catalog's metadata props, or null. */
function editionFromProps(metadata: Node, title: string): EditionInfo | null {
  const edition = ourProp(metadata, EDITION_PROP.edition)
  const standard = ourProp(metadata, EDITION_PROP.standard)
  if (!edition || !standard) return null
  const status = ourProp(metadata, EDITION_PROP.status)
  const licence = ourProp(metadata, EDITION_PROP.textLicence)
  const year = Number(ourProp(metadata, EDITION_PROP.year))
  const amendments = ourProps(metadata, EDITION_PROP.amendment)
  return {
    edition,
    standard,
    label: title,
    ...(Number.isInteger(year) && year > 0 ? { year } : {}),
    ...(EDITION_STATUSES.find((s) => s === status) ? { status: status as EditionInfo['status'] } : {}),
    ...(TEXT_LICENCES.find((l) => l === licence) ? { textLicence: licence as EditionInfo['textLicence'] } : {}),
    supersedes: ourProp(metadata, EDITION_PROP.supersedes),
    transitionDeadline: ourProp(metadata, EDITION_PROP.transitionDeadline),
    ...(amendments.length > 0 ? { amendments } : {}),
  }
}

/** The label NIST prints: a `label` prop without a class (the others are zero-padded or SP 800-53A forms). */
function labelOf(node: Node): string | null {
  const labels = props(node).filter((p) => p.name === 'label')
  return str(labels.find((p) => p.class === undefined)?.value) ?? str(labels[0]?.value)
}

/** "ac-2" → "AC-2", "ac-2.1" → "AC-2(1)"; other ids upper-cased. */
export function nistControlLabel(id: string): string {
  const match = /^([a-z]{2})-(\d+)(?:\.(\d+))?$/i.exec(id)
  if (!match) return id.toUpperCase()
  const base = `${match[1]!.toUpperCase()}-${Number(match[2])}`
  return match[3] === undefined ? base : `${base}(${Number(match[3])})`
}

function isWithdrawn(node: Node): boolean {
  return props(node).some((p) => p.name === 'status' && (p.value === 'withdrawn' || p.value === 'Withdrawn'))
}

/** A parameter as SP 800-53 prints it inside a statement; choices may insert other parameters. */
function paramText(param: Node | undefined, id: string, params: Map<string, Node>, depth: number): string {
  if (!param) return `[Assignment: ${id}]`
  const select = isRecord(param.select) ? param.select : null
  if (select) {
    const choices = Array.isArray(select.choice) ? select.choice.filter((c): c is string => typeof c === 'string') : []
    const many = select['how-many'] === 'one-or-more' ? ' (one or more)' : ''
    return `[Selection${many}: ${choices.map((c) => fillParams(c, params, depth + 1).trim()).join('; ')}]`
  }
  const label = str(param.label) ?? id
  return `[Assignment: ${/^organization-defined\b/.test(label) ? '' : 'organization-defined '}${label}]`
}

/** Prose with every `{{ insert: param, id }}` written out (nested at most a few levels, so a cycle cannot loop). */
function fillParams(prose: string, params: Map<string, Node>, depth = 0): string {
  return prose.replace(/\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}/g, (_m, id: string) =>
    depth > 4 ? `[Assignment: ${id}]` : paramText(params.get(id), id, params, depth),
  )
}

function statementText(part: Node, params: Map<string, Node>, depth = 0): string[] {
  const lines: string[] = []
  const prose = str(part.prose)
  const label = labelOf(part)
  if (prose || label) {
    const filled = fillParams(prose ?? '', params)
    lines.push(`${'  '.repeat(Math.max(0, depth - 1))}${label ? `${label} ` : ''}${filled}`.trimEnd())
  }
  if (Array.isArray(part.parts)) {
    for (const child of part.parts) {
      if (isRecord(child) && (child.name === 'item' || child.name === undefined)) {
        lines.push(...statementText(child, params, depth + 1))
      }
    }
  }
  return lines
}

export function parseOscalCatalog(source: string, options: OscalCatalogOptions = {}): ParseResult {
  const problems = new ProblemList()
  const bundle = emptyBundle()
  let doc: unknown
  try {
    doc = JSON.parse(source)
  } catch (error) {
    problems.error('(file)', '', `not valid JSON: ${(error as Error).message}`)
    return { bundle, problems: problems.items }
  }
  const catalog = isRecord(doc) ? doc.catalog : undefined
  if (!isRecord(catalog)) {
    problems.error('(file)', 'catalog', 'not an OSCAL catalog: no `catalog` object')
    return { bundle, problems: problems.items }
  }
  const metadata = isRecord(catalog.metadata) ? catalog.metadata : {}
  if (!isRecord(catalog.metadata)) problems.error('catalog', 'metadata', 'missing')
  const title = str(metadata.title) ?? 'Untitled catalog'
  const ours = editionFromProps(metadata, title)
  // Our own export says every requirement's kind and position where it has one: there, none means none.
  const defaultKind = (kind: string) => (ours ? null : kind)
  const defaultOrder = (position: number) => (ours ? null : position)
  let info = options.edition ?? ours ?? undefined
  if (!info) {
    if (/800-53/.test(title) && /(Revision|Rev\.?)\s*5/i.test(title)) info = NIST_800_53_R5
    else {
      info = deriveEditionIds(title)
      problems.warning(
        'catalog.metadata',
        'title',
        `unknown catalog "${title}": read as edition "${info.edition}" of standard "${info.standard}"; pass the edition option to choose the ids`,
      )
    }
  }
  const edition = editionEntry(info, {
    label: title,
    year: findYear(str(metadata.published), str(metadata['last-modified'])) ?? 0,
  })
  bundle.editions.push(edition)
  const seen = new Map<string, string>()
  let withdrawn = 0

  const add = (where: string, requirement: RequirementEntry): boolean => {
    const other = seen.get(requirement.refId)
    if (other !== undefined) {
      problems.error(where, 'id', `refId "${requirement.refId}" is also that of ${other}`)
      return false
    }
    seen.set(requirement.refId, where)
    bundle.requirements.push(requirement)
    return true
  }

  const readControls = (controls: unknown, parent: string | null, at: string, nested: boolean): void => {
    if (controls === undefined) return
    if (!Array.isArray(controls)) {
      problems.error(at, 'controls', 'must be a list')
      return
    }
    let order = 0
    controls.forEach((control: unknown, index) => {
      const where = `${at}.controls[${index}]`
      if (!isRecord(control)) {
        problems.error(where, '', 'must be an object')
        return
      }
      const id = str(control.id)
      if (!id) {
        problems.error(where, 'id', 'missing')
        return
      }
      if (isWithdrawn(control)) {
        withdrawn++
        return
      }
      const refId = labelOf(control) ?? nistControlLabel(id)
      const untitled = ourProp(control, REQUIREMENT_PROP.untitled) === 'yes'
      const title = str(control.title)
      if (!title) problems.error(`${where} (${id})`, 'title', 'missing')
      const params = new Map<string, Node>()
      if (Array.isArray(control.params)) {
        for (const p of control.params) if (isRecord(p) && typeof p.id === 'string') params.set(p.id, p)
      }
      const statement = Array.isArray(control.parts)
        ? control.parts.find((p): p is Node => isRecord(p) && p.name === 'statement')
        : undefined
      const body = statement ? statementText(statement, params).join('\n') : ''
      const ok = add(`${where} (${id})`, {
        edition: edition.id,
        refId,
        parent,
        kind: ourProp(control, REQUIREMENT_PROP.kind) ?? defaultKind(nested ? 'control enhancement' : 'control'),
        assessable: ourProp(control, REQUIREMENT_PROP.assessable) !== 'no',
        title: edition.textLicence === 'ids-only' || untitled ? null : title,
        ...(summaryOf(control) ? { summary: summaryOf(control) } : {}),
        text: edition.textLicence === 'full-text' && body !== '' ? body : null,
        order: orderOf(control, defaultOrder(++order)),
      })
      if (ok) readControls(control.controls, refId, `${where} (${id})`, true)
    })
  }

  const readGroups = (groups: unknown, parent: string | null, at: string): void => {
    if (groups === undefined) return
    if (!Array.isArray(groups)) {
      problems.error(at, 'groups', 'must be a list')
      return
    }
    let order = 0
    groups.forEach((group: unknown, index) => {
      const where = `${at}.groups[${index}]`
      if (!isRecord(group)) {
        problems.error(where, '', 'must be an object')
        return
      }
      const title = str(group.title)
      const id = str(group.id)
      if (!title) problems.error(where, 'title', 'missing')
      const refId = labelOf(group) ?? (id ? id.toUpperCase() : title ? slugify(title) : null)
      if (!refId) {
        problems.error(where, 'id', 'a group needs an id, a label or a title')
        return
      }
      if (group.groups !== undefined && group.controls !== undefined) {
        problems.warning(`${where} (${refId})`, '', 'holds both groups and controls (OSCAL allows one or the other): both read')
      }
      const ok = add(`${where} (${refId})`, {
        edition: edition.id,
        refId,
        parent,
        kind: ourProp(group, REQUIREMENT_PROP.kind) ?? str(group.class) ?? defaultKind('group'),
        assessable: false,
        title: edition.textLicence === 'ids-only' || ourProp(group, REQUIREMENT_PROP.untitled) === 'yes' ? null : title,
        ...(summaryOf(group) ? { summary: summaryOf(group) } : {}),
        order: orderOf(group, defaultOrder(++order)),
      })
      if (!ok) return
      readGroups(group.groups, refId, `${where} (${refId})`)
      readControls(group.controls, refId, `${where} (${refId})`, false)
    })
  }

  readGroups(catalog.groups, null, 'catalog')
  readControls(catalog.controls, null, 'catalog', false)
  if (catalog.groups === undefined && catalog.controls === undefined) {
    problems.error('catalog', 'groups', 'the catalog holds neither groups nor controls')
  }
  if (withdrawn > 0) problems.warning('catalog', '', `${withdrawn} withdrawn control(s) skipped`)
  return { bundle, problems: problems.items }
}

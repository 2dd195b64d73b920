#!/usr/bin/env node
/**
 * One-off extraction of facts (ids, hierarchy, official short titles, NIST's
 * public-domain outcome statements, which requirement maps to which) from the
 * third-party files in ../shared/data/external into the demo crosswalk bundles
 * in apps/cms/src/seed/content/crosswalks/. ISO prose is never read: only
 * ref_id, parent and name. Summaries are ours and live only in the output
 * files; a re-run keeps every summary already written there.
 *
 *   node scripts/crosswalk-facts/extract.mjs [path/to/external]
 *
 * Exits 0 with a message when the external folder is absent (fresh clones
 * have no ../shared).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import YAML from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const external = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/external'))
const out = path.join(root, 'apps/cms/src/seed/content/crosswalks')

if (!existsSync(external)) {
  console.info(`skipped: ${external} does not exist, nothing to extract`)
  process.exit(0)
}

const ciso = (file) => YAML.parse(readFileSync(path.join(external, 'ciso-assistant', file), 'utf8'), { maxAliasCount: -1 })
const tail = (urn) => urn.split(':').at(-1)

function readBundle(file) {
  const full = path.join(out, file)
  return existsSync(full) ? JSON.parse(readFileSync(full, 'utf8')) : null
}

/** Keeps summaries already written by hand, keyed by refId. */
function writeCatalog(file, edition, requirements) {
  const previous = readBundle(file)
  const summaries = new Map((previous?.requirements ?? []).map((r) => [r.refId, r.summary ?? null]))
  const bundle = {
    editions: [previous?.editions?.[0] ?? edition],
    requirements: requirements.map((r) => ({ ...r, summary: summaries.get(r.refId) ?? r.summary ?? null })),
    sets: [],
    mappings: [],
  }
  writeFileSync(path.join(out, file), JSON.stringify(bundle, null, 2) + '\n')
  console.info(`${file}: ${requirements.length} requirements`)
}

function writeSet(file, set, mappings) {
  writeFileSync(path.join(out, file), JSON.stringify({ editions: [], requirements: [], sets: [set], mappings }, null, 2) + '\n')
  console.info(`${file}: ${mappings.length} rows`)
}

/** Sibling order from the file's own order. */
function withOrder(requirements) {
  const counters = new Map()
  return requirements.map((r) => {
    const key = r.parent ?? ''
    const order = (counters.get(key) ?? 0) + 1
    counters.set(key, order)
    return { ...r, order }
  })
}

// ISO/IEC 27001: ids, hierarchy and titles only. CISO Assistant groups clauses
// and Annex A under nodes of its own ("core", "annex-a"); they are dropped.
// A few titles there differ from the printed standard and are corrected.
const ISO_TITLE_FIXES = {
  'iso-27001-2022': {
    '6.1.2': 'Information security risk assessment',
    '6.3': 'Planning of changes',
    '7.5': 'Documented information',
    '7.5.2': 'Creating and updating',
    '8': 'Operation',
    'A.5': 'Organizational controls',
    'A.7.6': 'Working in secure areas',
    'A.8.1': 'User endpoint devices',
  },
  'iso-27001-2013': {
    '6.1.2': 'Information security risk assessment',
    '7.5': 'Documented information',
    '7.5.2': 'Creating and updating',
    '8': 'Operation',
    '9.1': 'Monitoring, measurement, analysis and evaluation',
    'A.12.6.1': 'Management of technical vulnerabilities',
    'A.14.2.6': 'Secure development environment',
  },
}

function isoCatalog(file, editionId) {
  const nodes = ciso(file).objects.framework.requirement_nodes
  const byUrn = new Map(nodes.map((n) => [n.urn, n]))
  const dropped = new Set(nodes.filter((n) => !n.ref_id || ['core', 'annex-a'].includes(tail(n.urn))).map((n) => n.urn))
  const fixes = ISO_TITLE_FIXES[editionId]
  const requirements = nodes
    .filter((n) => !dropped.has(n.urn))
    .map((n) => {
      const refId = String(n.ref_id).trim()
      const parentNode = n.parent_urn && !dropped.has(n.parent_urn) ? byUrn.get(n.parent_urn) : null
      const annex = refId.startsWith('A.')
      const depth = refId.replace(/^A\./, '').split('.').length
      const kind = annex ? (n.assessable ? 'control' : depth === 1 ? 'theme' : 'objective') : n.assessable ? 'clause' : 'heading'
      return {
        edition: editionId,
        refId,
        parent: parentNode ? String(parentNode.ref_id).trim() : null,
        kind,
        assessable: Boolean(n.assessable),
        title: fixes[refId] ?? String(n.name).trim().replace(/\s+/g, ' '),
      }
    })
  return withOrder(requirements)
}

const EDITIONS = {
  'iso-27001-2022': {
    id: 'iso-27001-2022',
    standard: 'iso-27001',
    label: 'ISO/IEC 27001:2022',
    year: 2022,
    status: 'current',
    supersedes: 'iso-27001-2013',
    transitionDeadline: null,
    amendments: ['Amd 1:2024 (climate action changes)'],
    textLicence: 'titles-and-ids',
  },
  'iso-27001-2013': {
    id: 'iso-27001-2013',
    standard: 'iso-27001',
    label: 'ISO/IEC 27001:2013',
    year: 2013,
    status: 'superseded',
    supersedes: null,
    transitionDeadline: '2025-10-31',
    amendments: ['Cor 1:2014', 'Cor 2:2015'],
    textLicence: 'titles-and-ids',
  },
  'nist-csf-2-0': {
    id: 'nist-csf-2-0',
    standard: 'nist-csf-2',
    label: 'NIST CSF 2.0',
    year: 2024,
    status: 'current',
    supersedes: null,
    transitionDeadline: null,
    amendments: null,
    textLicence: 'full-text',
  },
  'nist-sp-800-53-r5': {
    id: 'nist-sp-800-53-r5',
    standard: 'nist-sp-800-53',
    label: 'NIST SP 800-53 Rev. 5 (moderate baseline)',
    year: 2020,
    status: 'current',
    supersedes: null,
    transitionDeadline: null,
    amendments: ['Release 5.1.1 (2023)'],
    textLicence: 'full-text',
  },
}

writeCatalog('iso-27001-2022.json', EDITIONS['iso-27001-2022'], isoCatalog('iso27001-2022.yaml', 'iso-27001-2022'))
writeCatalog('iso-27001-2013.json', EDITIONS['iso-27001-2013'], isoCatalog('iso27001-2013.yaml', 'iso-27001-2013'))

// NIST CSF 2.0: public domain, so the outcome statements go in `text`.
const csfKinds = ['function', 'category', 'subcategory']
const CSF_FUNCTION_TITLES = { GV: 'Govern', ID: 'Identify', PR: 'Protect', DE: 'Detect', RS: 'Respond', RC: 'Recover' }
{
  const nodes = ciso('nist-csf-2.0.yaml').objects.framework.requirement_nodes
  const byUrn = new Map(nodes.map((n) => [n.urn, n]))
  const requirements = nodes
    .filter((n) => n.depth <= 3)
    .map((n) => ({
      edition: 'nist-csf-2-0',
      refId: n.ref_id,
      parent: n.parent_urn ? byUrn.get(n.parent_urn).ref_id : null,
      kind: csfKinds[n.depth - 1],
      assessable: Boolean(n.assessable),
      title: n.depth === 1 ? CSF_FUNCTION_TITLES[n.ref_id] : (n.name ?? null),
      text: n.description ? String(n.description).trim().replace(/\s+/g, ' ').replace(/ - /g, ' — ').replace(/\.?$/, '') : null,
    }))
  writeCatalog('nist-csf-2-0.json', EDITIONS['nist-csf-2-0'], withOrder(requirements))
}

// NIST SP 800-53 Rev. 5, moderate baseline, from NIST's own OSCAL catalog:
// families are headings, controls and enhancements are assessable.
const label = (control) => control.props?.find((p) => p.name === 'label' && !p.class)?.value
const moderate = new Set()
{
  const catalog = JSON.parse(
    readFileSync(path.join(external, 'oscal/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json'), 'utf8'),
  ).catalog
  const requirements = []
  for (const group of catalog.groups) {
    const family = group.id.toUpperCase()
    requirements.push({ edition: 'nist-sp-800-53-r5', refId: family, parent: null, kind: 'family', assessable: false, title: group.title })
    for (const control of group.controls) {
      const id = label(control)
      moderate.add(id)
      requirements.push({ edition: 'nist-sp-800-53-r5', refId: id, parent: family, kind: 'control', assessable: true, title: control.title })
      for (const enhancement of control.controls ?? []) {
        const eid = label(enhancement)
        moderate.add(eid)
        requirements.push({ edition: 'nist-sp-800-53-r5', refId: eid, parent: id, kind: 'enhancement', assessable: true, title: enhancement.title })
      }
    }
  }
  writeCatalog('nist-sp-800-53-r5.json', EDITIONS['nist-sp-800-53-r5'], withOrder(requirements))
}

// NIST's crosswalks as CISO Assistant packages them: the `-revert` set is
// dropped (rows are stored once), duplicate pairs merged, relationships
// written `related` because NIST published them untyped.
function nistSet(file, toSource, keepSource) {
  const sets = ciso(file).objects.requirement_mapping_sets.filter((s) => !s.urn.endsWith('-revert'))
  const pairs = new Map()
  let skipped = 0
  for (const set of sets)
    for (const row of set.requirement_mappings) {
      const source = toSource(tail(row.source_requirement_urn))
      const target = isoRef(tail(row.target_requirement_urn))
      if (!keepSource(source)) {
        skipped += 1
        continue
      }
      pairs.set(`${source}|${target}`, { source, target })
    }
  // Group by source so each source's targets stay together, in file order.
  return { rows: [...pairs.values()], skipped }
}

function isoRef(tailId) {
  return tailId.startsWith('a.') ? `A.${tailId.slice(2)}` : tailId
}

const csfRows = nistSet('mapping-nist-csf-2.0-to-iso27001-2022.yaml', (t) => t.toUpperCase(), () => true)
writeSet(
  'nist-csf-2-0--iso-27001-2022.json',
  {
    id: 'nist-csf-2-0--iso-27001-2022',
    title: 'NIST CSF 2.0 → ISO/IEC 27001:2022 (NIST informative references)',
    sourceEdition: 'nist-csf-2-0',
    targetEdition: 'iso-27001-2022',
    publisher: 'NIST',
    author: 'NIST',
    method: 'crosswalk',
    comprehensive: false,
    licence: 'public-domain',
    sourceUrl: 'https://csrc.nist.gov/projects/cybersecurity-framework/filters#/csf/filters',
    reviewedAt: null,
    status: 'complete',
  },
  csfRows.rows.map(({ source, target }) => ({ set: 'nist-csf-2-0--iso-27001-2022', sources: [source], targets: [target], relationship: 'related' })),
)

const r5Rows = nistSet(
  'mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml',
  (t) => t.toUpperCase(),
  (id) => moderate.has(id),
)
writeSet(
  'nist-sp-800-53-r5--iso-27001-2022.json',
  {
    id: 'nist-sp-800-53-r5--iso-27001-2022',
    title: 'NIST SP 800-53 Rev. 5 → ISO/IEC 27001:2022 (NIST OLIR, moderate baseline rows)',
    sourceEdition: 'nist-sp-800-53-r5',
    targetEdition: 'iso-27001-2022',
    publisher: 'NIST',
    author: 'NIST',
    method: 'crosswalk',
    comprehensive: false,
    licence: 'public-domain',
    sourceUrl: 'https://csrc.nist.gov/projects/olir/informative-reference-catalog/details?referenceId=155',
    reviewedAt: null,
    status: 'complete',
  },
  r5Rows.rows.map(({ source, target }) => ({ set: 'nist-sp-800-53-r5--iso-27001-2022', sources: [source], targets: [target], relationship: 'related' })),
)
console.info(`800-53 rows outside the moderate baseline left out: ${r5Rows.skipped}`)

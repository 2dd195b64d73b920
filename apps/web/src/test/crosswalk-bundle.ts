/**
 * A small crosswalk bundle for the site's tests, written by the project in the
 * shape the CMS answers (`GET /api/crosswalk-data`): ISO/IEC 27001 in two
 * editions with the transition between them, NIS2 and NIST CSF 2.0 catalogs,
 * one typed editorial set (NIS2 → ISO 2022, with a partial link, a full link, a
 * gap row and an unmapped requirement), one untyped NIST crosswalk (CSF 2.0 →
 * ISO 2022) and one typed NIS2 → CSF set (the pivot for inferred candidates).
 * Ids, hierarchy and official short titles only; summaries and gap notes are ours.
 */
import type { CrosswalkBundle, EditionEntry, MappingEntry, MappingSetEntry, RequirementEntry } from '@versus/content'

const editions: EditionEntry[] = [
  { id: 'iso-27001-2022', standard: 'iso-27001', label: 'ISO/IEC 27001:2022', year: 2022, status: 'current', supersedes: 'iso-27001-2013', textLicence: 'titles-and-ids' },
  {
    id: 'iso-27001-2013',
    standard: 'iso-27001',
    label: 'ISO/IEC 27001:2013',
    year: 2013,
    status: 'superseded',
    transitionDeadline: '2025-10-31',
    textLicence: 'titles-and-ids',
  },
  { id: 'nis2-2022', standard: 'nis2', label: 'Directive (EU) 2022/2555', year: 2022, status: 'current', textLicence: 'full-text' },
  { id: 'nist-csf-2-0', standard: 'nist-csf-2', label: 'CSF 2.0', year: 2024, status: 'current', textLicence: 'full-text' },
]

const req = (edition: string, refId: string, parent: string | null, assessable: boolean, title: string, order: number, more: Partial<RequirementEntry> = {}): RequirementEntry => ({
  edition,
  refId,
  parent,
  assessable,
  title,
  order,
  ...more,
})

const requirements: RequirementEntry[] = [
  req('iso-27001-2022', '4', null, false, 'Context of the organization', 1, { kind: 'clause' }),
  req('iso-27001-2022', '4.1', '4', true, 'Understanding the organization and its context', 1, { kind: 'clause', summary: 'Know the internal and external issues that shape your security goals.' }),
  req('iso-27001-2022', 'A.5', null, false, 'Organizational controls', 2, { kind: 'theme' }),
  req('iso-27001-2022', 'A.5.1', 'A.5', true, 'Policies for information security', 1, { kind: 'control', summary: 'Have approved security policies and keep them current.' }),
  req('iso-27001-2022', 'A.5.7', 'A.5', true, 'Threat intelligence', 7, { kind: 'control' }),
  req('iso-27001-2022', 'A.5.24', 'A.5', true, 'Information security incident management planning and preparation', 24, { kind: 'control' }),
  req('iso-27001-2022', 'A.8', null, false, 'Technological controls', 3, { kind: 'theme' }),
  req('iso-27001-2022', 'A.8.8', 'A.8', true, 'Management of technical vulnerabilities', 8, { kind: 'control' }),
  req('iso-27001-2022', 'A.8.15', 'A.8', true, 'Logging', 15, { kind: 'control' }),
  req('iso-27001-2022', 'A.8.16', 'A.8', true, 'Monitoring activities', 16, { kind: 'control' }),

  req('iso-27001-2013', '4', null, false, 'Context of the organization', 0, { kind: 'clause' }),
  req('iso-27001-2013', '4.1', '4', true, 'Understanding the organization and its context', 1, { kind: 'clause' }),
  req('iso-27001-2013', 'A.5', null, false, 'Information security policies', 1, { kind: 'clause' }),
  req('iso-27001-2013', 'A.5.1.1', 'A.5', true, 'Policies for information security', 1, { kind: 'control' }),
  req('iso-27001-2013', 'A.12', null, false, 'Operations security', 2, { kind: 'clause' }),
  req('iso-27001-2013', 'A.12.4.1', 'A.12', true, 'Event logging', 1, { kind: 'control' }),
  req('iso-27001-2013', 'A.12.4.3', 'A.12', true, 'Administrator and operator logs', 2, { kind: 'control' }),
  req('iso-27001-2013', 'A.12.6.1', 'A.12', true, 'Management of technical vulnerabilities', 3, { kind: 'control' }),
  req('iso-27001-2013', 'A.16', null, false, 'Information security incident management', 3, { kind: 'clause' }),
  req('iso-27001-2013', 'A.16.1.1', 'A.16', true, 'Responsibilities and procedures', 1, { kind: 'control' }),

  req('nis2-2022', 'Art. 21', null, false, 'Cybersecurity risk-management measures', 1, { kind: 'article' }),
  req('nis2-2022', 'Art. 21(2)(a)', 'Art. 21', true, 'Risk analysis and information system security policies', 1, {
    kind: 'point',
    summary: 'Written policies on risk analysis and on the security of information systems.',
    text: 'policies on risk analysis and information system security;',
  }),
  req('nis2-2022', 'Art. 21(2)(b)', 'Art. 21', true, 'Incident handling', 2, { kind: 'point', text: 'incident handling;' }),
  req('nis2-2022', 'Art. 21(2)(d)', 'Art. 21', true, 'Supply chain security', 4, { kind: 'point' }),
  req('nis2-2022', 'Art. 21(2)(e)', 'Art. 21', true, 'Security in acquisition, development and maintenance', 5, { kind: 'point' }),
  req('nis2-2022', 'Art. 23', null, false, 'Reporting obligations', 2, { kind: 'article' }),
  req('nis2-2022', 'Art. 23(4)(a)', 'Art. 23', true, 'Early warning within 24 hours', 1, { kind: 'point' }),

  req('nist-csf-2-0', 'GV', null, false, 'Govern', 1, { kind: 'function' }),
  req('nist-csf-2-0', 'GV.OC', 'GV', false, 'Organizational Context', 1, { kind: 'category' }),
  req('nist-csf-2-0', 'GV.OC-01', 'GV.OC', true, 'Mission understood', 1, { kind: 'subcategory' }),
  req('nist-csf-2-0', 'GV.PO', 'GV', false, 'Policy', 2, { kind: 'category' }),
  req('nist-csf-2-0', 'GV.PO-01', 'GV.PO', true, 'Policy established', 1, { kind: 'subcategory' }),
  req('nist-csf-2-0', 'RS', null, false, 'Respond', 2, { kind: 'function' }),
  req('nist-csf-2-0', 'RS.MA', 'RS', false, 'Incident Management', 1, { kind: 'category' }),
  req('nist-csf-2-0', 'RS.MA-01', 'RS.MA', true, 'Incident response plan executed', 1, { kind: 'subcategory' }),
]

const sets: MappingSetEntry[] = [
  {
    id: 'nis2-2022--iso-27001-2022',
    title: 'NIS2 → ISO/IEC 27001:2022 (Versus editorial)',
    sourceEdition: 'nis2-2022',
    targetEdition: 'iso-27001-2022',
    publisher: 'Versus editorial',
    method: 'set-theory',
    comprehensive: false,
    licence: 'CC-BY-4.0',
    reviewedAt: '2026-11-20',
    status: 'complete',
  },
  {
    id: 'nist-csf-2-0--iso-27001-2022',
    title: 'NIST CSF 2.0 → ISO/IEC 27001:2022 (NIST OLIR)',
    sourceEdition: 'nist-csf-2-0',
    targetEdition: 'iso-27001-2022',
    publisher: 'NIST',
    method: 'crosswalk',
    comprehensive: false,
    licence: 'public-domain',
    sourceUrl: 'https://csrc.nist.gov/projects/olir',
    status: 'complete',
  },
  {
    id: 'iso-27001-2013--iso-27001-2022',
    title: 'ISO/IEC 27001:2013 → 2022',
    sourceEdition: 'iso-27001-2013',
    targetEdition: 'iso-27001-2022',
    publisher: 'Versus editorial',
    method: 'edition-transition',
    comprehensive: true,
    licence: 'CC-BY-4.0',
    status: 'complete',
  },
  {
    id: 'nis2-2022--nist-csf-2-0',
    title: 'NIS2 → NIST CSF 2.0 (Versus editorial)',
    sourceEdition: 'nis2-2022',
    targetEdition: 'nist-csf-2-0',
    publisher: 'Versus editorial',
    method: 'set-theory',
    comprehensive: false,
    licence: 'CC-BY-4.0',
    status: 'complete',
  },
]

const mappings: MappingEntry[] = [
  // NIS2 ⟨relationship⟩ ISO 2022; a gap note says what the target (ISO) asks beyond the sources,
  // except on a gap row, where it says why nothing maps.
  { set: 'nis2-2022--iso-27001-2022', sources: ['Art. 21(2)(a)'], targets: ['A.5.1'], relationship: 'superset', rationale: 'semantic', strength: 7 },
  { set: 'nis2-2022--iso-27001-2022', sources: ['Art. 21(2)(b)'], targets: ['A.5.24'], relationship: 'equal', rationale: 'functional', strength: 9 },
  { set: 'nis2-2022--iso-27001-2022', sources: ['Art. 21(2)(e)'], targets: ['A.8.8'], relationship: 'intersect', rationale: 'semantic', strength: 6, gapNote: 'ISO/IEC 27001 also wants a defined timeline for acting on vulnerability information.' },
  { set: 'nis2-2022--iso-27001-2022', sources: ['Art. 23(4)(a)'], targets: [], relationship: 'not-related', gapNote: 'ISO/IEC 27001 sets no deadline for reporting to an authority.' },
  // NIST CSF 2.0 → ISO 2022, as published: untyped
  { set: 'nist-csf-2-0--iso-27001-2022', sources: ['GV.OC-01'], targets: ['4.1'], relationship: 'intersect' },
  { set: 'nist-csf-2-0--iso-27001-2022', sources: ['GV.PO-01'], targets: ['A.5.1'], relationship: 'intersect' },
  { set: 'nist-csf-2-0--iso-27001-2022', sources: ['RS.MA-01'], targets: ['A.5.24'], relationship: 'intersect' },
  // ISO 2013 → 2022
  { set: 'iso-27001-2013--iso-27001-2022', sources: ['4.1'], targets: ['4.1'], relationship: 'equal' },
  { set: 'iso-27001-2013--iso-27001-2022', sources: ['A.5.1.1'], targets: ['A.5.1'], relationship: 'equal' },
  { set: 'iso-27001-2013--iso-27001-2022', sources: ['A.12.4.1', 'A.12.4.3'], targets: ['A.8.15'], relationship: 'equal' },
  { set: 'iso-27001-2013--iso-27001-2022', sources: ['A.12.6.1'], targets: ['A.8.8'], relationship: 'subset', gapNote: 'Now names vulnerability information sources explicitly.' },
  { set: 'iso-27001-2013--iso-27001-2022', sources: ['A.16.1.1'], targets: ['A.5.24'], relationship: 'equal' },
  // NIS2 → CSF 2.0
  { set: 'nis2-2022--nist-csf-2-0', sources: ['Art. 21(2)(b)'], targets: ['RS.MA-01'], relationship: 'superset', strength: 8 },
  { set: 'nis2-2022--nist-csf-2-0', sources: ['Art. 21(2)(a)'], targets: ['GV.PO-01'], relationship: 'superset', strength: 7 },
]

export const CROSSWALK_BUNDLE: CrosswalkBundle = { editions, requirements, sets, mappings }

/** The bundle without some sets (and their rows), e.g. to see a pair with no direct set. */
export function withoutSets(bundle: CrosswalkBundle, ids: string[]): CrosswalkBundle {
  const drop = new Set(ids)
  return {
    ...bundle,
    sets: bundle.sets.filter((s) => !drop.has(s.id)),
    mappings: bundle.mappings.filter((m) => !drop.has(m.set)),
  }
}

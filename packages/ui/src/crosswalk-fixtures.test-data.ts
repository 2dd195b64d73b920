/** Small hand-built crosswalk view models for the components' tests. */
import type { CoverageDirectionView, EditionBadgeView, RequirementOverlapView } from './crosswalk-view'

export const ISO: EditionBadgeView = { id: 'iso-27001-2022', label: 'ISO/IEC 27001:2022', status: 'current', statusLabel: 'Current edition' }
export const NIS2: EditionBadgeView = { id: 'nis2-2022', label: 'Directive (EU) 2022/2555', status: 'current', statusLabel: 'Current edition' }

export const DIRECTION: CoverageDirectionView = {
  fromSlug: 'iso-27001',
  toSlug: 'nis2',
  fromName: 'ISO 27001',
  toName: 'NIS2',
  fromEdition: ISO,
  toEdition: NIS2,
  counts: { full: 1, partial: 2, related: 0, none: 1, unknown: 1, total: 5 },
  scoreLabel: '38%',
  csvPath: '/compare/iso-27001-vs-nis2/checklist/nis2.csv',
  groups: [
    {
      heading: { refId: 'Art. 21', title: 'Cybersecurity risk-management measures', path: '/standards/nis2/requirements/art-21' },
      items: [
        {
          refId: 'Art. 21(2)(a)',
          title: 'Risk analysis <policies>',
          path: '/standards/nis2/requirements/art-21-2-a',
          status: 'partial',
          statusLabel: 'Partly covered',
          gapNote: 'Risk analysis approved by the <b>management body</b>.',
          evidence: [{ requirements: [{ refId: 'A.5.1', title: null, path: '/standards/iso-27001/requirements/a-5-1' }], relationship: 'narrower than', publisher: 'Versus editorial' }],
        },
        {
          refId: 'Art. 21(2)(b)',
          title: 'Incident handling',
          path: '/standards/nis2/requirements/art-21-2-b',
          status: 'full',
          statusLabel: 'Covered',
          gapNote: null,
          evidence: [{ requirements: [{ refId: 'A.5.24', title: null, path: null }], relationship: 'equal', publisher: 'Versus editorial' }],
        },
      ],
    },
  ],
}

export const OVERLAP: RequirementOverlapView = {
  names: ['ISO 27001', 'NIS2'],
  editions: [ISO, NIS2],
  notices: [],
  directions: [DIRECTION],
  sources: [
    {
      id: 'nis2-2022--iso-27001-2022',
      title: 'NIS2 → ISO/IEC 27001:2022',
      publisher: 'Versus editorial',
      methodLabel: 'Typed (set theory)',
      licence: 'CC-BY-4.0',
      url: 'javascript:alert(1)',
      reviewedAt: '20 November 2026',
      comprehensive: false,
    },
  ],
  inferred: null,
  methodologyPath: '/methodology#coverage',
}

/**
 * Test-only records modelled on the reference page (ISO 27032 vs ISO 27701).
 * Not exported from the package.
 */
import type { ArticleRecord, AspectRecord, CategoryRecord, ComparisonRecord, RichText, StandardRecord } from '../types'

export const cybersecurity: CategoryRecord = { slug: 'cybersecurity', name: 'Cybersecurity' }
export const privacy: CategoryRecord = { slug: 'privacy-management', name: 'Privacy Management' }
export const quality: CategoryRecord = { slug: 'quality-management', name: 'Quality Management' }

export function paragraphs(...texts: string[]): RichText {
  return {
    root: {
      type: 'root',
      children: texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    },
  }
}

export const aspects: AspectRecord[] = [
  { slug: 'penalties', name: 'Penalties', order: 5 },
  { slug: 'scope', name: 'Scope', order: 1 },
  { slug: 'industry', name: 'Industry', order: 2 },
  { slug: 'nature', name: 'Nature', order: 3 },
  { slug: 'testing', name: 'Testing', order: 4 },
]

export function makeStandard(overrides: Partial<StandardRecord> & { slug: string }): StandardRecord {
  return {
    shortName: overrides.slug.toUpperCase(),
    officialTitle: `${overrides.slug.toUpperCase()} official title`,
    editionYear: 2022,
    legalNature: 'certifiable-standard',
    obligation: 'voluntary',
    jurisdiction: 'International',
    publisher: 'ISO/IEC',
    category: cybersecurity,
    tagline: 'A standard',
    costBand: 2,
    complexity: 'medium',
    implementationMonths: { min: 6, max: 12 },
    keyFeatures: [],
    whatItIs: null,
    keyComponents: [],
    whyOrganizationsUseIt: null,
    implementationOverview: null,
    aspectValues: [],
    faq: [],
    sources: [],
    related: [],
    ...overrides,
  }
}

export const iso27032: StandardRecord = makeStandard({
  slug: 'iso-27032',
  shortName: 'ISO 27032',
  officialTitle: 'ISO/IEC 27032:2023 Cybersecurity — Guidelines for Internet security',
  editionYear: 2023,
  legalNature: 'guidance-standard',
  tagline: 'Guidelines for Internet security and cyberspace collaboration',
  costBand: 2,
  complexity: 'medium',
  implementationMonths: { min: 3, max: 6 },
  keyFeatures: ['Multi-stakeholder collaboration', '  Guidelines for   Internet threats ', ''],
  whatItIs: paragraphs('An international guidance standard (non-certifiable).'),
  keyComponents: ['Risk assessment', 'Incident management'],
  aspectValues: [
    { aspect: 'scope', value: 'Internet security and cyberspace collaboration' },
    { aspect: 'industry', value: 'All with online presence' },
    { aspect: 'nature', value: 'Non-certifiable guidelines standard' },
    { aspect: 'penalties', value: 'No direct penalties' },
  ],
  faq: [
    { question: 'Is ISO 27032 certifiable?', answer: 'No. It is guidance only.' },
    { question: '  ', answer: 'Dropped: no question.' },
  ],
  sources: [{ label: 'ISO', url: 'https://www.iso.org/standard/76070.html' }],
  related: [{ standard: 'iso-27001', relation: 'complements' }],
})

export const iso27701: StandardRecord = makeStandard({
  slug: 'iso-27701',
  shortName: 'ISO 27701',
  officialTitle: 'ISO/IEC 27701:2025 Privacy Information Management',
  editionYear: 2025,
  legalNature: 'certifiable-standard',
  category: privacy,
  tagline: 'International standard for privacy information management systems.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 12, max: 6 },
  keyFeatures: ['Establishes a PIMS', 'Role-specific controls'],
  aspectValues: [
    { aspect: 'scope', value: 'Privacy management system for PII processing' },
    { aspect: 'industry', value: 'all with  online presence' },
    { aspect: 'nature', value: 'Certifiable PIMS extension to ISO 27001' },
    { aspect: 'testing', value: 'Stage 1/2 certification audits' },
  ],
  faq: [{ question: 'Can ISO 27701 be certified?', answer: 'Yes, as an extension of an ISO 27001 certificate.' }],
  related: [
    { standard: 'iso-27001', relation: 'extends' },
    { standard: 'iso-27032', relation: 'complements' },
  ],
})

export const iso27001: StandardRecord = makeStandard({
  slug: 'iso-27001',
  shortName: 'ISO 27001',
  tagline: 'Information security management systems',
  costBand: 3,
  complexity: 'high',
})

export const iso9001: StandardRecord = makeStandard({
  slug: 'iso-9001',
  shortName: 'ISO 9001',
  category: quality,
  tagline: 'Quality management systems',
})

export const gdpr: StandardRecord = makeStandard({
  slug: 'gdpr',
  shortName: 'GDPR',
  officialTitle: 'Regulation (EU) 2016/679 General Data Protection Regulation',
  editionYear: 2016,
  legalNature: 'regulation',
  obligation: 'mandatory',
  jurisdiction: 'European Union',
  publisher: 'European Parliament and Council',
  category: privacy,
  tagline: 'The EU law on the protection of personal data',
  costBand: 4,
  complexity: 'high',
  implementationMonths: { min: 6, max: 18 },
})

export const nis2: StandardRecord = makeStandard({
  slug: 'nis2',
  shortName: 'NIS2',
  legalNature: 'directive',
  obligation: 'mandatory',
  jurisdiction: 'European Union',
  publisher: 'European Parliament and Council',
  tagline: 'EU rules for network and information security',
  costBand: 3,
  complexity: 'high',
})

export const standards: StandardRecord[] = [iso27032, iso27701, iso27001, iso9001, gdpr, nis2]

export const comparisons: ComparisonRecord[] = [
  { standards: ['iso-27701', 'iso-27032'], summary: 'This pair itself.' },
  { standards: ['iso-27001', 'iso-27701'], summary: 'Security management vs its privacy extension.' },
  { standards: ['iso-27032', 'iso-27001'] },
  { standards: ['gdpr', 'iso-27701'], summary: '  ' },
  { standards: ['iso-9001', 'nis2'] },
  { standards: ['gdpr', 'nis2'] },
  { standards: ['iso-9001', 'iso-9001'] },
  { standards: ['iso-9001', 'unknown-standard'] },
]

export const articles: ArticleRecord[] = [
  { slug: 'privacy-101', title: 'Privacy 101', summary: 'About ISO 27701 and GDPR.', standards: ['iso-27701', 'gdpr'] },
  { slug: 'both', title: 'Both at once', summary: 'Both standards.', standards: ['iso-27032', 'iso-27701'] },
  { slug: 'quality', title: 'Quality', summary: 'Unrelated.', standards: ['iso-9001'] },
  { slug: 'cyber', title: 'Cyber', summary: 'About ISO 27032.', standards: ['iso-27032'] },
]

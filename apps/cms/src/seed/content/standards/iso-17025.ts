import type { StandardSeed } from '../types'

export const iso17025: StandardSeed = {
  slug: 'iso-17025',
  shortName: 'ISO 17025',
  officialTitle: 'ISO/IEC 17025:2017 General requirements for the competence of testing and calibration laboratories',
  editionYear: 2017,
  legalNature: 'accreditation-standard',
  obligation: 'voluntary',
  jurisdiction: 'International',
  publisher: 'ISO/IEC',
  category: 'laboratory-competence',
  tagline: 'The international basis for accrediting testing and calibration laboratories that must show competent, impartial and valid results.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 9, max: 18 },
  keyFeatures: [
    'Requirements for competence, impartiality and consistent operation of laboratories',
    'Assessed through accreditation by a national accreditation body, not through certification',
    'Method validation, measurement uncertainty and metrological traceability',
    'Proficiency testing and other ways of assuring the validity of results',
    'Risk-based thinking and a choice of two ways to meet management system requirements',
  ],
  whatItIs: [
    'ISO/IEC 17025:2017 sets out the general requirements a laboratory must meet to show that it operates competently and generates valid results. It applies to testing, calibration and sampling activities in laboratories of any size, whether independent, in-house, governmental or part of a university.',
    'Laboratories demonstrate conformity through accreditation. A national accreditation body, usually a signatory of the ILAC mutual recognition arrangement, assesses the laboratory’s technical competence for a defined scope of tests or calibrations. Accredited results are then widely accepted across borders.',
  ],
  keyComponents: [
    'General requirements for impartiality and confidentiality',
    'Structural requirements for the laboratory as a legal entity with defined responsibilities',
    'Resource requirements covering personnel, facilities, equipment and metrological traceability',
    'Process requirements from review of requests through method validation, sampling and reporting',
    'Management system requirements, met either directly or through an ISO 9001 system',
  ],
  whyOrganizationsUseIt: [
    'Accreditation to ISO/IEC 17025 is often the entry ticket to regulated or contractual testing work. Regulators, notified bodies and customers rely on accredited laboratories because accreditation checks technical competence for each method, not just the existence of a management system.',
    {
      list: [
        'Meet regulatory or customer demands for accredited test and calibration results',
        'Gain acceptance of results in other countries through mutual recognition',
        'Reduce retesting and disputes by showing results are valid and traceable',
        'Improve method control, staff competence and equipment management',
      ],
    },
  ],
  implementationOverview: [
    'Preparing for accreditation combines management system work with technical work on each method in the proposed scope. The accreditation body’s own rules and fees also shape the timeline.',
    {
      ordered: true,
      list: [
        'Define the scope of tests, calibrations or sampling to be accredited',
        'Perform a gap analysis against the standard and the accreditation body’s rules',
        'Validate or verify methods and estimate measurement uncertainty',
        'Establish traceability, equipment control and staff competence records',
        'Take part in proficiency testing and run internal audits and a management review',
        'Apply for accreditation and complete the assessment and any corrective actions',
      ],
    },
  ],
  aspectValues: {
    scope: 'Competence, impartiality and consistent operation of testing and calibration labs',
    industry: 'Testing, calibration and sampling laboratories in every sector',
    nature: 'Voluntary requirements standard used as the basis for laboratory accreditation',
    testing: 'Accreditation assessment by a national accreditation body, then regular surveillance',
    penalties: 'No fines; nonconformities can lead to suspension or withdrawal of accreditation',
  },
  faq: [
    {
      question: 'Is a laboratory certified or accredited to ISO/IEC 17025?',
      answer:
        'Accredited. Accreditation bodies assess a laboratory’s technical competence for a specific scope of activities, which goes further than certification of a management system.',
    },
    {
      question: 'Does a laboratory need ISO 9001 as well?',
      answer:
        'No. ISO/IEC 17025 contains its own management system requirements. A laboratory that already has an ISO 9001 system can use it to meet those requirements, which the standard allows as an option.',
    },
    {
      question: 'Is accreditation mandatory?',
      answer:
        'The standard itself is voluntary. Accreditation becomes a requirement when a regulator, a conformity assessment scheme or a customer contract demands results from an accredited laboratory.',
    },
  ],
  sources: [{ label: 'ISO/IEC 17025:2017 on iso.org', url: 'https://www.iso.org/standard/66912.html' }],
  related: [{ standard: 'iso-9001', relation: 'complements' }],
}

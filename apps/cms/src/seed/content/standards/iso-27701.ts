import type { StandardSeed } from '../types'

export const iso27701: StandardSeed = {
  slug: 'iso-27701',
  shortName: 'ISO 27701',
  officialTitle:
    'ISO/IEC 27701:2025 Information security, cybersecurity and privacy protection — Privacy information management systems — Requirements and guidance',
  editionYear: 2025,
  legalNature: 'certifiable-standard',
  obligation: 'voluntary',
  jurisdiction: 'International',
  publisher: 'ISO/IEC',
  category: 'privacy-data-protection',
  tagline: 'The certifiable international standard for a privacy information management system, for PII controllers and processors.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 6, max: 12 },
  keyFeatures: [
    'Requirements for a privacy information management system (PIMS) in the common ISO management system structure',
    'Since the 2025 edition, a standalone standard: an ISO/IEC 27001 certificate is no longer a prerequisite',
    'Separate control sets for PII controllers and PII processors, plus shared security controls',
    'Privacy risk assessment and a statement of applicability for privacy controls',
    'Third-party certification by accredited certification bodies',
  ],
  whatItIs: [
    'ISO/IEC 27701:2025 specifies requirements and gives guidance for establishing, implementing, maintaining and continually improving a privacy information management system (PIMS). It applies to organisations that process personally identifiable information (PII) as controllers, as processors, or both.',
    'The first edition, published in 2019, was written as an extension of ISO/IEC 27001 and ISO/IEC 27002, so a PIMS could only exist on top of an information security management system. The 2025 edition restructures the document as a standalone management system standard with its own clauses and control annex. It can still be integrated with an ISO/IEC 27001 ISMS, and many organisations do so, but it no longer depends on one.',
  ],
  keyComponents: [
    'Management system clauses covering context, leadership, planning, support, operation, performance evaluation and improvement',
    'Privacy risk assessment and treatment, with a statement of applicability',
    'Controls for PII controllers, such as lawful basis, transparency and data subject requests',
    'Controls for PII processors, such as processing on instructions and use of subprocessors',
    'Information security controls that protect PII, shared by both roles',
    'Implementation guidance for each control',
  ],
  whyOrganizationsUseIt: [
    'Privacy laws such as the GDPR and POPIA require organisations to be accountable for how they handle personal information, but they do not prescribe a management system. ISO/IEC 27701 supplies one, and an accredited certificate gives customers and partners independent evidence that privacy is managed systematically.',
    {
      list: [
        'Demonstrate accountability to regulators, customers and partners',
        'Answer privacy due diligence questions in procurement with a certificate',
        'Manage obligations under several privacy laws with one set of processes',
        'Clarify responsibilities between controllers and processors in the supply chain',
      ],
    },
  ],
  implementationOverview: [
    'Implementation follows the pattern of other ISO management system standards. Organisations that already run an ISO/IEC 27001 ISMS can reuse much of its structure; others build the PIMS from the ground up.',
    {
      ordered: true,
      list: [
        'Define the PIMS scope and whether the organisation acts as controller, processor or both',
        'Inventory processing activities and assess privacy risks',
        'Select and implement controller, processor and security controls',
        'Train staff, run the processes and collect evidence',
        'Hold an internal audit and a management review',
        'Complete the stage 1 and stage 2 certification audits',
      ],
    },
  ],
  aspectValues: {
    scope: 'Management of privacy and PII processing, for controllers and processors',
    industry: 'Any organisation processing personal information, in any sector',
    nature: 'Voluntary certifiable management system standard; standalone since 2025',
    testing: 'Stage 1 and stage 2 audits by an accredited body, then yearly surveillance',
    penalties: 'No fines; nonconformities can lead to suspension or withdrawal of the certificate',
  },
  faq: [
    {
      question: 'Do I still need ISO/IEC 27001 to be certified to ISO/IEC 27701?',
      answer:
        'Not under the 2025 edition, which is a standalone management system standard. Organisations that already hold ISO/IEC 27001 can integrate the two systems and often combine the audits.',
    },
    {
      question: 'Does ISO/IEC 27701 certification prove GDPR compliance?',
      answer:
        'No. A certificate shows that a privacy management system meets the standard. It supports accountability under the GDPR and similar laws, but only a supervisory authority or court can decide whether processing complies with the law.',
    },
    {
      question: 'What happens to certificates issued against the 2019 edition?',
      answer:
        'They remain valid during a transition period set by the accreditation community, after which certified organisations must move to the 2025 edition. Your certification body will confirm the deadline that applies to you.',
    },
  ],
  sources: [{ label: 'ISO/IEC 27701:2025 on iso.org', url: 'https://www.iso.org/standard/27701' }],
  related: [
    { standard: 'iso-27001', relation: 'complements' },
    { standard: 'gdpr', relation: 'complements' },
    { standard: 'popia', relation: 'complements' },
  ],
}

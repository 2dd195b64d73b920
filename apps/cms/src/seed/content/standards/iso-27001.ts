import type { StandardSeed } from '../types'

export const iso27001: StandardSeed = {
  slug: 'iso-27001',
  shortName: 'ISO 27001',
  officialTitle:
    'ISO/IEC 27001:2022 Information security, cybersecurity and privacy protection — Information security management systems — Requirements',
  editionYear: 2022,
  legalNature: 'certifiable-standard',
  obligation: 'voluntary',
  jurisdiction: 'International',
  publisher: 'ISO/IEC',
  category: 'information-security',
  tagline: 'The international requirements standard for an information security management system, and the basis for ISMS certification.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 6, max: 18 },
  keyFeatures: [
    'Requirements for establishing, running and improving an information security management system (ISMS)',
    'Risk assessment and treatment that determine which controls are needed',
    'Annex A reference set of 93 controls, with a Statement of Applicability',
    'Common ISO management system structure, easy to integrate with ISO 9001 and others',
    'Certification by accredited bodies on a three-year cycle with yearly surveillance',
  ],
  whatItIs: [
    'ISO/IEC 27001:2022 specifies the requirements for establishing, implementing, maintaining and continually improving an information security management system. It is the standard against which organisations are certified for information security, and it applies to organisations of every type and size.',
    'The standard combines management system clauses with a reference list of information security controls in Annex A, aligned with ISO/IEC 27002:2022. The organisation decides which controls it needs through risk assessment and justifies its choices in a Statement of Applicability. Amendment 1, published in 2024, adds climate change considerations to the clauses on context and interested parties.',
  ],
  keyComponents: [
    'Clauses 4 to 10: context, leadership, planning, support, operation, performance evaluation and improvement',
    'Information security risk assessment and risk treatment processes',
    'Annex A: 93 controls in four themes, organisational, people, physical and technological',
    'Statement of Applicability recording selected and excluded controls',
    'Internal audit, management review and corrective action',
  ],
  whyOrganizationsUseIt: [
    'ISO/IEC 27001 certification is one of the most widely recognised ways to show customers, partners and regulators that information security is managed systematically. Many organisations first pursue it because a large customer or tender requires it.',
    {
      list: [
        'Win contracts and shorten security questionnaires with a recognised certificate',
        'Manage security risks consistently across the organisation',
        'Build a base that supports obligations under NIS2, the GDPR and other laws',
        'Create one management system to which privacy, continuity or quality can be added',
      ],
    },
  ],
  implementationOverview: [
    'Implementation usually takes six to eighteen months, depending on the size and maturity of the organisation and the breadth of the ISMS scope.',
    {
      ordered: true,
      list: [
        'Secure management commitment and define the ISMS scope',
        'Establish the information security policy and risk methodology',
        'Assess and treat risks and produce the Statement of Applicability',
        'Implement controls, train staff and operate the ISMS',
        'Run internal audits and a management review',
        'Complete the stage 1 and stage 2 certification audits',
      ],
    },
  ],
  aspectValues: {
    scope: 'Management of information security risks through an ISMS',
    industry: 'Any organisation, especially IT, cloud, finance and their suppliers',
    nature: 'Voluntary certifiable management system standard',
    testing: 'Stage 1 and stage 2 audits by an accredited body, yearly surveillance, 3-year cycle',
    penalties: 'No fines; nonconformities can lead to suspension or withdrawal of the certificate',
  },
  faq: [
    {
      question: 'What is the difference between ISO/IEC 27001 and ISO/IEC 27002?',
      answer:
        'ISO/IEC 27001 contains the requirements an organisation is certified against. ISO/IEC 27002 gives detailed guidance on implementing the controls listed in Annex A of ISO/IEC 27001, and is not itself certifiable.',
    },
    {
      question: 'Are all 93 Annex A controls mandatory?',
      answer:
        'No. The organisation must consider all of them, but it selects controls based on its risk assessment and justifies any exclusion in its Statement of Applicability.',
    },
    {
      question: 'How long is an ISO/IEC 27001 certificate valid?',
      answer:
        'Three years, provided the organisation passes annual surveillance audits. A recertification audit is held before the certificate expires.',
    },
  ],
  sources: [
    { label: 'ISO/IEC 27001:2022 on iso.org', url: 'https://www.iso.org/standard/27001' },
    { label: 'ISO/IEC 27001 overview on iso.org', url: 'https://www.iso.org/isoiec-27001-information-security.html' },
  ],
  related: [
    { standard: 'iso-27002', relation: 'complements' },
    { standard: 'iso-27701', relation: 'complements' },
    { standard: 'iso-9001', relation: 'complements' },
  ],
}

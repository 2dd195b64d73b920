import type { StandardSeed } from '../types'

export const iso27002: StandardSeed = {
  slug: 'iso-27002',
  shortName: 'ISO 27002',
  officialTitle: 'ISO/IEC 27002:2022 Information security, cybersecurity and privacy protection — Information security controls',
  editionYear: 2022,
  legalNature: 'guidance-standard',
  obligation: 'voluntary',
  jurisdiction: 'International',
  publisher: 'ISO/IEC',
  category: 'information-security',
  tagline: 'The reference catalogue of 93 information security controls, with guidance on implementing each one.',
  costBand: 2,
  complexity: 'medium',
  implementationMonths: { min: 3, max: 12 },
  keyFeatures: [
    '93 controls in four themes: 37 organisational, 8 people, 14 physical and 34 technological',
    'Purpose and implementation guidance for every control',
    'Attributes for filtering controls, such as control type and cybersecurity concept',
    'Controls added in 2022 for threat intelligence, cloud services, data leakage prevention and secure coding',
    'Guidance only: organisations certify to ISO/IEC 27001, not to ISO/IEC 27002',
  ],
  whatItIs: [
    'ISO/IEC 27002:2022 is a reference set of generic information security controls with guidance on how to implement them. It is designed to be used within an information security management system based on ISO/IEC 27001, but it can also be used on its own to select and implement controls or to develop organisation-specific guidelines.',
    'The 2022 edition restructured the previous control set into four themes and 93 controls, merging many older controls and adding eleven new ones. Each control now carries attributes that let organisations view the catalogue from different angles, for example by security property or by the cybersecurity concepts identify, protect, detect, respond and recover.',
  ],
  keyComponents: [
    'Organisational controls, such as policies, supplier relationships and incident management',
    'People controls, such as screening, awareness and remote working',
    'Physical controls, such as secure areas, equipment and physical security monitoring',
    'Technological controls, such as access rights, logging, backup and secure development',
    'Control attributes: control type, security properties, cybersecurity concepts, operational capabilities and security domains',
  ],
  whyOrganizationsUseIt: [
    'Organisations use ISO/IEC 27002 as the practical companion to ISO/IEC 27001, and as a well-known control catalogue when designing security programmes, answering customer questionnaires or mapping controls to other frameworks.',
    {
      list: [
        'Decide how to implement the controls selected in an ISO/IEC 27001 Statement of Applicability',
        'Benchmark an existing security programme against an international catalogue',
        'Map controls to frameworks such as NIST CSF 2.0 using the attributes',
        'Write internal security policies and standards on a recognised basis',
      ],
    },
  ],
  implementationOverview: [
    'Because ISO/IEC 27002 is guidance, organisations apply it control by control, usually after a risk assessment has shown which controls they need.',
    {
      ordered: true,
      list: [
        'Identify the risks the controls must address',
        'Select relevant controls, using the attributes to filter the catalogue',
        'Compare current practice with the implementation guidance',
        'Implement or improve controls and document them in policies and procedures',
        'Monitor and review control effectiveness',
      ],
    },
  ],
  aspectValues: {
    scope: 'Selection and implementation of information security controls',
    industry: 'Any organisation, typically alongside an ISO 27001 ISMS',
    nature: 'Voluntary guidance standard; not certifiable',
    testing: 'No certification; controls are audited as part of ISO 27001 certification',
    penalties: 'None directly; weak controls surface as ISO 27001 nonconformities or breaches',
  },
  faq: [
    {
      question: 'Can I get certified to ISO/IEC 27002?',
      answer:
        'No. ISO/IEC 27002 is guidance. Certification is against ISO/IEC 27001, whose Annex A lists the same 93 controls.',
    },
    {
      question: 'How are the 93 controls organised?',
      answer:
        'In four themes: 37 organisational controls, 8 people controls, 14 physical controls and 34 technological controls.',
    },
    {
      question: 'What are control attributes?',
      answer:
        'Tags attached to each control, such as preventive, detective or corrective control type, that let organisations sort and filter the catalogue for different purposes, including mapping to other frameworks.',
    },
  ],
  sources: [{ label: 'ISO/IEC 27002:2022 on iso.org', url: 'https://www.iso.org/standard/75652.html' }],
  related: [
    { standard: 'iso-27001', relation: 'complements' },
    { standard: 'nist-csf-2', relation: 'maps-to' },
  ],
}

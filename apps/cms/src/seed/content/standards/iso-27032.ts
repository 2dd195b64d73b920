import type { StandardSeed } from '../types'

export const iso27032: StandardSeed = {
  slug: 'iso-27032',
  shortName: 'ISO 27032',
  officialTitle: 'ISO/IEC 27032:2023 Cybersecurity — Guidelines for Internet security',
  editionYear: 2023,
  legalNature: 'guidance-standard',
  obligation: 'voluntary',
  jurisdiction: 'International',
  publisher: 'ISO/IEC',
  category: 'cybersecurity',
  tagline: 'International guidance for reducing Internet security risks and coordinating with the other parties you share cyberspace with.',
  costBand: 2,
  complexity: 'medium',
  implementationMonths: { min: 3, max: 9 },
  keyFeatures: [
    'Guidelines focused on Internet-facing risks such as social engineering, malware and attacks on online services',
    'Explains the roles of interested parties, from users and service providers to public bodies',
    'Risk-based approach that plugs into an existing ISO/IEC 27001 management system',
    'Annex relating its Internet security guidance to the controls of ISO/IEC 27002',
    'Guidance only: there is no certification to ISO/IEC 27032',
  ],
  whatItIs: [
    'ISO/IEC 27032:2023 gives guidance on improving the state of Internet security. It describes the threats that arise when organisations and individuals connect to the Internet, the parties that share responsibility for managing them, and the controls that reduce the resulting risks.',
    'The 2023 edition replaced the 2012 edition and narrowed its focus from cybersecurity in general to Internet security. It is written as guidance, using recommendations rather than requirements, so organisations use it to inform their security programme rather than to obtain a certificate.',
  ],
  keyComponents: [
    'Overview of Internet security and how it relates to information, network and application security',
    'Roles and responsibilities of interested parties, including users, organisations and service providers',
    'Assessment of Internet security risks, covering common threat types and attack vectors',
    'Guidelines for Internet security controls, such as awareness, incident management and vulnerability handling',
    'Annex mapping the guidance to ISO/IEC 27002 controls',
  ],
  whyOrganizationsUseIt: [
    'Organisations whose business depends on online services use ISO/IEC 27032 to make sure their security programme covers the specific ways Internet exposure creates risk, and to clarify who does what when several parties depend on each other.',
    {
      list: [
        'Strengthen the Internet-facing part of an existing ISO/IEC 27001 programme',
        'Structure cooperation and information sharing with partners and providers',
        'Support a risk-based case for controls expected by regulators and customers',
        'Train staff against social engineering and other Internet-borne threats',
      ],
    },
  ],
  implementationOverview: [
    'Because the standard is guidance, implementation means folding its recommendations into the way the organisation already manages security risk. Most organisations run it as a focused project within their ISMS.',
    {
      ordered: true,
      list: [
        'Map Internet-facing services, dependencies and interested parties',
        'Assess Internet security risks against the threats the standard describes',
        'Compare current controls with the guidance and its ISO/IEC 27002 mapping',
        'Implement and document improvements, including coordination arrangements',
        'Review effectiveness through exercises, monitoring and internal audit',
      ],
    },
  ],
  aspectValues: {
    scope: 'Internet security risks and the parties who share responsibility for them',
    industry: 'Any organisation that relies on the Internet, especially online service providers',
    nature: 'Voluntary guidance standard; not certifiable',
    testing: 'No certification; self-assessment or checks within an ISO 27001 audit',
    penalties: 'None directly; shortfalls show up as risk, contractual or regulatory exposure',
  },
  faq: [
    {
      question: 'Can an organisation be certified to ISO/IEC 27032?',
      answer:
        'No. ISO/IEC 27032 is a guidance document without auditable requirements. Organisations that want a certificate usually certify their information security management system to ISO/IEC 27001 and use ISO/IEC 27032 to shape its Internet security controls.',
    },
    {
      question: 'What changed in the 2023 edition?',
      answer:
        'The 2023 edition concentrates on Internet security rather than cybersecurity in the broad sense, updates the threat landscape, and relates its guidance to the control set of ISO/IEC 27002:2022.',
    },
    {
      question: 'Is ISO/IEC 27032 useful without ISO/IEC 27001?',
      answer:
        'Yes. Any organisation can use its guidance to review Internet-facing risks. It is easiest to apply, however, when there is already a risk management process to feed its recommendations into.',
    },
  ],
  sources: [{ label: 'ISO/IEC 27032:2023 on iso.org', url: 'https://www.iso.org/standard/76070.html' }],
  related: [
    { standard: 'iso-27002', relation: 'maps-to' },
    { standard: 'iso-27001', relation: 'complements' },
    { standard: 'nist-csf-2', relation: 'complements' },
  ],
}

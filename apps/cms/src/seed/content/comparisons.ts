import type { ComparisonSeed } from './types'

export const comparisons: ComparisonSeed[] = [
  {
    standards: ['iso-27032', 'iso-27701'],
    summary: 'Internet security guidance that cannot be certified, against a certifiable management system for privacy.',
    featured: true,
    faq: [
      {
        question: 'Should an organisation implement ISO/IEC 27032 or ISO/IEC 27701?',
        answer:
          'They answer different questions. ISO/IEC 27032 helps secure Internet-facing services and coordinate with other parties, while ISO/IEC 27701 sets up a certifiable system for managing personal information. Organisations that process personal data online often use both.',
      },
      {
        question: 'Can either standard replace the other?',
        answer:
          'No. ISO/IEC 27701 includes security controls that protect personal information, but it does not cover Internet security as a whole, and ISO/IEC 27032 says little about lawful processing or data subject rights.',
      },
    ],
  },
  {
    standards: ['iso-17025', 'iso-27032'],
    summary: 'The accreditation standard for laboratory competence, against guidance for securing Internet-connected operations.',
  },
  {
    standards: ['eu-ai-act', 'iso-9001'],
    summary: 'The EU regulation that requires a quality management system for high-risk AI, against the voluntary quality management standard.',
    verdict:
      'ISO 9001 is a voluntary, certifiable standard for managing quality in any organisation, while the EU AI Act is a binding regulation that sets obligations according to the risk an AI system poses. Providers of high-risk AI must run a quality management system under the Act, and an existing ISO 9001 system is a practical base for it, although it does not cover the Act’s AI-specific requirements on its own.',
    faq: [
      {
        question: 'Does ISO 9001 certification satisfy the EU AI Act’s quality management requirement?',
        answer:
          'Not by itself. The Act lists specific elements for the quality management system of a high-risk AI provider, such as data management, risk management and post-market monitoring. An ISO 9001 system can host these elements, but they have to be added.',
      },
      {
        question: 'Is ISO 9001 required to comply with the AI Act?',
        answer:
          'No. The Act does not require any particular certification. Harmonised standards under the Act give a presumption of conformity for the requirements they cover.',
      },
    ],
  },
  {
    standards: ['popia', 'ul-2900-1'],
    summary: 'South Africa’s binding data protection law, against a voluntary cybersecurity certification for connected products.',
  },
  {
    standards: ['iso-27001', 'iso-27002'],
    summary: 'The certifiable ISMS requirements, against the guidance catalogue that explains how to implement their controls.',
    featured: true,
    verdict:
      'ISO/IEC 27001 sets the requirements for an information security management system and is the standard organisations are certified against, while ISO/IEC 27002 is guidance on how to implement the 93 controls that ISO/IEC 27001 lists in Annex A. Organisations use them together: ISO/IEC 27001 decides which controls are needed and ISO/IEC 27002 explains how to put them in place.',
    faq: [
      {
        question: 'Do ISO/IEC 27001 and ISO/IEC 27002 have the same controls?',
        answer:
          'Yes. Annex A of ISO/IEC 27001 lists the same 93 controls by title and statement, and ISO/IEC 27002 adds purpose, implementation guidance and attributes for each.',
      },
      {
        question: 'Which one do I buy first?',
        answer:
          'Start with ISO/IEC 27001 if you aim for certification, since it contains the auditable requirements. Add ISO/IEC 27002 when you implement the controls you have selected.',
      },
    ],
  },
  {
    standards: ['iso-27001', 'iso-27701'],
    summary: 'A management system for information security, against one for privacy that can now be certified on its own.',
    featured: true,
    aspectOverrides: [
      {
        aspect: 'nature',
        standard: 'iso-27701',
        value: 'Certifiable PIMS standard, on its own or in one integrated audit with ISO 27001',
      },
    ],
    faq: [
      {
        question: 'Is ISO/IEC 27701 still an extension of ISO/IEC 27001?',
        answer:
          'Not since the 2025 edition. ISO/IEC 27701 is now a standalone management system standard, although it shares the common ISO structure and integrates easily with an existing ISMS.',
      },
      {
        question: 'Can both be covered by one audit?',
        answer:
          'Yes. Certification bodies commonly audit an integrated ISMS and PIMS together, which saves time when the scopes overlap.',
      },
      {
        question: 'Which should come first?',
        answer:
          'Organisations whose main exposure is personal data may start with ISO/IEC 27701; those with broader information security needs usually start with ISO/IEC 27001 and add the privacy system later.',
      },
    ],
  },
  {
    standards: ['gdpr', 'iso-27701'],
    summary: 'The EU’s binding data protection law, against the voluntary privacy management standard that helps show accountability.',
  },
  {
    standards: ['gdpr', 'popia'],
    summary: 'Two comprehensive data protection laws, the EU’s and South Africa’s, with different reach and penalties.',
    featured: true,
    faq: [
      {
        question: 'If we comply with the GDPR, do we comply with POPIA?',
        answer:
          'Largely, but not completely. POPIA also protects information about juristic persons, requires the registration of an information officer with the Information Regulator, and has its own rules on direct marketing and criminal offences.',
      },
      {
        question: 'Which law has the higher penalties?',
        answer:
          'The GDPR, whose fines can reach €20 million or 4% of worldwide annual turnover. POPIA caps administrative fines at R10 million, but some offences can lead to imprisonment.',
      },
    ],
  },
  {
    // Shown as people search it: "NIS2 vs ISO 27001".
    standards: ['nis2', 'iso-27001'],
    summary: 'The EU cybersecurity directive for essential and important entities, against the certifiable ISMS standard that often helps meet it.',
    featured: true,
    faq: [
      {
        question: 'Does an ISO/IEC 27001 certificate make an organisation NIS2 compliant?',
        answer:
          'No. It provides strong evidence for the risk-management measures NIS2 requires, but NIS2 adds legal duties such as registration, fixed incident reporting deadlines and management accountability, which must be met under national law.',
      },
      {
        question: 'Does NIS2 require ISO/IEC 27001?',
        answer:
          'No. NIS2 encourages the use of European and international standards but does not make any certification mandatory. Member States may, however, require certain entities to use certified products, services or processes.',
      },
    ],
  },
  {
    // "NIST CSF vs ISO 27001", as people search it.
    standards: ['nist-csf-2', 'iso-27001'],
    summary: 'A free, outcome-based cybersecurity framework, against the certifiable international ISMS standard.',
  },
  {
    // "NIST 800-53 vs ISO 27001", as people search it.
    standards: ['nist-sp-800-53', 'iso-27001'],
    summary: 'The US federal catalogue of security and privacy controls, against the certifiable international ISMS standard.',
    faq: [
      {
        question: 'Does an ISO/IEC 27001 certificate satisfy NIST SP 800-53?',
        answer:
          'No. US federal systems are authorised after an assessment of their SP 800-53 baseline with SP 800-53A, and an ISO/IEC 27001 certificate is not accepted in its place. An existing ISMS does supply much of the evidence, because NIST publishes a mapping between the two.',
      },
      {
        question: 'Which one is more detailed?',
        answer:
          'SP 800-53. Its controls and enhancements are far more granular than ISO/IEC 27001 Annex A, while ISO/IEC 27001 adds the management system clauses, such as internal audit and management review, around a shorter control list.',
      },
    ],
  },
  {
    // "PCI DSS vs ISO 27001", as people search it.
    standards: ['pci-dss', 'iso-27001'],
    summary: 'The card industry’s contractually mandatory security standard, against the voluntary certifiable ISMS standard.',
    aspectOverrides: [
      {
        aspect: 'testing',
        standard: 'pci-dss',
        value: 'Annual ROC or SAQ plus quarterly ASV scans; an ISO 27001 certificate does not count',
      },
    ],
  },
  {
    standards: ['gdpr', 'nis2'],
    summary: 'The EU data protection regulation, against the EU cybersecurity directive: different laws that meet at personal data breaches.',
    verdict:
      'NIS2 is a directive that national laws transpose to make essential and important entities manage cybersecurity risk and report significant incidents, while the GDPR is a directly applicable regulation that protects personal data wherever it is processed. An incident that affects personal data can trigger reporting under both, but for the same conduct a NIS2 fine cannot be added to a GDPR fine.',
    aspectOverrides: [
      {
        aspect: 'penalties',
        standard: 'nis2',
        value: 'Up to €10M or 2% (essential); no NIS2 fine if a GDPR fine covers the same conduct',
      },
    ],
    faq: [
      {
        question: 'Do we have to report the same incident twice?',
        answer:
          'Possibly. A significant incident must be reported to the NIS2 authority or CSIRT, and a personal data breach to the data protection authority under the GDPR. NIS2 requires the authorities to cooperate, but the reports go through separate channels.',
      },
      {
        question: 'Can both NIS2 and GDPR fines be imposed for one incident?',
        answer:
          'Not for the same conduct. Where a data protection authority fines an entity under the GDPR, the NIS2 authority may not impose an administrative fine for an infringement arising from that same conduct, though it can use other enforcement measures.',
      },
    ],
  },
  {
    standards: ['eu-ai-act', 'gdpr'],
    summary: 'Two EU regulations that apply side by side when AI systems process personal data.',
  },
  {
    standards: ['iso-27002', 'iso-27032'],
    summary: 'The control catalogue, against the Internet security guidance that maps its recommendations to it.',
  },
  {
    standards: ['iso-9001', 'iso-17025'],
    summary: 'Certification of a quality management system, against accreditation of a laboratory’s technical competence.',
  },
  {
    standards: ['nis2', 'nist-csf-2'],
    summary: 'The binding EU cybersecurity directive, against a voluntary US framework many organisations use to meet it.',
  },
  {
    standards: ['dora', 'nis2'],
    summary: 'The EU regulation on ICT risk for financial entities, against the cross-sector cybersecurity directive whose ICT duties it takes over for them.',
    featured: true,
    faq: [
      {
        question: 'Which applies to a bank, NIS2 or DORA?',
        answer:
          'For ICT risk management and incident reporting, DORA applies, because it is the sector-specific Union law that NIS2 gives way to. A bank should still check the national law that transposes NIS2 for any remaining duties.',
      },
      {
        question: 'How do the incident reporting deadlines differ?',
        answer:
          'NIS2 asks for an early warning within 24 hours of becoming aware of a significant incident. DORA asks for an initial notification within 4 hours of classifying an incident as major, and no later than 24 hours after becoming aware of it.',
      },
      {
        question: 'Does a DORA programme help an ICT provider with NIS2?',
        answer:
          'Often, yes. Many ICT providers to the financial sector are themselves NIS2 entities, for example as cloud or managed service providers, and the contract terms and testing that DORA customers require overlap with NIS2 risk-management measures.',
      },
    ],
  },
]

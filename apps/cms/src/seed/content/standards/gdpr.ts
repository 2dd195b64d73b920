import type { StandardSeed } from '../types'

export const gdpr: StandardSeed = {
  slug: 'gdpr',
  shortName: 'GDPR',
  officialTitle: 'Regulation (EU) 2016/679 — General Data Protection Regulation',
  editionYear: 2016,
  legalNature: 'regulation',
  obligation: 'mandatory',
  jurisdiction: 'European Union',
  publisher: 'European Parliament and Council',
  category: 'privacy-data-protection',
  tagline: 'The EU’s data protection law, applicable since 25 May 2018, with fines of up to €20 million or 4% of worldwide turnover.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 6, max: 18 },
  keyFeatures: [
    'Principles of lawfulness, fairness, transparency, purpose limitation, minimisation, accuracy, storage limitation, security and accountability',
    'Rights for individuals, including access, rectification, erasure, portability and objection',
    'Accountability duties: records of processing, data protection by design and impact assessments',
    'Personal data breach notification to the supervisory authority within 72 hours where required',
    'Reach beyond the EU to organisations offering goods or services to, or monitoring, people in the EU',
  ],
  whatItIs: [
    'Regulation (EU) 2016/679, the General Data Protection Regulation, governs the processing of personal data in the European Union. It was adopted in 2016 and has applied since 25 May 2018, directly in every Member State and, through the EEA Agreement, in Iceland, Liechtenstein and Norway.',
    'The GDPR sets principles for processing, legal bases on which processing may rest, rights for data subjects and obligations for controllers and processors. Independent supervisory authorities in each Member State enforce it, coordinated through the European Data Protection Board.',
  ],
  keyComponents: [
    'Principles and lawful bases for processing, with stricter rules for special categories of data',
    'Data subject rights and the procedures for responding to requests',
    'Controller and processor obligations, including contracts, records and security of processing',
    'Data protection impact assessments and data protection officers where required',
    'Rules for transfers of personal data to third countries',
    'Supervision, cooperation between authorities, remedies and administrative fines',
  ],
  whyOrganizationsUseIt: [
    'Compliance is a legal obligation for organisations in scope. A well-run GDPR programme also reduces the risk of breaches and complaints and is increasingly expected by customers and business partners.',
    {
      list: [
        'Avoid administrative fines, processing bans and compensation claims',
        'Build trust with customers and employees',
        'Meet contractual data protection demands from business partners',
        'Enable lawful international data transfers',
      ],
    },
  ],
  implementationOverview: [
    'GDPR compliance is continuous. Most programmes begin with a record of processing activities and build governance, rights handling and security around it.',
    {
      ordered: true,
      list: [
        'Map personal data and create records of processing activities',
        'Establish lawful bases, privacy notices and retention periods',
        'Appoint a data protection officer where required and assign responsibilities',
        'Put in place processor contracts and transfer mechanisms',
        'Implement security measures, breach response and data subject request processes',
        'Carry out impact assessments for high-risk processing and review regularly',
      ],
    },
  ],
  aspectValues: {
    scope: 'Processing of personal data of individuals, wholly or partly by automated means',
    industry: 'All controllers and processors in scope, public and private, in every sector',
    nature: 'EU regulation, directly applicable and mandatory',
    testing: 'No mandatory certification; supervisory authority audits, investigations, complaints',
    penalties: 'Up to €20M or 4% of worldwide annual turnover, whichever is higher',
  },
  faq: [
    {
      question: 'When did the GDPR start to apply?',
      answer:
        'The Regulation was adopted in 2016 and has applied since 25 May 2018.',
    },
    {
      question: 'Does the GDPR apply to organisations outside the EU?',
      answer:
        'Yes, when they offer goods or services to individuals in the EU or monitor their behaviour in the EU, and when they process personal data in the context of an EU establishment.',
    },
    {
      question: 'What are the maximum GDPR fines?',
      answer:
        'Up to €20 million or 4% of total worldwide annual turnover of the preceding financial year, whichever is higher, for breaches such as of the basic principles or data subject rights. A lower tier of up to €10 million or 2% applies to other obligations.',
    },
    {
      question: 'Is there a GDPR certification?',
      answer:
        'The GDPR provides for certification mechanisms approved by supervisory authorities or the European Data Protection Board, but certification is voluntary and does not prove compliance on its own. Standards such as ISO/IEC 27701 support accountability without being GDPR certifications.',
    },
  ],
  sources: [{ label: 'Regulation (EU) 2016/679 on EUR-Lex', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' }],
  related: [
    { standard: 'iso-27701', relation: 'complements' },
    { standard: 'nis2', relation: 'complements' },
    { standard: 'popia', relation: 'complements' },
  ],
}

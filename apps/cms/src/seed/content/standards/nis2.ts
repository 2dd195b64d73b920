import type { StandardSeed } from '../types'

export const nis2: StandardSeed = {
  slug: 'nis2',
  shortName: 'NIS2',
  officialTitle:
    'Directive (EU) 2022/2555 on measures for a high common level of cybersecurity across the Union (NIS 2 Directive)',
  editionYear: 2022,
  legalNature: 'directive',
  obligation: 'mandatory',
  jurisdiction: 'European Union',
  publisher: 'European Parliament and Council',
  category: 'cybersecurity',
  tagline: 'Cybersecurity risk-management and incident reporting duties for essential and important entities, set through national laws.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 6, max: 18 },
  keyFeatures: [
    'Covers essential and important entities in 18 sectors, generally from medium size upwards',
    'Minimum cybersecurity risk-management measures, including supply chain security',
    'Staged incident reporting: early warning within 24 hours, notification within 72 hours, final report within a month',
    'Management bodies must approve and oversee measures, follow training and can be held liable',
    'Maximum fines of no less than €10 million or 2% of turnover for essential entities and €7 million or 1.4% for important ones',
  ],
  whatItIs: [
    'Directive (EU) 2022/2555, known as NIS2, is the EU’s main cybersecurity law for organisations that provide essential and important services. It replaced the first NIS Directive of 2016, widened the range of sectors covered and harmonised obligations and enforcement across Member States.',
    'As a directive, NIS2 does not apply to organisations directly. Each Member State had to transpose it into national law by 17 October 2024, and the obligations that bind an organisation are those of the national law that applies to it. Several Member States completed transposition late, so timelines and details differ from country to country.',
  ],
  keyComponents: [
    'Scope rules: sectors of high criticality and other critical sectors, size thresholds and entities covered regardless of size',
    'Cybersecurity risk-management measures, with a minimum list including incident handling, business continuity and supply chain security',
    'Incident reporting obligations towards the national CSIRT or competent authority',
    'Governance duties and accountability of management bodies',
    'Supervision and enforcement, stricter for essential than for important entities',
    'National cybersecurity strategies, cooperation and information sharing between Member States',
  ],
  whyOrganizationsUseIt: [
    'Organisations in scope must comply with the national law that transposes NIS2. Many organisations outside its scope follow it as well, because customers covered by NIS2 must manage the security of their supply chains and pass requirements on to suppliers.',
    {
      list: [
        'Meet a legal obligation and avoid fines and supervisory measures',
        'Protect management from personal liability for security failures',
        'Meet the supply chain security expectations of customers in scope',
        'Improve the organisation’s ability to withstand and recover from incidents',
      ],
    },
  ],
  implementationOverview: [
    'A NIS2 programme begins with establishing whether, and where, the organisation is in scope, because registration, supervision and penalties follow national law.',
    {
      ordered: true,
      list: [
        'Determine whether the organisation is an essential or important entity in each relevant Member State',
        'Register with the competent authority where national law requires it',
        'Brief and train the management body and assign accountability',
        'Assess risks and gaps against the required risk-management measures',
        'Implement measures, including supply chain security and business continuity',
        'Set up incident detection and the 24-hour, 72-hour and one-month reporting process',
      ],
    },
  ],
  aspectValues: {
    scope: 'Cybersecurity risk management and incident reporting for network and information systems',
    industry: 'Essential and important entities in 18 sectors, such as energy, health and digital',
    nature: 'EU directive, mandatory through national transposing laws',
    testing: 'Supervision by national authorities: audits and inspections, proactive for essential',
    penalties: 'Up to €10M or 2% (essential), €7M or 1.4% (important); management liability',
  },
  faq: [
    {
      question: 'Is NIS2 a regulation?',
      answer:
        'No. NIS2 is a directive. It sets objectives and minimum rules that each Member State transposes into national law, so the exact obligations depend on the country.',
    },
    {
      question: 'What are the incident reporting deadlines under NIS2?',
      answer:
        'For a significant incident, an early warning within 24 hours of becoming aware of it, an incident notification within 72 hours, and a final report within one month of the notification.',
    },
    {
      question: 'What fines can be imposed under NIS2?',
      answer:
        'National laws must allow fines of at least up to €10 million or 2% of total worldwide annual turnover for essential entities and €7 million or 1.4% for important entities, whichever is higher. Member States may set higher maximums.',
    },
    {
      question: 'Does ISO/IEC 27001 certification mean NIS2 compliance?',
      answer:
        'Not automatically. An ISO/IEC 27001 ISMS covers much of the risk management NIS2 requires, but NIS2 adds legal duties such as registration, incident reporting deadlines and management accountability.',
    },
  ],
  sources: [{ label: 'Directive (EU) 2022/2555 on EUR-Lex', url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj' }],
  related: [
    { standard: 'gdpr', relation: 'complements' },
    { standard: 'iso-27001', relation: 'complements' },
  ],
}

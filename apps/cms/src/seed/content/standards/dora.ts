import type { StandardSeed } from '../types'

export const dora: StandardSeed = {
  slug: 'dora',
  shortName: 'DORA',
  officialTitle: 'Regulation (EU) 2022/2554 on digital operational resilience for the financial sector (DORA)',
  editionYear: 2022,
  legalNature: 'regulation',
  obligation: 'mandatory',
  jurisdiction: 'European Union',
  publisher: 'European Parliament and Council',
  category: 'cybersecurity',
  tagline: 'ICT risk management, incident reporting, resilience testing and third-party risk rules for banks, insurers and other financial entities.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 12, max: 24 },
  keyFeatures: [
    'Applies directly to about twenty types of financial entity, from banks and insurers to crypto-asset service providers',
    'An ICT risk-management framework for which the management body is ultimately responsible',
    'Classification and reporting of major ICT-related incidents to the competent authority',
    'Digital operational resilience testing, including threat-led penetration testing every three years for selected entities',
    'Management of ICT third-party risk, with a register of all contractual arrangements and mandatory contract terms',
    'EU oversight of critical ICT third-party service providers, such as major cloud providers',
  ],
  whatItIs: [
    'Regulation (EU) 2022/2554, the Digital Operational Resilience Act, sets uniform requirements for the security of the network and information systems that support the business of financial entities in the European Union. It entered into force in January 2023 and has applied since 17 January 2025.',
    'As a regulation, DORA applies directly in every Member State; technical standards adopted by the Commission fill in details such as incident classification and reporting templates. For the financial entities it covers, DORA is the sector-specific law that takes precedence over the ICT risk-management and incident reporting duties of NIS2.',
  ],
  keyComponents: [
    'ICT risk management: governance, identification, protection, detection, response, recovery and learning',
    'ICT-related incident management, classification and reporting of major incidents',
    'Digital operational resilience testing, from vulnerability assessments to threat-led penetration testing',
    'ICT third-party risk: due diligence, register of information, contract provisions and exit strategies',
    'Oversight framework for critical ICT third-party service providers, led by the European Supervisory Authorities',
    'Voluntary arrangements for sharing cyber threat information between financial entities',
  ],
  whyOrganizationsUseIt: [
    'Financial entities in scope must comply, and supervisors check compliance as part of their normal supervision. ICT providers that serve the financial sector also feel DORA through the contract terms and testing duties their customers must pass on.',
    {
      list: [
        'Meet a legal obligation and avoid supervisory measures and penalties',
        'Keep critical services running through cyber attacks and ICT failures',
        'Gain a clear view of dependencies on ICT providers and concentration risk',
        'Give management bodies the information they need to carry their responsibility',
      ],
    },
  ],
  implementationOverview: [
    'A DORA programme usually starts from the entity’s existing ICT risk and outsourcing practices and closes the gaps against the Regulation and its technical standards.',
    {
      ordered: true,
      list: [
        'Confirm the entity type, the competent authority and whether the simplified framework applies',
        'Assign responsibilities to the management body and update the ICT risk-management framework',
        'Set up incident classification and the reporting process for major ICT-related incidents',
        'Build the register of information on ICT third-party arrangements and review contracts',
        'Plan a programme of resilience testing, including threat-led penetration testing where required',
        'Test business continuity and response plans and report results to the management body',
      ],
    },
  ],
  aspectValues: {
    scope: 'ICT risk, incident reporting, resilience testing and ICT third-party risk in finance',
    industry: 'Financial entities such as banks, insurers, investment firms, and their ICT providers',
    nature: 'EU regulation, directly applicable and mandatory',
    testing: 'Resilience testing yearly; threat-led penetration testing every 3 years where required',
    penalties: 'Set by Member States; critical ICT providers: daily payments up to 1% of daily turnover',
  },
  faq: [
    {
      question: 'When did DORA start to apply?',
      answer:
        'DORA entered into force on 16 January 2023 and has applied since 17 January 2025. Financial entities had two years to prepare.',
    },
    {
      question: 'Does NIS2 still apply to a bank that is covered by DORA?',
      answer:
        'For ICT risk management and incident reporting, DORA applies instead of NIS2 because it is the sector-specific Union law. Other parts of the national law transposing NIS2 may still apply, so entities should check it.',
    },
    {
      question: 'How fast must a major ICT-related incident be reported?',
      answer:
        'The initial notification is due within 4 hours of classifying the incident as major and no later than 24 hours after becoming aware of it. An intermediate report follows within 72 hours and a final report within one month.',
    },
    {
      question: 'Are ICT providers directly subject to DORA?',
      answer:
        'Most are affected through their contracts with financial entities. Providers designated as critical are also overseen directly by a Lead Overseer from the European Supervisory Authorities.',
    },
  ],
  sources: [
    { label: 'Regulation (EU) 2022/2554 on EUR-Lex', url: 'https://eur-lex.europa.eu/eli/reg/2022/2554/oj' },
  ],
  related: [
    // NIS2 Article 4 and DORA Article 1(2): for financial entities, DORA is the sector-specific act whose
    // ICT risk-management and incident-reporting duties apply in place of NIS2's.
    { standard: 'nis2', relation: 'takes-precedence' },
    { standard: 'iso-27001', relation: 'complements' },
  ],
}

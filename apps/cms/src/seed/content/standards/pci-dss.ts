import type { StandardSeed } from '../types'

export const pciDss: StandardSeed = {
  slug: 'pci-dss',
  shortName: 'PCI DSS',
  officialTitle: 'Payment Card Industry Data Security Standard: Requirements and Testing Procedures, v4.0.1 (2024)',
  editionYear: 2024,
  legalNature: 'industry-scheme',
  obligation: 'mandatory',
  jurisdiction: 'International',
  publisher: 'PCI Security Standards Council',
  category: 'payment-security',
  tagline: 'The payment card industry’s security standard, required by contract of every entity that stores, processes or transmits card data.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 6, max: 18 },
  keyFeatures: [
    '12 principal requirements grouped under six security goals',
    'Applies to all system components in or connected to the cardholder data environment',
    'Defined approach or customised approach for meeting each requirement',
    'Targeted risk analyses to set the frequency of some activities',
    'Annual validation through a Report on Compliance or a Self-Assessment Questionnaire, plus quarterly external scans',
  ],
  whatItIs: [
    'The Payment Card Industry Data Security Standard is a set of technical and operational requirements for protecting payment account data. It is maintained by the PCI Security Standards Council, founded by the major card brands. Version 4.0.1, published in June 2024, is the only active version since version 4.0 was retired on 31 December 2024, and the requirements that version 4.0 introduced as future-dated have been mandatory since 31 March 2025.',
    'PCI DSS is not a law. It is an industry scheme whose obligations reach merchants and service providers through contracts: card brand rules bind acquiring banks, and acquirers pass the requirements on to the merchants they serve. The card brands and acquirers, not the Council, decide who must validate compliance, how, and what happens if they do not.',
  ],
  keyComponents: [
    'Build and maintain a secure network and systems (requirements 1 and 2)',
    'Protect account data (requirements 3 and 4)',
    'Maintain a vulnerability management programme (requirements 5 and 6)',
    'Implement strong access control measures (requirements 7, 8 and 9)',
    'Regularly monitor and test networks (requirements 10 and 11)',
    'Maintain an information security policy (requirement 12)',
  ],
  whyOrganizationsUseIt: [
    'Organisations comply because accepting or processing card payments requires it. Merchant agreements and service contracts make PCI DSS compliance a condition of doing business with acquirers, card brands and payment partners.',
    {
      list: [
        'Keep the ability to accept and process card payments',
        'Avoid non-compliance fees and liability for fraud losses after a breach',
        'Reduce the risk and impact of card data theft',
        'Give customers and partners assurance through a Report or Attestation of Compliance',
      ],
    },
  ],
  implementationOverview: [
    'The most effective PCI DSS programmes start by shrinking the scope, because every system that stores, processes or transmits account data, or can affect its security, must meet the requirements.',
    {
      ordered: true,
      list: [
        'Confirm the validation level and assessment type with the acquirer or card brands',
        'Map card data flows and define and minimise the cardholder data environment',
        'Perform a gap assessment against the applicable requirements',
        'Remediate gaps, including controls introduced in version 4.0',
        'Run quarterly external scans by an Approved Scanning Vendor and other required testing',
        'Complete the Report on Compliance or Self-Assessment Questionnaire and the Attestation of Compliance',
      ],
    },
  ],
  aspectValues: {
    scope: 'Protection of payment account data and the systems that handle it',
    industry: 'Merchants and service providers that store, process or transmit card data',
    nature: 'Industry scheme, mandatory by contract; not a law',
    testing: 'Annual Report on Compliance by a QSA or a Self-Assessment Questionnaire',
    penalties: 'Contractual: fees from acquirers, higher costs, loss of card acceptance',
  },
  faq: [
    {
      question: 'Is PCI DSS a law?',
      answer:
        'No. It is an industry standard enforced through contracts between card brands, acquirers, merchants and service providers. Some jurisdictions reference it in legislation, but its force comes from those contracts.',
    },
    {
      question: 'Which version of PCI DSS applies now?',
      answer:
        'Version 4.0.1, published in June 2024. Version 4.0 was retired on 31 December 2024, and the requirements it marked as future-dated became mandatory on 31 March 2025.',
    },
    {
      question: 'Who sets the fines for non-compliance?',
      answer:
        'The card brands and acquirers, under their contracts. The PCI Security Standards Council maintains the standard but does not enforce compliance or impose penalties.',
    },
  ],
  sources: [
    { label: 'PCI DSS on the PCI Security Standards Council site', url: 'https://www.pcisecuritystandards.org/standards/pci-dss/' },
    { label: 'PCI SSC Document Library', url: 'https://www.pcisecuritystandards.org/document_library/' },
  ],
  related: [
    { standard: 'iso-27001', relation: 'complements' },
    { standard: 'nist-csf-2', relation: 'complements' },
  ],
}

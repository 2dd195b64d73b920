import type { StandardSeed } from '../types'

export const nistCsf2: StandardSeed = {
  slug: 'nist-csf-2',
  shortName: 'NIST CSF 2.0',
  officialTitle: 'The NIST Cybersecurity Framework (CSF) 2.0, NIST CSWP 29 (2024)',
  editionYear: 2024,
  legalNature: 'framework',
  obligation: 'voluntary',
  jurisdiction: 'United States',
  publisher: 'NIST',
  category: 'cybersecurity',
  tagline: 'A voluntary, outcome-based framework for managing cybersecurity risk, organised around six functions led by Govern.',
  costBand: 2,
  complexity: 'medium',
  implementationMonths: { min: 3, max: 12 },
  keyFeatures: [
    'Six core functions: Govern, Identify, Protect, Detect, Respond and Recover',
    'New Govern function for strategy, roles, policy, oversight and supply chain risk',
    'Organisational Profiles to describe current and target cybersecurity posture',
    'Tiers to characterise the rigour of cybersecurity risk governance and management',
    'Written for organisations of every size and sector, not only critical infrastructure',
  ],
  whatItIs: [
    'The NIST Cybersecurity Framework 2.0, published by the US National Institute of Standards and Technology on 26 February 2024 as CSWP 29, describes cybersecurity outcomes that help any organisation understand, assess, prioritise and communicate its cybersecurity risks. It replaced version 1.1 of 2018.',
    'The framework does not prescribe how outcomes are achieved. Its Core is a taxonomy of functions, categories and subcategories, and online resources such as implementation examples, quick start guides and informative references link each outcome to controls in other standards, including ISO/IEC 27001.',
  ],
  keyComponents: [
    'CSF Core: six functions divided into 22 categories and 106 subcategories of outcomes',
    'Organisational Profiles: current and target profiles used to find and close gaps',
    'Tiers: Partial, Risk Informed, Repeatable and Adaptive',
    'Online resources: informative references, implementation examples and quick start guides',
  ],
  whyOrganizationsUseIt: [
    'The CSF gives executives and technical teams a shared language for cybersecurity risk. Because it is outcome-based and free to use, organisations adopt it as the backbone of a security programme, to report to boards and to align with customer and regulatory expectations.',
    {
      list: [
        'Assess and communicate cybersecurity posture in business terms',
        'Prioritise investments by comparing current and target profiles',
        'Organise controls from other standards under one structure',
        'Manage cybersecurity risk in the supply chain through the Govern function',
      ],
    },
  ],
  implementationOverview: [
    'Using the CSF is an iterative cycle rather than a one-off project. NIST suggests starting with scope and profiles and repeating the cycle as risks and priorities change.',
    {
      ordered: true,
      list: [
        'Scope the organisational profile and gather information on risks and priorities',
        'Create a current profile of the outcomes already achieved',
        'Conduct a risk assessment and define a target profile',
        'Analyse gaps and create a prioritised action plan',
        'Implement the plan and update the profiles as the organisation changes',
      ],
    },
  ],
  aspectValues: {
    scope: 'Management of cybersecurity risk across the whole organisation',
    industry: 'Organisations of every size and sector, worldwide',
    nature: 'Voluntary framework from NIST, free to use',
    testing: 'No certification; self-assessment against current and target profiles',
    penalties: 'None; it carries obligations only where a contract or regulation adopts it',
  },
  faq: [
    {
      question: 'What is new in NIST CSF 2.0?',
      answer:
        'Version 2.0 adds the Govern function, extends the framework’s intended audience from critical infrastructure to all organisations, expands guidance on supply chain risk, and adds online implementation examples and quick start guides.',
    },
    {
      question: 'Can an organisation be certified to NIST CSF 2.0?',
      answer:
        'No. NIST does not certify organisations against the framework. Organisations assess themselves, or ask a third party for an independent assessment, and some pair the CSF with a certifiable standard such as ISO/IEC 27001.',
    },
    {
      question: 'Is the CSF only for US organisations?',
      answer:
        'No. It is published by a US agency, but it is used worldwide and is available in several languages.',
    },
  ],
  sources: [
    { label: 'NIST Cybersecurity Framework', url: 'https://www.nist.gov/cyberframework' },
    {
      label: 'NIST CSWP 29 on CSRC',
      url: 'https://csrc.nist.gov/pubs/cswp/29/the-nist-cybersecurity-framework-csf-20/final',
    },
  ],
  related: [
    { standard: 'iso-27001', relation: 'maps-to' },
    { standard: 'iso-27002', relation: 'maps-to' },
  ],
}

import type { StandardSeed } from '../types'

export const euAiAct: StandardSeed = {
  slug: 'eu-ai-act',
  shortName: 'EU AI Act',
  officialTitle: 'Regulation (EU) 2024/1689 — Artificial Intelligence Act',
  editionYear: 2024,
  legalNature: 'regulation',
  obligation: 'mandatory',
  jurisdiction: 'European Union',
  publisher: 'European Parliament and Council',
  category: 'ai-governance',
  tagline: 'The EU’s risk-based law on artificial intelligence, directly applicable in every Member State and phased in from 2025 to 2027.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 6, max: 24 },
  keyFeatures: [
    'Risk-based rules: prohibited practices, high-risk systems, transparency duties and minimal-risk uses',
    'Obligations for providers, deployers, importers and distributors of AI systems',
    'Quality management, risk management, data governance and human oversight for high-risk AI',
    'Separate obligations for providers of general-purpose AI models',
    'Fines of up to €35 million or 7% of worldwide annual turnover for prohibited practices',
  ],
  whatItIs: [
    'Regulation (EU) 2024/1689 lays down harmonised rules on artificial intelligence for the European Union. As a regulation it applies directly in every Member State without national transposition. It entered into force on 1 August 2024 and applies in stages: prohibitions and AI literacy duties from 2 February 2025, rules for general-purpose AI models from 2 August 2025, most remaining provisions from 2 August 2026, and rules for high-risk AI embedded in products covered by EU harmonisation legislation from 2 August 2027.',
    'The Act regulates AI according to risk. A short list of practices is banned outright, high-risk systems must meet detailed requirements and pass a conformity assessment before being placed on the market, certain systems carry transparency duties, and most other uses remain unregulated by the Act. It reaches providers outside the EU when their systems are placed on the EU market or their output is used in the EU.',
  ],
  keyComponents: [
    'Prohibited AI practices, such as manipulative techniques and social scoring',
    'Classification rules and requirements for high-risk AI systems',
    'Provider duties: quality management system, technical documentation, conformity assessment, CE marking and registration',
    'Deployer duties, including human oversight, monitoring and, for some deployers, a fundamental rights impact assessment',
    'Transparency obligations and rules for general-purpose AI models',
    'Governance through the AI Office, national authorities and market surveillance',
  ],
  whyOrganizationsUseIt: [
    'Compliance is not optional for organisations in scope: anyone placing AI systems on the EU market or using them in the EU must meet the obligations that apply to their role and risk category. Early work also pays off commercially, because customers increasingly ask suppliers how their AI meets the Act.',
    {
      list: [
        'Avoid fines and market withdrawal of non-compliant AI systems',
        'Keep access to the EU market for AI products and AI-enabled products',
        'Answer customer and investor due diligence on AI risk',
        'Build governance that also supports data protection and product safety duties',
      ],
    },
  ],
  implementationOverview: [
    'Most organisations start by finding out which AI systems they build or use and what role they play for each one. The workload depends heavily on whether any system is high-risk and whether the organisation is its provider.',
    {
      ordered: true,
      list: [
        'Inventory AI systems and general-purpose AI models in development and in use',
        'Determine the organisation’s role and the risk category of each system',
        'Stop or redesign any prohibited practice and put AI literacy measures in place',
        'For high-risk systems, set up risk management, data governance, documentation and a quality management system',
        'Complete conformity assessment, CE marking and registration where required',
        'Monitor systems after deployment and report serious incidents',
      ],
    },
  ],
  aspectValues: {
    scope: 'Placing on the market, putting into service and use of AI systems in the EU',
    industry: 'Providers, deployers, importers and distributors of AI, in every sector',
    nature: 'EU regulation, directly applicable and mandatory',
    testing: 'Conformity assessment for high-risk AI, by internal control or a notified body',
    penalties: 'Up to €35M or 7% of worldwide turnover for prohibited practices',
  },
  faq: [
    {
      question: 'When do the EU AI Act’s obligations apply?',
      answer:
        'Prohibitions and AI literacy duties have applied since 2 February 2025 and general-purpose AI model rules since 2 August 2025. Most other rules apply from 2 August 2026, and rules for high-risk AI in regulated products from 2 August 2027. The EU has proposed adjustments to parts of this timeline, so check the Official Journal for amendments.',
    },
    {
      question: 'Does the AI Act apply to companies outside the EU?',
      answer:
        'Yes, when they place AI systems or general-purpose AI models on the EU market, or when the output of their AI systems is used in the EU.',
    },
    {
      question: 'How high are the fines?',
      answer:
        'Up to €35 million or 7% of worldwide annual turnover, whichever is higher, for prohibited practices; up to €15 million or 3% for most other breaches; and up to €7.5 million or 1% for supplying incorrect information to authorities. Lower caps apply to SMEs.',
    },
    {
      question: 'Is the AI Act a directive?',
      answer:
        'No. It is a regulation, so it applies directly in all Member States. National laws designate authorities and set some procedural rules, but the obligations themselves come from the Regulation.',
    },
  ],
  sources: [
    { label: 'Regulation (EU) 2024/1689 on EUR-Lex', url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' },
  ],
  related: [
    { standard: 'gdpr', relation: 'complements' },
    { standard: 'iso-9001', relation: 'complements' },
  ],
}

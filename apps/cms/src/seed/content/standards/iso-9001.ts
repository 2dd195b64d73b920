import type { StandardSeed } from '../types'

export const iso9001: StandardSeed = {
  slug: 'iso-9001',
  shortName: 'ISO 9001',
  officialTitle: 'ISO 9001:2015 Quality management systems — Requirements',
  editionYear: 2015,
  legalNature: 'certifiable-standard',
  obligation: 'voluntary',
  jurisdiction: 'International',
  publisher: 'ISO',
  category: 'quality-management',
  tagline: 'The most widely used quality management system standard, for consistently meeting customer and regulatory requirements.',
  costBand: 2,
  complexity: 'medium',
  implementationMonths: { min: 6, max: 12 },
  keyFeatures: [
    'Requirements for a quality management system applicable to any organisation',
    'Process approach with risk-based thinking and the Plan-Do-Check-Act cycle',
    'Focus on customer satisfaction, leadership and continual improvement',
    'Amendment 1 of 2024 asks organisations to consider whether climate change is a relevant issue',
    'Third-party certification by accredited certification bodies',
  ],
  whatItIs: [
    'ISO 9001:2015 specifies requirements for a quality management system. An organisation uses it to show that it can consistently provide products and services that meet customer and applicable statutory and regulatory requirements, and to improve customer satisfaction.',
    'The standard is generic: it applies to manufacturers, service providers and public bodies of any size. It uses the common structure shared by ISO management system standards, which makes it straightforward to integrate with standards such as ISO/IEC 27001. Amendment 1, published in 2024, adds climate change considerations to the clauses on the organisation’s context and interested parties.',
  ],
  keyComponents: [
    'Context of the organisation, interested parties and scope of the QMS',
    'Leadership, quality policy and assigned responsibilities',
    'Planning for risks and opportunities and quality objectives',
    'Support and operation, from resources and competence to design, purchasing and production',
    'Performance evaluation through monitoring, internal audit and management review',
    'Improvement through corrective action and continual improvement',
  ],
  whyOrganizationsUseIt: [
    'Many customers and public buyers require ISO 9001 certification from their suppliers. Beyond market access, organisations use the standard to make their processes predictable, reduce errors and rework, and create a habit of measuring and improving.',
    {
      list: [
        'Qualify as a supplier in tenders and customer approval processes',
        'Standardise processes and reduce defects, complaints and waste',
        'Provide a management system base for sector schemes and other ISO standards',
        'Build evidence of control that regulators and auditors recognise',
      ],
    },
  ],
  implementationOverview: [
    'A typical ISO 9001 project documents and improves how the organisation already works rather than inventing new processes. Small organisations can finish in about six months; larger or multi-site ones take longer.',
    {
      ordered: true,
      list: [
        'Secure leadership commitment and define the scope of the QMS',
        'Map processes, interactions, risks and opportunities',
        'Document the quality policy, objectives and required information',
        'Run the processes, train staff and measure performance',
        'Carry out internal audits and a management review',
        'Complete the stage 1 and stage 2 certification audits',
      ],
    },
  ],
  aspectValues: {
    scope: 'Quality management of products and services to meet customer requirements',
    industry: 'Any organisation in any sector, from manufacturing to public services',
    nature: 'Voluntary certifiable management system standard',
    testing: 'Stage 1 and stage 2 audits by a certification body, then yearly surveillance',
    penalties: 'No fines; nonconformities can lead to suspension or withdrawal of the certificate',
  },
  faq: [
    {
      question: 'Is ISO 9001 still the 2015 edition?',
      answer:
        'Yes. ISO 9001:2015 is the current edition, amended in 2024 to add climate change considerations. A revision is in preparation, but certificates continue to be issued against the 2015 edition as amended until a new edition is published and a transition period is set.',
    },
    {
      question: 'What does the 2024 climate change amendment require?',
      answer:
        'Organisations must determine whether climate change is a relevant issue for their quality management system, and consider that interested parties may have requirements related to it. It does not add new climate targets.',
    },
    {
      question: 'Is ISO 9001 a legal requirement?',
      answer:
        'No. It is a voluntary standard. It becomes an obligation only when a customer contract, tender or sector scheme requires it.',
    },
  ],
  sources: [
    { label: 'ISO 9001:2015 on iso.org', url: 'https://www.iso.org/standard/62085.html' },
    { label: 'ISO 9001 overview on iso.org', url: 'https://www.iso.org/iso-9001-quality-management.html' },
  ],
  related: [
    { standard: 'iso-17025', relation: 'complements' },
    { standard: 'iso-27001', relation: 'complements' },
    { standard: 'eu-ai-act', relation: 'complements' },
  ],
}

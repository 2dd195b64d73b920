import type { StandardSeed } from '../types'

export const ul29001: StandardSeed = {
  slug: 'ul-2900-1',
  shortName: 'UL 2900-1',
  officialTitle:
    'ANSI/CAN/UL 2900-1:2017 Standard for Software Cybersecurity for Network-Connectable Products, Part 1: General Requirements',
  editionYear: 2017,
  legalNature: 'certifiable-standard',
  obligation: 'voluntary',
  jurisdiction: 'United States and Canada',
  publisher: 'UL Standards & Engagement',
  category: 'product-security',
  tagline: 'Testable cybersecurity requirements for network-connectable products, used for UL product certification.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 3, max: 9 },
  keyFeatures: [
    'Requirements for the software of network-connectable products and systems',
    'Testing for known vulnerabilities, malware and software weaknesses',
    'Malformed input (fuzz) testing and structured penetration testing',
    'Requirements for vendor documentation, access control, authentication and cryptography',
    'Basis for product certification by a certification body, with industry-specific Part 2 standards',
  ],
  whatItIs: [
    'ANSI/CAN/UL 2900-1 is the general part of the UL 2900 series of cybersecurity standards for network-connectable products. Its first edition was published in 2017 and it is a bi-national standard for the United States and Canada. It sets testable criteria for assessing a product’s software for vulnerabilities and weaknesses and for the security controls the product should contain.',
    'The standard concerns products, not organisations. A manufacturer submits a product with its documentation, and the product is evaluated against the requirements through documentation review, code and binary analysis and hands-on testing. Part 2 standards in the series add requirements for specific product types, such as healthcare devices, industrial control systems and security and life safety signalling systems.',
  ],
  keyComponents: [
    'Documentation requirements for the product, its design and its use',
    'Risk controls such as access control, user authentication and use of cryptography',
    'Vendor risk management processes, including handling of software updates',
    'Vulnerability and exploit testing, including malformed input and penetration testing',
    'Software weakness analysis of source code or binaries against known weakness classes',
  ],
  whyOrganizationsUseIt: [
    'Manufacturers of connected devices use UL 2900-1 to obtain independent evidence that their products resist common attacks. Buyers in healthcare, building systems and industrial markets increasingly ask for such evidence in procurement.',
    {
      list: [
        'Differentiate products with an independent cybersecurity certification mark',
        'Meet cybersecurity requirements in customer and public procurement',
        'Find and fix vulnerabilities before products reach the market',
        'Support regulatory submissions where authorities recognise the standard',
      ],
    },
  ],
  implementationOverview: [
    'Preparation is product-specific. Teams gather the documentation the standard requires, fix weaknesses found in their own testing and then submit the product for evaluation.',
    {
      ordered: true,
      list: [
        'Select the applicable parts of the UL 2900 series for the product',
        'Prepare design, interface and risk documentation',
        'Run internal vulnerability scans, fuzzing and code analysis',
        'Remediate weaknesses and document residual risks',
        'Submit the product for evaluation and testing',
        'Maintain certification as software versions change',
      ],
    },
  ],
  aspectValues: {
    scope: 'Software security of individual network-connectable products',
    industry: 'Manufacturers of connected devices, notably healthcare, building and industrial',
    nature: 'Voluntary certifiable product standard, unless a buyer or regulator requires it',
    testing: 'Product evaluation and testing by a certification body, repeated for new versions',
    penalties: 'None in law; failing products are not certified and may lose buyer acceptance',
  },
  faq: [
    {
      question: 'Is UL 2900-1 mandatory?',
      answer:
        'No. It is a voluntary standard. It becomes a requirement only when a customer, a procurement rule or a regulator asks for it.',
    },
    {
      question: 'Does UL 2900-1 certify a company’s security programme?',
      answer:
        'No. It evaluates a specific product and its software. Organisation-wide security management is the domain of standards such as ISO/IEC 27001.',
    },
    {
      question: 'What are the Part 2 standards?',
      answer:
        'They add requirements for particular product types. Examples include UL 2900-2-1 for healthcare and wellness systems, UL 2900-2-2 for industrial control systems and UL 2900-2-3 for security and life safety signalling systems.',
    },
  ],
  sources: [
    { label: 'UL 2900-1 on the UL Standards shop', url: 'https://www.shopulstandards.com/ProductDetail.aspx?productId=UL2900-1' },
  ],
  related: [
    { standard: 'iso-27001', relation: 'complements' },
    { standard: 'nist-csf-2', relation: 'complements' },
  ],
}

import type { StandardSeed } from '../types'

export const nistSp80053: StandardSeed = {
  slug: 'nist-sp-800-53',
  shortName: 'NIST SP 800-53',
  officialTitle: 'NIST SP 800-53 Rev. 5, Security and Privacy Controls for Information Systems and Organizations (2020)',
  editionYear: 2020,
  legalNature: 'guidance-standard',
  obligation: 'voluntary',
  jurisdiction: 'United States',
  publisher: 'NIST',
  category: 'information-security',
  tagline: 'The US federal catalogue of security and privacy controls, mandatory for federal information systems and adopted voluntarily elsewhere.',
  costBand: 3,
  complexity: 'high',
  implementationMonths: { min: 9, max: 24 },
  keyFeatures: [
    'A catalogue of security and privacy controls in 20 families, from access control to supply chain risk management',
    'Control enhancements that add rigour to a base control where the risk calls for it',
    'Low, moderate and high baselines, and a privacy baseline, published separately in SP 800-53B',
    'Outcome-based wording that fits any organisation, not only federal agencies',
    'Required for US federal information systems under FISMA through FIPS 200, and the basis of FedRAMP',
  ],
  whatItIs: [
    'NIST Special Publication 800-53 Revision 5, published by the US National Institute of Standards and Technology in September 2020, is a catalogue of security and privacy controls for information systems and organisations. Release 5.1.1 of 2023 corrected and clarified the catalogue without changing its structure.',
    'US federal agencies must apply it to their information systems under the Federal Information Security Modernization Act, through FIPS 200 and the Risk Management Framework of SP 800-37. Everyone else may use it freely: cloud providers meet it through FedRAMP, contractors through their contracts, and many private organisations adopt it as a detailed control set.',
  ],
  keyComponents: [
    'Twenty control families, including the privacy family PT and the supply chain family SR added in Revision 5',
    'Base controls and their enhancements, each with discussion and related controls',
    'Baselines in SP 800-53B for low, moderate and high impact systems, plus privacy',
    'Assessment procedures for every control in SP 800-53A',
    'Machine-readable catalog and baselines in OSCAL',
  ],
  whyOrganizationsUseIt: [
    'For US federal agencies and their service providers, SP 800-53 is the control set systems are authorised against. Others choose it because it is free, detailed and mapped to most other frameworks, including NIST CSF 2.0 and ISO/IEC 27001.',
    {
      list: [
        'Obtain an authorisation to operate for a federal information system',
        'Sell cloud services to US federal agencies through FedRAMP',
        'Tailor a detailed, risk-based control set from a published baseline',
        'Map existing controls to CSF 2.0 or ISO/IEC 27001 with NIST’s own crosswalks',
      ],
    },
  ],
  implementationOverview: [
    'Federal systems apply SP 800-53 within the Risk Management Framework, and other organisations usually follow the same steps in a lighter form.',
    {
      ordered: true,
      list: [
        'Categorise the system by the impact of a loss of confidentiality, integrity or availability',
        'Select the matching baseline from SP 800-53B and tailor it',
        'Implement the controls and document them in a system security plan',
        'Assess the controls with the SP 800-53A procedures',
        'Authorise the system and monitor the controls continuously',
      ],
    },
  ],
  aspectValues: {
    scope: 'Security and privacy controls for information systems and organisations',
    industry: 'US federal agencies and their contractors; used voluntarily by others',
    nature: 'US federal control catalogue; not certifiable; mandatory for federal systems',
    testing: 'No certification; assessed with SP 800-53A for an authorisation to operate',
    penalties: 'None of its own; agencies answer under FISMA, contractors under their contracts',
  },
  faq: [
    {
      question: 'Is NIST SP 800-53 mandatory?',
      answer:
        'It is mandatory for US federal information systems, other than national security systems, under FISMA and FIPS 200. For everyone else it is voluntary unless a contract, such as a FedRAMP authorisation, requires it.',
    },
    {
      question: 'Can an organisation be certified to SP 800-53?',
      answer:
        'No. There is no SP 800-53 certificate. Federal systems receive an authorisation to operate after an assessment of their controls, and cloud providers receive a FedRAMP authorisation.',
    },
    {
      question: 'Where are the low, moderate and high baselines?',
      answer:
        'Since Revision 5 they are published separately in SP 800-53B, which also defines a privacy baseline. The catalogue itself lists every control and enhancement without assigning them to baselines.',
    },
  ],
  sources: [
    { label: 'NIST SP 800-53 Rev. 5 on CSRC', url: 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final' },
    { label: 'NIST SP 800-53B control baselines', url: 'https://csrc.nist.gov/pubs/sp/800/53/b/upd1/final' },
  ],
  related: [
    { standard: 'nist-csf-2', relation: 'maps-to' },
    { standard: 'iso-27001', relation: 'maps-to' },
  ],
}

import type { StandardSeed } from '../types'

export const popia: StandardSeed = {
  slug: 'popia',
  shortName: 'POPIA',
  officialTitle: 'Protection of Personal Information Act 4 of 2013',
  editionYear: 2013,
  legalNature: 'law',
  obligation: 'mandatory',
  jurisdiction: 'South Africa',
  publisher: 'Parliament of the Republic of South Africa',
  category: 'privacy-data-protection',
  tagline: 'South Africa’s data protection law, enforced by the Information Regulator since 1 July 2021.',
  costBand: 2,
  complexity: 'medium',
  implementationMonths: { min: 4, max: 12 },
  keyFeatures: [
    'Eight conditions for the lawful processing of personal information',
    'Protects the personal information of living individuals and of existing juristic persons',
    'Mandatory information officer for every responsible party, registered with the Information Regulator',
    'Notification of security compromises to the Regulator and to affected data subjects',
    'Administrative fines of up to R10 million and criminal offences punishable by up to 10 years’ imprisonment',
  ],
  whatItIs: [
    'The Protection of Personal Information Act 4 of 2013 (POPIA) is South Africa’s comprehensive data protection law. It gives effect to the constitutional right to privacy by setting conditions for how public and private bodies process personal information, and it established the Information Regulator to supervise and enforce it.',
    'Most of the Act commenced on 1 July 2020, with a one-year period for organisations to comply. It has been fully enforceable since 1 July 2021. POPIA applies to processing by responsible parties domiciled in South Africa, and to those outside the country that use means in South Africa to process personal information.',
  ],
  keyComponents: [
    'Conditions for lawful processing: accountability, processing limitation, purpose specification, further processing limitation, information quality, openness, security safeguards and data subject participation',
    'Rules for special personal information and personal information of children',
    'Rights of data subjects, including access, correction, objection and rules on direct marketing',
    'Security safeguards and notification of security compromises',
    'Restrictions on transfers of personal information outside South Africa',
    'Enforcement by the Information Regulator, with enforcement notices, fines and offences',
  ],
  whyOrganizationsUseIt: [
    'Compliance is a legal obligation for any public or private body processing personal information in South Africa. Beyond avoiding sanctions, organisations use a POPIA programme to build customer trust and to meet the data protection expectations of international partners.',
    {
      list: [
        'Avoid fines, enforcement notices, criminal liability and civil claims',
        'Protect customer trust after a security compromise',
        'Meet contractual data protection demands from local and international partners',
        'Bring order to records, retention and direct marketing practices',
      ],
    },
  ],
  implementationOverview: [
    'A POPIA programme starts with knowing what personal information the organisation holds and why. The information officer then leads the organisation through policies, controls and training.',
    {
      ordered: true,
      list: [
        'Register the information officer and any deputies with the Information Regulator',
        'Map personal information, purposes, lawful grounds and flows, including cross-border transfers',
        'Assess gaps against the eight conditions and perform a personal information impact assessment',
        'Implement policies, security safeguards and operator agreements',
        'Set up processes for data subject requests, complaints and security compromise notification',
        'Train staff and monitor compliance',
      ],
    },
  ],
  aspectValues: {
    scope: 'Processing of personal information of natural and juristic persons',
    industry: 'All public and private bodies processing personal information in South Africa',
    nature: 'South African statute, mandatory',
    testing: 'No certification; Information Regulator investigations, assessments and complaints',
    penalties: 'Fines up to R10 million; some offences up to 10 years’ imprisonment',
  },
  faq: [
    {
      question: 'Since when is POPIA enforceable?',
      answer:
        'Most sections commenced on 1 July 2020, and organisations had one year to comply. The Information Regulator has been able to enforce the Act in full since 1 July 2021.',
    },
    {
      question: 'Does POPIA protect information about companies?',
      answer:
        'Yes. Unlike the GDPR, POPIA protects the personal information of identifiable, existing juristic persons as well as living natural persons.',
    },
    {
      question: 'What are the penalties under POPIA?',
      answer:
        'The Information Regulator can impose administrative fines of up to R10 million. Certain offences, such as obstructing the Regulator or unlawfully handling account numbers, carry fines or imprisonment of up to 10 years, and data subjects can claim damages in civil proceedings.',
    },
  ],
  sources: [
    { label: 'POPIA on gov.za', url: 'https://www.gov.za/documents/protection-personal-information-act' },
    { label: 'Information Regulator (South Africa)', url: 'https://inforegulator.org.za/' },
  ],
  related: [
    { standard: 'gdpr', relation: 'complements' },
    { standard: 'iso-27701', relation: 'complements' },
  ],
}

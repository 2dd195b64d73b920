import type { ArticleSeed } from './types'

export const articles: ArticleSeed[] = [
  {
    slug: 'nist-csf-2-six-core-functions',
    title: 'NIST CSF 2.0 explained: the six core functions',
    summary: 'How Govern, Identify, Protect, Detect, Respond and Recover fit together, and what the new Govern function changes.',
    standards: ['nist-csf-2', 'iso-27001'],
    publishedAt: '2026-01-20T09:00:00.000Z',
    body: [
      'NIST published version 2.0 of its Cybersecurity Framework on 26 February 2024, the first major revision since the framework appeared in 2014. The headline change is a sixth core function, Govern, placed at the centre of the other five. Together the functions describe what good cybersecurity risk management achieves, without prescribing how to achieve it.',
      'Each function is divided into categories and subcategories of outcomes, 22 categories and 106 subcategories in all. Here is what each function covers.',
      {
        list: [
          'Govern: the organisation’s cybersecurity strategy, expectations and policy are established, communicated and monitored. It covers context, risk management strategy, roles and responsibilities, oversight and cybersecurity supply chain risk management.',
          'Identify: the current risks are understood, through asset management, risk assessment and continuous improvement.',
          'Protect: safeguards are in place, including identity management and access control, awareness and training, data security, platform security and the resilience of technology infrastructure.',
          'Detect: possible attacks and compromises are found and analysed, through continuous monitoring and adverse event analysis.',
          'Respond: action is taken on a detected incident, covering incident management, analysis, reporting and communication, and mitigation.',
          'Recover: assets and operations affected by an incident are restored, and recovery is communicated to those who need to know.',
        ],
      },
      'Govern matters because many failures are not technical. Without clear accountability, a risk appetite that leaders have agreed and a view of the risks suppliers bring, even strong technical controls are applied unevenly. By giving governance its own function, CSF 2.0 makes cybersecurity a topic for the board and for enterprise risk management, not only for the IT department.',
      'The functions are not a sequence to work through once. Govern, Identify, Protect and Detect run continuously, while Respond and Recover must be ready at any time. A practical way to start is with Organisational Profiles: describe the outcomes already achieved in a current profile, agree a target profile based on risk, and turn the difference into a prioritised action plan.',
      'Smaller organisations can start with the NIST quick start guides. Larger ones often use the informative references, which link the CSF outcomes to controls in other standards, to run the framework alongside an ISO/IEC 27001 management system. The CSF then gives the board a clear, outcome-based picture, while the ISMS provides the certifiable processes beneath it.',
    ],
  },
  {
    slug: 'implementing-pci-dss-step-by-step',
    title: 'Implementing PCI DSS v4.0.1 step by step',
    summary: 'A practical route to PCI DSS v4.0.1 compliance, from scoping the cardholder data environment to the attestation of compliance.',
    standards: ['pci-dss', 'iso-27001'],
    publishedAt: '2026-02-17T09:00:00.000Z',
    body: [
      'Any organisation that stores, processes or transmits payment card data has to comply with PCI DSS. The obligation comes from contracts with acquiring banks and card brands rather than from law, but it is no less real: without compliance, card acceptance is at risk. Version 4.0.1, published in June 2024, is the only active version, and the requirements that were future-dated in version 4.0 have been mandatory since 31 March 2025.',
      'The following steps give a practical route through a first implementation.',
      {
        ordered: true,
        list: [
          'Confirm your obligations. Ask your acquirer, or the card brands if you are a service provider, which validation level applies to you and whether you need a Report on Compliance from a Qualified Security Assessor or a Self-Assessment Questionnaire.',
          'Map your card data. Document every place where account data enters, moves through and leaves the organisation, including third parties and payment pages.',
          'Reduce scope. Remove stored card data you do not need, consider tokenisation or outsourced payment pages, and segment the cardholder data environment from the rest of the network.',
          'Assess the gaps. Compare the systems in scope with the twelve requirements, paying attention to controls introduced in version 4.0 such as multi-factor authentication for all access into the cardholder data environment and the management of scripts on payment pages.',
          'Remediate and document. Fix the gaps, write the policies and procedures the standard expects, and record targeted risk analyses where the standard lets you set the frequency of an activity.',
          'Test. Arrange quarterly external vulnerability scans by an Approved Scanning Vendor, internal scans, and penetration testing, including segmentation tests.',
          'Validate and report. Complete the Report on Compliance or the Self-Assessment Questionnaire, sign the Attestation of Compliance, and send it to the parties that require it.',
        ],
      },
      'Compliance is not a one-time project. PCI DSS expects security to be part of daily business, so assign owners for each requirement, monitor controls throughout the year and review the scope whenever systems or payment flows change.',
      'Organisations that already run an ISO/IEC 27001 management system have a head start, because risk assessment, policies, access control and logging overlap. The certificate does not replace PCI DSS validation, however: card brands and acquirers expect the specific assessment they require.',
    ],
  },
  {
    slug: 'why-nis2-matters-for-cyber-resilience',
    title: 'Why NIS2 matters for cyber resilience in Europe',
    summary: 'NIS2 is more than a compliance exercise: how its measures, reporting duties and management accountability strengthen resilience.',
    standards: ['nis2', 'iso-27001', 'gdpr'],
    publishedAt: '2026-03-10T09:00:00.000Z',
    body: [
      'Directive (EU) 2022/2555, better known as NIS2, replaced the first NIS Directive because the first framework was applied unevenly and covered too few organisations. Member States had until 17 October 2024 to transpose it into national law. Far more organisations now fall within its scope, generally medium and large entities in 18 sectors, and many of them are regulated for cybersecurity for the first time.',
      'It is tempting to treat NIS2 as one more compliance checklist. That would miss what makes it valuable. The directive is built around a few ideas that make organisations, and the European economy as a whole, more resilient.',
      {
        list: [
          'A common baseline. Every entity in scope must take appropriate and proportionate risk-management measures, with a minimum list that includes incident handling, business continuity and crisis management, supply chain security, vulnerability handling, cryptography and multi-factor authentication.',
          'Fast, staged reporting. An early warning within 24 hours, an incident notification within 72 hours and a final report within a month give authorities and CSIRTs an early picture of attacks, so they can warn others before the damage spreads.',
          'Accountability at the top. Management bodies must approve the measures, oversee their implementation and follow training, and they can be held liable for failures. Cybersecurity becomes a board topic.',
          'Supply chain pressure. Because entities must manage the security of their suppliers, NIS2 raises the standard of organisations that are not themselves in scope.',
          'Credible enforcement. Fines of at least up to €10 million or 2% of worldwide turnover for essential entities, and €7 million or 1.4% for important ones, make the rules hard to ignore.',
        ],
      },
      'The result is a shift from protecting individual systems to keeping essential services running when something goes wrong. Resilience means detecting incidents early, containing them, sharing what was learned and recovering quickly, and NIS2 asks for each of these capabilities.',
      'Organisations do not have to start from scratch. An ISO/IEC 27001 management system provides much of the risk-management structure NIS2 expects, and existing GDPR processes for handling personal data breaches can be extended to cover the directive’s own reporting duties. What NIS2 adds is legal force, tighter deadlines and leaders who are personally accountable for the result.',
    ],
  },
]

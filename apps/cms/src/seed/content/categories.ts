import type { CategorySeed } from './types'

export const categories: CategorySeed[] = [
  {
    slug: 'cybersecurity',
    name: 'Cybersecurity',
    description:
      'Frameworks, guidelines and laws for protecting networks, systems and services against cyber threats and for recovering from incidents.',
  },
  {
    slug: 'information-security',
    name: 'Information security',
    description:
      'Management systems and control sets that protect the confidentiality, integrity and availability of information in any form.',
  },
  {
    slug: 'privacy-data-protection',
    name: 'Privacy & data protection',
    description:
      'Laws and management standards that govern how personal information is collected, used, shared, secured and deleted.',
  },
  {
    slug: 'quality-management',
    name: 'Quality management',
    description:
      'Management system standards that help organisations consistently deliver products and services that meet customer and regulatory requirements.',
  },
  {
    slug: 'laboratory-competence',
    name: 'Laboratory competence',
    description:
      'Requirements that testing and calibration laboratories meet to show they operate competently and produce valid, traceable results.',
  },
  {
    slug: 'ai-governance',
    name: 'AI governance',
    description:
      'Rules and standards for developing, placing on the market and using artificial intelligence systems safely and lawfully.',
  },
  {
    slug: 'product-security',
    name: 'Product security',
    description:
      'Requirements and test methods for the security of software and connected devices before and after they reach the market.',
  },
  {
    slug: 'payment-security',
    name: 'Payment security',
    description:
      'Security requirements for organisations that store, process or transmit payment card data.',
  },
]

import type { AspectSeed } from './types'

export const aspects: AspectSeed[] = [
  {
    slug: 'scope',
    name: 'Scope',
    order: 10,
    description: 'What the standard or law covers: the subject matter, activities or assets it applies to.',
  },
  {
    slug: 'industry',
    name: 'Industry',
    order: 20,
    description: 'Which organisations and sectors it is aimed at or legally applies to.',
  },
  {
    slug: 'nature',
    name: 'Nature',
    order: 30,
    description:
      'Its legal nature and how binding it is: law, regulation, directive, industry scheme, certifiable standard, guidance or framework.',
  },
  {
    slug: 'testing',
    name: 'Testing',
    order: 40,
    description:
      'How conformity is checked: certification or accreditation audits, assessments, supervision by authorities, or self-assessment.',
  },
  {
    slug: 'penalties',
    name: 'Penalties',
    order: 50,
    description:
      'What happens when an organisation falls short: statutory fines, contractual consequences, or loss of a certificate.',
  },
]

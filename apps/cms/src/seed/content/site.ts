import type { SiteSeed } from './types'

export const site: SiteSeed = {
  siteName: 'Versus',
  tagline: 'Side-by-side comparisons of compliance standards and regulations, from one source of facts.',
  contactEmail: 'editors@versus.example',
  cta: {
    heading: 'Missing a comparison?',
    body: 'Browse every published comparison. If the pair your team is weighing up is not there yet, suggest it and we will consider adding it.',
    linkLabel: 'See all comparisons',
    linkUrl: '/compare',
  },
  footerLinks: [
    { label: 'Standards', url: '/standards' },
    { label: 'Comparisons', url: '/compare' },
    { label: 'How we compare', url: '/methodology' },
    { label: 'About', url: '/about' },
    { label: 'Contact', url: '/contact' },
    { label: 'Suggest a comparison', url: '/suggest' },
  ],
}

/** The site's main navigation, in the header of every page. */
export const NAV = [
  { label: 'Standards', href: '/standards' },
  { label: 'Comparisons', href: '/compare' },
  { label: 'Articles', href: '/articles' },
  { label: 'Search', href: '/search' },
]

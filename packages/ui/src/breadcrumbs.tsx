export interface BreadcrumbLink {
  name: string
  path: string
}

/** The trail to the current page; the last item is the page itself and is not a link. */
export function Breadcrumbs({ items }: { items: BreadcrumbLink[] }) {
  if (items.length === 0) return null
  return (
    <nav aria-label="Breadcrumb" className="v-breadcrumbs">
      <ol>
        {items.map((item, index) =>
          index === items.length - 1 ? (
            <li key={item.path}>
              <a href={item.path} aria-current="page">
                {item.name}
              </a>
            </li>
          ) : (
            <li key={item.path}>
              <a href={item.path}>{item.name}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  )
}

/**
 * JSON for an inline <script>: "<" becomes \u003c so no "</script>" or "<!--"
 * can end or change the script element; U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  const items = Array.isArray(data) ? data : [data]
  if (items.length === 0) return null
  return (
    <script
      type="application/ld+json"
      // JSON-LD must be raw script text; serializeJsonLd makes it inert as HTML.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(items.length === 1 ? items[0] : items) }}
    />
  )
}

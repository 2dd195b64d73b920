/** JSON errors for the site's API routes, in the `{ "error": "…" }` shape docs/api.md describes. */
export function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

/**
 * A handler answering 405 with the methods a route takes. Next answers other methods 405 itself,
 * but with no body and no `Allow`; a route exports this for the methods it does not take.
 */
export function methodNotAllowed(allow: string): () => Response {
  return () => jsonError(405, `This address takes ${allow} only.`, { allow })
}

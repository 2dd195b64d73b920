// @ts-check
/**
 * The edge's store: finished responses by cache key, least recently used first out, bounded by
 * entry count and bytes. An entry past its freshness is kept (as stale) so the next fill can reuse
 * its compressed bodies when the page did not change, and so it can be served if the site fails.
 *
 * @typedef {{
 *   status: number,
 *   headers: Record<string, string>,
 *   bodies: { identity: Buffer, gzip?: Buffer, br?: Buffer },
 *   etag: string,
 *   storedAt: number,
 *   freshUntil: number,
 * }} CachedPage
 */

/** @param {CachedPage} page */
function sizeOf(page) {
  const { identity, gzip, br } = page.bodies
  return identity.length + (gzip?.length ?? 0) + (br?.length ?? 0) + 512
}

/**
 * @param {{ maxEntries?: number, maxBytes?: number, now?: () => number }} [options]
 */
export function createPageCache({ maxEntries = 5000, maxBytes = 128 * 1024 * 1024, now = Date.now } = {}) {
  /** @type {Map<string, CachedPage>} */
  const pages = new Map()
  let bytes = 0
  let generation = 0

  /** @param {string} key */
  function remove(key) {
    const page = pages.get(key)
    if (!page) return
    pages.delete(key)
    bytes -= sizeOf(page)
  }

  return {
    /**
     * The entry for a key and whether it is still fresh; touching it makes it the most recently used.
     * @param {string} key
     * @returns {{ page: CachedPage, fresh: boolean } | undefined}
     */
    lookup(key) {
      const page = pages.get(key)
      if (!page) return undefined
      pages.delete(key)
      pages.set(key, page)
      return { page, fresh: now() < page.freshUntil }
    },

    /** @param {string} key @param {CachedPage} page */
    store(key, page) {
      remove(key)
      const size = sizeOf(page)
      if (size > maxBytes) return
      pages.set(key, page)
      bytes += size
      for (const oldest of pages.keys()) {
        if (pages.size <= maxEntries && bytes <= maxBytes) break
        remove(oldest)
      }
    },

    /**
     * Everything becomes stale at once (a publish may change any page). Stale entries still serve
     * as the source of compressed bodies for unchanged pages and as a fallback while the site fails.
     */
    expireAll() {
      generation++
      for (const page of pages.values()) page.freshUntil = 0
    },

    /** Counter that changes on every expireAll: a fill that started before it must not land fresh. */
    generation: () => generation,

    stats: () => ({ entries: pages.size, bytes }),
  }
}

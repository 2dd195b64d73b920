import type { CrosswalkBundle } from '@versus/content'

/**
 * Bundles answered for different sets of standards, as one: an edition, requirement, set or mapping
 * that several of them carry (the other side of a set) counted once, first seen kept. Pure.
 */
export function mergeBundles(bundles: readonly CrosswalkBundle[]): CrosswalkBundle {
  const once = <T>(items: T[], key: (item: T) => string): T[] => {
    const seen = new Map<string, T>()
    for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item)
    return [...seen.values()]
  }
  return {
    editions: once(bundles.flatMap((b) => b.editions), (e) => e.id),
    requirements: once(bundles.flatMap((b) => b.requirements), (r) => `${r.edition}\u0000${r.refId}`),
    sets: once(bundles.flatMap((b) => b.sets), (s) => s.id),
    mappings: once(bundles.flatMap((b) => b.mappings), (m) => JSON.stringify([m.set, m.sources, m.targets, m.relationship])),
  }
}

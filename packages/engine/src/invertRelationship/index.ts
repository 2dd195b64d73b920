import type { MappingRelationship } from '../types'
import { inverseOf, isRelationship } from '../_lib/mappings'

/**
 * @name invertRelationship
 * @summary The relationship read the other way round.
 *
 * @description
 * "A ⟨r⟩ B" is "B ⟨invertRelationship(r)⟩ A": `subset` ↔ `superset`, the
 * others are symmetric. An involution, so rows are stored in one direction
 * only. Anything that is not a relationship reads as `related` (an untyped
 * link claims nothing), so the function is total.
 *
 * @param relationship - As stored, source to target
 * @returns As seen from target to source
 *
 * @example
 * invertRelationship('subset') //=> 'superset'
 * invertRelationship('intersect') //=> 'intersect'
 */
export function invertRelationship(relationship: MappingRelationship): MappingRelationship {
  return isRelationship(relationship) ? inverseOf(relationship) : 'related'
}

import type { AddedPoint, WhatItAddsModel } from '../model'
import type { AspectOverride, AspectRecord, StandardRecord } from '../types'
import { describeStandard } from '../describeStandard/index'
import { routeOf } from '../_lib/assessment'
import { costClaim, effortClaim } from '../_lib/claims'
import { MISSING_VALUE, buildDifferences } from '../_lib/differences'
import { displayName, slugOf } from '../_lib/normalize'
import { buildRelations } from '../_lib/relations'
import { cleanText, foldForCompare, stripTrailingPunctuation } from '../_lib/text'

/** Options of `whatItAdds`. */
export interface WhatItAddsOptions {
  /** Include a point per aspect whose values differ (default true). */
  aspects?: boolean
  /**
   * The pair's per-aspect overrides (the comparison record's
   * `aspectOverrides`): aspect points state the resolved values, the same the
   * key-differences table shows.
   */
  overrides?: readonly AspectOverride[] | null
}

/** Relations held by the added standard that are additions: it extends, builds on or replaces the other. */
const ADDING_RELATIONS = new Set(['extends', 'builds-on', 'replaces'])

function sentence(text: string): string {
  const clean = cleanText(text)
  return clean.length === 0 ? '' : `${stripTrailingPunctuation(clean)}.`
}

/** The effort and cost claims (see claims.ts) from the added standard's side; null when both tie. */
function effortPoint(from: StandardRecord, to: StandardRecord, fromName: string, toName: string): AddedPoint | null {
  const f = { standard: from, name: fromName }
  const t = { standard: to, name: toName }
  const claims = [effortClaim(t, f), costClaim(t, f)].filter((c): c is string => c !== null)
  if (claims.length === 0) return null
  return { key: 'effort', kind: 'effort', text: sentence(`Effort: ${claims.join('; ')}`) }
}

/**
 * @name whatItAdds
 * @summary What a second standard adds for an organisation that already complies with the first.
 *
 * @description
 * Data-driven points from `to`'s point of view relative to `from`, in a fixed
 * order, real additions only: `to` extends, builds on or replaces `from`; a
 * legal obligation added or not; its own certification or accreditation;
 * jurisdiction; every aspect where `to` states a value that differs (the
 * resolved value: pass the pair's `overrides`); and the effort and cost
 * claims of claims.ts, left out when the facts tie. Plain text; pure,
 * deterministic and total (odd records give fewer points, never an error).
 *
 * @param from - The standard already complied with
 * @param to - The standard being added
 * @param aspects - Every aspect; points follow `order`, then slug
 * @param options - Which points to include
 * @returns The heading and points
 *
 * @example
 * whatItAdds(iso27001, iso27701, aspects).points[0].text //=> 'ISO 27701 extends ISO 27001.'
 * whatItAdds(iso27001, iso27701, aspects).heading //=> 'Already comply with ISO 27001? What ISO 27701 adds'
 */
export function whatItAdds(
  from: StandardRecord,
  to: StandardRecord,
  aspects: readonly AspectRecord[],
  options: WhatItAddsOptions = {},
): WhatItAddsModel {
  const fromName = displayName(from)
  const toName = displayName(to)
  const fromHeader = describeStandard(from).header
  const toHeader = describeStandard(to).header
  const points: AddedPoint[] = []

  // Only links held by `to` that add something: "ISO 27701 extends ISO 27001" (never "GDPR complements NIS2" or "DORA takes precedence over NIS2").
  for (const relation of buildRelations(from, to).filter((r) => r.from === slugOf(to) && ADDING_RELATIONS.has(String(r.relation)))) {
    const text = sentence(relation.sentence)
    if (text) points.push({ key: `relation:${relation.from}:${String(relation.relation)}:${relation.to}`, kind: 'relation', text })
  }

  if (to.obligation === 'mandatory' && from.obligation !== 'mandatory') {
    points.push({
      key: 'obligation',
      kind: 'obligation',
      text: `${toName} is mandatory where it applies, while ${fromName} is voluntary: complying with ${toName} is a legal obligation, not a choice.`,
    })
  } else if (to.obligation === 'voluntary' && from.obligation === 'mandatory') {
    points.push({
      key: 'obligation',
      kind: 'obligation',
      text: `${toName} is voluntary: adopting it goes beyond what ${fromName} requires by law.`,
    })
  }

  // Certification or accreditation is an addition only when `to` has its own route.
  const routeTo = routeOf(to)
  const routeFrom = routeOf(from)
  if (routeTo === 'certification') {
    points.push({
      key: 'certification',
      kind: 'certification',
      text:
        routeFrom === 'certification'
          ? `${toName} has its own certification, audited separately from ${fromName}.`
          : `${toName} can be certified by an independent auditor.`,
    })
  } else if (routeTo === 'accreditation') {
    points.push({
      key: 'certification',
      kind: 'certification',
      text: `Laboratories and other bodies can be accredited against ${toName} by an accreditation body (accreditation, not certification).`,
    })
  }

  if (toHeader.jurisdiction && foldForCompare(toHeader.jurisdiction) !== foldForCompare(fromHeader.jurisdiction)) {
    points.push({
      key: 'jurisdiction',
      kind: 'jurisdiction',
      text: sentence(
        `Jurisdiction: ${toHeader.jurisdiction} for ${toName}${
          fromHeader.jurisdiction ? `, against ${fromHeader.jurisdiction} for ${fromName}` : ''
        }`,
      ),
    })
  }

  if (options.aspects !== false) {
    // The resolved rows, overrides applied: the same values the key-differences table shows.
    for (const row of buildDifferences(aspects, from, to, options.overrides)) {
      const [fromValue, toValue] = row.values
      if (toValue === MISSING_VALUE || row.same) continue
      const slug = cleanText(row.aspect.slug)
      const name = cleanText(row.aspect.name) || slug
      points.push({
        key: `aspect:${slug}`,
        kind: 'aspect',
        text: fromValue === MISSING_VALUE ? `${name}: ${cleanText(toValue)}` : `${name}: ${cleanText(toValue)} (${fromName}: ${cleanText(fromValue)})`,
        aspect: { name, from: fromValue, to: toValue },
      })
    }
  }

  const effort = effortPoint(from, to, fromName, toName)
  if (effort) points.push(effort)

  return {
    from: slugOf(from),
    to: slugOf(to),
    heading: `Already comply with ${fromName}? What ${toName} adds`,
    points,
  }
}

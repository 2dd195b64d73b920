import type { AddedPoint, WhatItAddsModel } from '../model'
import type { AspectRecord, StandardRecord } from '../types'
import { complexityLabel } from '../complexityLabel/index'
import { costLabel } from '../costLabel/index'
import { describeStandard } from '../describeStandard/index'
import { monthsLabel } from '../monthsLabel/index'
import { MISSING_VALUE, sortAspects, valuesOf } from '../_lib/differences'
import { complexityRank, displayName, normalizeCostBand, normalizeMonths, slugOf } from '../_lib/normalize'
import { buildRelations } from '../_lib/relations'
import { cleanText, foldForCompare, lowerFirst, stringOr, stripTrailingPunctuation, withArticle } from '../_lib/text'

/** Options of `whatItAdds`. */
export interface WhatItAddsOptions {
  /** Include a point per aspect whose values differ (default true). */
  aspects?: boolean
}

const isCertifiable = (s: StandardRecord) => s.legalNature === 'certifiable-standard'

function sentence(text: string): string {
  const clean = cleanText(text)
  return clean.length === 0 ? '' : `${stripTrailingPunctuation(clean)}.`
}

/** Complexity, months and cost band of `to` against `from`, as one sentence. */
function effortPoint(from: StandardRecord, to: StandardRecord, fromName: string, toName: string): AddedPoint {
  const rankFrom = complexityRank(from.complexity)
  const rankTo = complexityRank(to.complexity)
  const monthsFrom = normalizeMonths(from.implementationMonths?.min, from.implementationMonths?.max)
  const monthsTo = normalizeMonths(to.implementationMonths?.min, to.implementationMonths?.max)
  const costFrom = normalizeCostBand(from.costBand)
  const costTo = normalizeCostBand(to.costBand)
  const score =
    Math.sign(rankTo - rankFrom) +
    Math.sign(monthsTo.max - monthsFrom.max || monthsTo.min - monthsFrom.min) +
    Math.sign(costTo - costFrom)
  const lead =
    score > 0
      ? `${toName} is a heavier lift than ${fromName}`
      : score < 0
        ? `${toName} is a lighter lift than ${fromName}`
        : `${toName} takes about the same effort as ${fromName}`
  const complexity = `${lowerFirst(complexityLabel(to.complexity))} complexity${
    rankTo !== rankFrom ? ` (against ${lowerFirst(complexityLabel(from.complexity))})` : ''
  }`
  const toMonths = monthsLabel(monthsTo.min, monthsTo.max)
  const fromMonths = monthsLabel(monthsFrom.min, monthsFrom.max)
  const months = `typically ${toMonths}${toMonths !== fromMonths ? ` (against ${fromMonths})` : ''}`
  const cost = `a ${costLabel(costTo).label} cost band${costTo !== costFrom ? ` (against ${costLabel(costFrom).label})` : ''}`
  return {
    key: 'effort',
    kind: 'effort',
    text: sentence(`${lead}: ${complexity}, ${months} to implement, ${cost}`),
  }
}

/**
 * @name whatItAdds
 * @summary What a second standard adds for an organization that already complies with the first.
 *
 * @description
 * Data-driven points from `to`'s point of view relative to `from`, in a fixed
 * order: how the two relate (`related` links in either direction), a legal
 * obligation added or not, certification, legal nature, jurisdiction, every
 * aspect whose values differ (with both values), and the effort delta
 * (complexity, implementation months, cost band). Plain text; pure,
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

  // Links held by `to` first: "ISO 27701 extends ISO 27001" reads as what it adds.
  const relations = buildRelations(from, to)
  for (const relation of [...relations.filter((r) => r.from === slugOf(to)), ...relations.filter((r) => r.from !== slugOf(to))]) {
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

  if (isCertifiable(to)) {
    points.push({
      key: 'certification',
      kind: 'certification',
      text: isCertifiable(from)
        ? `${toName} has its own certification, audited separately from ${fromName}.`
        : `${toName} can be certified by an independent auditor; ${fromName} offers no certification of its own.`,
    })
  } else if (isCertifiable(from)) {
    points.push({
      key: 'certification',
      kind: 'certification',
      text: `${toName} offers no certification of its own, unlike ${fromName}.`,
    })
  }

  if (toHeader.legalNatureLabel !== fromHeader.legalNatureLabel) {
    points.push({
      key: 'legal-nature',
      kind: 'legal-nature',
      text: `${toName} is ${withArticle(lowerFirst(toHeader.legalNatureLabel))}, where ${fromName} is ${withArticle(lowerFirst(fromHeader.legalNatureLabel))}.`,
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
    const fromValues = valuesOf(from)
    const toValues = valuesOf(to)
    for (const aspect of sortAspects(aspects)) {
      const slug = stringOr(aspect.slug)
      const toValue = toValues.get(slug)
      if (toValue === undefined) continue
      const fromValue = fromValues.get(slug) ?? MISSING_VALUE
      if (fromValue !== MISSING_VALUE && foldForCompare(fromValue) === foldForCompare(toValue)) continue
      const name = cleanText(aspect.name) || slug
      points.push({
        key: `aspect:${slug}`,
        kind: 'aspect',
        text: `${name}: ${cleanText(toValue)} (${fromName}: ${fromValue === MISSING_VALUE ? 'not stated' : cleanText(fromValue)})`,
        aspect: { name, from: fromValue, to: toValue },
      })
    }
  }

  points.push(effortPoint(from, to, fromName, toName))

  return {
    from: slugOf(from),
    to: slugOf(to),
    heading: `Already comply with ${fromName}? What ${toName} adds`,
    points,
  }
}

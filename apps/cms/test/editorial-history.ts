/**
 * Content with the history editors leave behind, for the tests that move or
 * migrate a database: the seed, then a renamed slug, a draft over a published
 * version, a never-published draft, a verdict and an aspect override made
 * stale by a later edit of a standard, several versions per document.
 */
import type { Payload } from 'payload'

import type { Comparison, Standard } from '../src/payload-types'
import { seed } from '../src/seed/seed'
import { incomplete } from './helpers'

async function standardBySlug(payload: Payload, slug: string): Promise<Standard> {
  const { docs } = await payload.find({ collection: 'standards', where: { slug: { equals: slug } }, draft: true, depth: 0 })
  const doc = docs[0]
  if (!doc) throw new Error(`no standard ${slug}`)
  return doc
}

async function comparisonOf(payload: Payload, a: Standard, b: Standard): Promise<Comparison> {
  const { docs } = await payload.find({
    collection: 'comparisons',
    where: { or: [{ and: [{ standardA: { equals: a.id } }, { standardB: { equals: b.id } }] }, { and: [{ standardA: { equals: b.id } }, { standardB: { equals: a.id } }] }] },
    draft: true,
    depth: 0,
  })
  const doc = docs[0]
  if (!doc) throw new Error(`no comparison ${a.slug} vs ${b.slug}`)
  return doc
}

export async function editorialHistory(payload: Payload): Promise<void> {
  await seed(payload)
  const iso27001 = await standardBySlug(payload, 'iso-27001')
  const iso27002 = await standardBySlug(payload, 'iso-27002')
  const nis2 = await standardBySlug(payload, 'nis2')

  const pair = await comparisonOf(payload, iso27001, iso27002)
  const scope = (await payload.find({ collection: 'aspects', where: { slug: { equals: 'scope' } } })).docs[0]
  if (!scope) throw new Error('the seed has no "scope" aspect')
  await payload.update({
    collection: 'comparisons',
    id: pair.id,
    data: {
      verdict: 'Certify against 27001; use 27002 to choose and implement the controls.',
      aspectOverrides: [{ aspect: scope.id, side: 'a', value: 'The management system as a whole' }],
    },
  })
  // The generated values beneath both overrides change: they are stale now, and must stay so in every copy.
  await payload.update({
    collection: 'standards',
    id: iso27001.id,
    data: {
      tagline: 'The certifiable standard for an information security management system, worldwide.',
      aspectValues: (iso27001.aspectValues ?? []).map((row) => ({
        aspect: row.aspect,
        value: `${row.value} (2022 edition)`,
      })),
    },
  })

  await payload.update({ collection: 'standards', id: nis2.id, data: { slug: 'nis-2' } })
  await payload.update({ collection: 'standards', id: nis2.id, draft: true, data: { tagline: 'A draft tagline, not yet live.', _status: 'draft' } })

  await payload.create({
    collection: 'standards',
    draft: true,
    data: incomplete({ shortName: 'ISO 22301', slug: 'iso-22301', _status: 'draft' }),
  })
  const article = (await payload.find({ collection: 'articles', sort: 'slug', limit: 1 })).docs[0]
  if (!article) throw new Error('the seed has no article')
  await payload.update({ collection: 'articles', id: article.id, data: { slug: `${article.slug}-guide` } })
  await payload.update({ collection: 'articles', id: article.id, draft: true, data: { summary: 'A draft summary.', _status: 'draft' } })
}

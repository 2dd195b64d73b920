import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CrosswalkBundle } from '@versus/content'
import type { Payload } from 'payload'

import { incomplete, standardData } from './helpers'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** A fresh copy of the small real bundle (ISO 27001:2013/2022, CSF 2.0, two sets): tests change it freely. */
export function smallBundle(): CrosswalkBundle {
  return JSON.parse(fs.readFileSync(path.join(dirname, 'fixtures', 'crosswalk-small.json'), 'utf8')) as CrosswalkBundle
}

/** The standards the small bundle names, published, under one category. */
export async function createBundleStandards(payload: Payload, slugs = ['iso-27001', 'nist-csf-2']): Promise<void> {
  const category = await payload.create({ collection: 'categories', data: incomplete({ name: 'Security' }) })
  for (const slug of slugs) {
    await payload.create({ collection: 'standards', data: standardData({ shortName: slug.toUpperCase(), slug, category: category.id }) })
  }
}

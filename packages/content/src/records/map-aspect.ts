import type { AspectRecord } from '@versus/engine'

import type { AspectDoc } from '../documents'

export function mapAspect(doc: AspectDoc): AspectRecord {
  return {
    slug: doc.slug,
    name: doc.name,
    order: doc.order,
    ...(doc.description ? { description: doc.description } : {}),
  }
}

/**
 * A `versus/1` file to start an import from (`GET /api/transfer/template.json`, linked from the
 * import screen): one record of each kind with every field an editor usually fills, all drafts,
 * so importing it unedited publishes nothing. Typed as the format so it cannot drift from it;
 * the browser tests dry-run it.
 */
import { FORMAT } from './format'
import type { TransferFile } from './format'

export function importTemplate(): TransferFile {
  return {
    format: FORMAT,
    categories: [{ slug: 'example-category', name: 'Example category', description: 'What the standards in it cover.' }],
    aspects: [{ slug: 'example-aspect', name: 'Example aspect', order: 100, description: 'One row of every comparison table.' }],
    standards: [
      {
        slug: 'example-standard',
        shortName: 'Example 1',
        officialTitle: 'Example 1:2024 — Requirements (replace with the official title)',
        editionYear: 2024,
        legalNature: 'certifiable-standard',
        obligation: 'voluntary',
        jurisdiction: 'International',
        publisher: 'Example publisher',
        category: 'example-category',
        tagline: 'One sentence on what the standard requires.',
        costBand: 2,
        complexity: 'medium',
        implementationMonths: { min: 3, max: 12 },
        keyFeatures: ['First key feature', 'Second key feature', 'Third key feature'],
        whatItIs: ['A paragraph on what it is.', { list: ['First point', 'Second point'] }],
        aspectValues: [{ aspect: 'example-aspect', value: 'What Example 1 says on this aspect' }],
        faq: [{ question: 'Who needs Example 1?', answer: 'The organisations it applies to.' }],
        sources: [{ label: 'Publisher', url: 'https://example.org/example-1' }],
        status: 'draft',
      },
      {
        slug: 'example-standard-2',
        shortName: 'Example 2',
        officialTitle: 'Example 2:2023 — Guidelines (replace with the official title)',
        editionYear: 2023,
        legalNature: 'guidance-standard',
        obligation: 'voluntary',
        jurisdiction: 'International',
        publisher: 'Example publisher',
        category: 'example-category',
        tagline: 'One sentence on what the guidelines cover.',
        aspectValues: [{ aspect: 'example-aspect', value: 'What Example 2 says on this aspect' }],
        related: [{ standard: 'example-standard', relation: 'complements' }],
        status: 'draft',
      },
    ],
    comparisons: [
      {
        standards: ['example-standard', 'example-standard-2'],
        summary: 'One line shown where other pages link to this comparison.',
        faq: [{ question: 'Can an organisation use both?', answer: 'Say how they fit together.' }],
        status: 'draft',
      },
    ],
    articles: [
      {
        slug: 'example-article',
        title: 'Example article',
        summary: 'One line shown in lists.',
        body: ['The first paragraph.', 'The second paragraph.'],
        standards: ['example-standard'],
        status: 'draft',
      },
    ],
  }
}

/**
 * What the search finds, as documents: built from data the site already
 * loads (the standards list with card fields, the published comparisons and
 * articles, the crosswalk requirements). Pure.
 */
import type { ArticleRecord, StandardRecord } from '@versus/engine'
import { articlePath, standardPath } from '@versus/engine'
import { editionsOf, requirementLink, type CrosswalkIndex } from '@/lib/crosswalk/crosswalk-index'
import type { ComparisonSummary } from '@/lib/cms/views'
import type { SearchDoc } from './search-index'
import { compactForms, wholeForm } from './terms'

export interface SearchSources {
  standards: readonly StandardRecord[]
  comparisons: readonly ComparisonSummary[]
  articles: readonly ArticleRecord[]
  /** Requirement catalogs; null when the CMS has none (or did not answer). */
  crosswalk: CrosswalkIndex | null
}

const join = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => Boolean(p && p.trim())).join(' ')

/** "ISO/IEC 27001:2022 Information security …" → "ISO/IEC 27001:2022": the code an official title starts with. */
function titleCode(officialTitle: string): string {
  return officialTitle.split(/\s+[—–-]\s+|\s+(?=[A-Z][a-z])/)[0] ?? ''
}

function standardDoc(s: StandardRecord): SearchDoc {
  return {
    id: `standard:${s.slug}`,
    kind: 'standard',
    label: s.shortName,
    path: standardPath(s.slug),
    snippet: s.tagline,
    name: s.shortName,
    fullTitle: s.officialTitle,
    topic: join(s.category?.name, s.category?.slug.replace(/-/g, ' ')),
    text: join(s.tagline, s.publisher, s.jurisdiction, ...s.keyFeatures),
    compact: [s.shortName, `${s.shortName} ${s.editionYear}`, s.slug, titleCode(s.officialTitle)].flatMap(compactForms),
  }
}

function comparisonDoc(c: ComparisonSummary, bySlug: Map<string, StandardRecord>): SearchDoc {
  const [a, b] = c.standards.map((slug) => bySlug.get(slug))
  return {
    id: `comparison:${c.slug}`,
    kind: 'comparison',
    label: c.title,
    path: c.path,
    snippet: c.summary,
    name: join(a?.shortName, b?.shortName),
    fullTitle: join(a?.officialTitle, b?.officialTitle),
    topic: join(a?.category?.name, b?.category?.name),
    text: c.summary,
    compact: [a?.shortName ?? '', b?.shortName ?? '', c.title].flatMap(compactForms),
  }
}

function articleDoc(article: ArticleRecord, bySlug: Map<string, StandardRecord>): SearchDoc {
  const standards = article.standards.flatMap((slug) => bySlug.get(slug) ?? [])
  return {
    id: `article:${article.slug}`,
    kind: 'article',
    label: article.title,
    path: articlePath(article.slug),
    snippet: article.summary,
    name: article.title,
    // An article about DORA is found by DORA's full title too.
    fullTitle: join(...standards.map((s) => s.officialTitle)),
    topic: join(...standards.map((s) => s.shortName), ...standards.map((s) => s.category?.name)),
    text: article.summary,
    compact: standards.map((s) => s.shortName).flatMap(compactForms),
  }
}

/** Requirements of the published standards' editions that have a page, current edition first. */
function requirementDocs(crosswalk: CrosswalkIndex, standards: readonly StandardRecord[]): SearchDoc[] {
  return standards.flatMap((standard) =>
    editionsOf(crosswalk, standard.slug).flatMap((edition) =>
      [...(crosswalk.requirements.get(edition.id)?.values() ?? [])].flatMap((requirement): SearchDoc[] => {
        const link = requirementLink(crosswalk, edition.id, requirement.refId)
        if (!link.path) return []
        return [
          {
            id: `requirement:${edition.id}:${requirement.refId}`,
            kind: 'requirement',
            label: link.title ? `${standard.shortName} ${link.refId}: ${link.title}` : `${standard.shortName} ${link.refId}`,
            path: link.path,
            // Our own one-line summary (never the standard's text) under the official short title.
            snippet: link.title && requirement.summary ? `${edition.label}: ${requirement.summary}` : edition.label,
            name: join(link.refId, link.title),
            fullTitle: '',
            topic: join(standard.shortName, edition.label),
            text: requirement.summary ?? '',
            // The id whole only: runs of "A.5.1.1" would give "a51", another control's id.
            compact: [wholeForm(link.refId), wholeForm(`${standard.shortName} ${link.refId}`)],
          },
        ]
      }),
    ),
  )
}

export function buildSearchDocs(sources: SearchSources): SearchDoc[] {
  const bySlug = new Map(sources.standards.map((s) => [s.slug, s]))
  return [
    ...sources.standards.map(standardDoc),
    ...sources.comparisons.map((c) => comparisonDoc(c, bySlug)),
    ...sources.articles.map((a) => articleDoc(a, bySlug)),
    ...(sources.crosswalk ? requirementDocs(sources.crosswalk, sources.standards) : []),
  ]
}
